import type { EntityManager } from '@mikro-orm/postgresql';

import { Organisation } from '../../modules/organisation/organisation.entity';
import {
  organisationRecordOf,
  serviceRecordOf,
  siteRecordOf,
} from '../../modules/registry/registry.snapshot';
import { ServiceAtSite } from '../../modules/service/service-at-site.entity';
import { Service } from '../../modules/service/service.entity';
import { Site } from '../../modules/site/site.entity';
import { locationOf, organizationOf, serviceOf } from './hsds.export';
import type { HsdsNdjsonRecord } from './hsds.types';

const BATCH = 500;

/**
 * Live (not archived) ids of a table, batch by batch, in the order JavaScript sorts strings (what
 * sortedById gives the document exports): collation "C", keyset-paged.
 */
async function* liveIds(em: EntityManager, table: string): AsyncGenerator<string[]> {
  let after = '';
  for (;;) {
    const rows = await em.execute<Array<{ id: string }>>(
      `select id from actors.${table} where archived_at is null and id collate "C" > ?
       order by id collate "C" limit ?`,
      [after, BATCH],
    );
    if (rows.length === 0) {
      return;
    }
    yield rows.map((row) => row.id);
    after = rows[rows.length - 1]?.id ?? after;
    em.clear();
  }
}

const inOrder = <T extends { id: string }>(ids: string[], found: T[]): T[] => {
  const byId = new Map(found.map((item) => [item.id, item]));
  return ids.flatMap((id) => byId.get(id) ?? []);
};

const lines = (records: HsdsNdjsonRecord[]) =>
  records.map((record) => `${JSON.stringify(record)}\n`).join('');

/**
 * The whole registry as HSDS NDJSON — organizations, then locations, then services, each in id
 * order, every line what `toNdjson(toHsds(…))` writes — read and written batch by batch instead of
 * built as one string (exportRegistry's HSDS_NDJSON and the feed's /hsds/export share it).
 */
export async function* registryNdjson(em: EntityManager): AsyncGenerator<string> {
  for await (const ids of liveIds(em, 'organisation')) {
    const organisations = inOrder(ids, await em.find(Organisation, { id: { $in: ids } }));
    yield lines(
      organisations.map((o) => ({
        type: 'organization',
        ...organizationOf(organisationRecordOf(o)),
      })),
    );
  }
  const live = new Set<string>();
  for await (const ids of liveIds(em, 'site')) {
    const sites = inOrder(ids, await em.find(Site, { id: { $in: ids } }));
    sites.forEach((site) => live.add(site.id));
    yield lines(sites.map((site) => ({ type: 'location', ...locationOf(siteRecordOf(site)) })));
  }
  for await (const ids of liveIds(em, 'service')) {
    const [services, links] = await Promise.all([
      em.find(Service, { id: { $in: ids } }),
      em.find(ServiceAtSite, { serviceId: { $in: ids } }, { orderBy: { siteId: 'asc' } }),
    ]);
    yield lines(
      inOrder(ids, services).map((service) => {
        const siteIds = links
          .filter((link) => link.serviceId === service.id && live.has(link.siteId))
          .map((link) => link.siteId);
        return { type: 'service', ...serviceOf(serviceRecordOf(service, siteIds)) };
      }),
    );
  }
}
