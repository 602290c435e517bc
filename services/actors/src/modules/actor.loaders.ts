import type { EntityManager } from '@mikro-orm/postgresql';
import type DataLoader from 'dataloader';

import { byIdLoader, groupedLoader } from '@bxl/common';

import type { OpeningHours } from '../records/opening-hours';
import type { ContactRecord } from '../records/registry-records';
import { relatedTerritoriesLoader } from '../territory/related-territories.loader';
import type { TerritoryClient } from '../territory/territory.client';
import type { Need } from './need/need.entity';
import { loadNeeds } from './need/need.repository';
import { Organisation } from './organisation/organisation.entity';
import { serviceCountsLoader } from './service/service-count';
import { Service } from './service/service.entity';
import { Site } from './site/site.entity';
import { loadTaxonomy } from './taxonomy/taxonomy.repository';
import type { TaxonomyCodes } from './taxonomy/taxonomy.repository';

interface LinkRow {
  service_id: string;
  site_id: string;
  /** The service's own hours at this site, where they differ from the site's. */
  opening_hours: OpeningHours | null;
  /** The service's own contacts at this site, where they differ from the site's. */
  contacts: ContactRecord[] | null;
}

/** This request's loaders: one statement per batch, whatever the length of the list asked. */
export const createActorLoaders = (territories: TerritoryClient) => (em: EntityManager) => {
  const relatedTerritories = relatedTerritoriesLoader(territories);
  let taxonomy: Promise<TaxonomyCodes> | undefined;
  let needs: Promise<Map<string, Need>> | undefined;
  const links = (column: 'service_id' | 'site_id') =>
    groupedLoader<LinkRow>(
      async (ids) =>
        em.execute<LinkRow[]>(
          `select x.service_id, x.site_id, x.opening_hours, x.contacts from actors.service_at_site x
           join actors.site t on t.id = x.site_id and t.archived_at is null
           join actors.service s on s.id = x.service_id and s.archived_at is null
           where x.${column} in (?) order by x.service_id, x.site_id`,
          [[...ids]],
        ),
      (row) => row[column],
    );
  return {
    organisation: byIdLoader(
      (ids) => em.find(Organisation, { id: { $in: [...ids] } }),
      (o) => o.id,
    ),
    service: byIdLoader(
      (ids) => em.find(Service, { id: { $in: [...ids] } }),
      (s) => s.id,
    ),
    site: byIdLoader(
      (ids) => em.find(Site, { id: { $in: [...ids] } }),
      (s) => s.id,
    ),
    servicesOfOrganisation: groupedLoader(
      (ids) =>
        em.find(
          Service,
          { organisationId: { $in: [...ids] }, archivedAt: null },
          { orderBy: { nameFr: 'asc', id: 'asc' } },
        ),
      (service) => service.organisationId,
    ),
    sitesOfOrganisation: groupedLoader(
      (ids) =>
        em.find(
          Site,
          { organisationId: { $in: [...ids] }, archivedAt: null },
          { orderBy: { id: 'asc' } },
        ),
      (site) => site.organisationId,
    ),
    /** service id → its (service, site) links */
    sitesOfService: links('service_id'),
    /** site id → its (service, site) links */
    servicesOfSite: links('site_id'),
    /** territory id → itself and every territory related to it (null: no such territory) */
    relatedTerritories,
    serviceCounts: serviceCountsLoader(em, relatedTerritories),
    /** filter (as JSON) → territory id → the ids of its services matching the filter */
    serviceIdsInTerritory: new Map<string, DataLoader<string, string[]>>(),
    taxonomy: () => (taxonomy ??= loadTaxonomy(em)),
    /** Every need by code, read once per request (the vocabulary is small). */
    needs: () => (needs ??= loadNeeds(em)),
  };
};

export type ActorLoaders = ReturnType<ReturnType<typeof createActorLoaders>>;
