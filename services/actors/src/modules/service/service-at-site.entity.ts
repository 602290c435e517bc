import { Entity, PrimaryKey, Property } from '@mikro-orm/decorators/legacy';

import type { OpeningHours } from '../../records/opening-hours';
import type { ContactRecord } from '../../records/registry-records';

/**
 * Which service is delivered where (HSDS service_at_location), with its own hours and contacts
 * where they differ from the site's.
 */
@Entity({ schema: 'actors', tableName: 'service_at_site' })
export class ServiceAtSite {
  @PrimaryKey({ type: 'text' })
  serviceId!: string;

  @PrimaryKey({ type: 'text' })
  siteId!: string;

  @Property({ type: 'json', nullable: true })
  openingHours?: OpeningHours | null;

  /** The service's own contacts at this site; null: the site's. */
  @Property({ type: 'json', nullable: true })
  contacts?: ContactRecord[] | null;
}
