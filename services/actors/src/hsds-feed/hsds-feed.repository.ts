import type { EntityManager } from '@mikro-orm/postgresql';

import { locationOf, organizationOf, serviceOf } from '../interchange/hsds/hsds.export';
import { term, uuidFor } from '../interchange/hsds/hsds.mapping';
import { registryNdjson } from '../interchange/hsds/hsds.stream';
import { HSDS_TAXONOMIES } from '../interchange/hsds/hsds.types';
import type {
  HsdsLocation,
  HsdsOrganization,
  HsdsService,
  HsdsTaxonomyTerm,
} from '../interchange/hsds/hsds.types';
import { ACCESS_TERMS } from '../interchange/interchange.records';
import { Taxonomy } from '../modules/actor.enums';
import { Organisation } from '../modules/organisation/organisation.entity';
import {
  organisationRecordOf,
  serviceRecordOf,
  siteRecordOf,
} from '../modules/registry/registry.snapshot';
import { ServiceAtSite } from '../modules/service/service-at-site.entity';
import { Service } from '../modules/service/service.entity';
import { Site } from '../modules/site/site.entity';
import { TaxonomyTerm } from '../modules/taxonomy/taxonomy-term.entity';
import { communeNisOfPostcode } from '../records/communes';
import type { TerritoryClient } from '../territory/territory.client';
import { allOf, idOfUuid, searchCondition, serviceConditions } from './hsds-feed.filters';
import type { Sql } from './hsds-feed.filters';
import { FeedParamsError } from './hsds-feed.params';
import type { FeedParams } from './hsds-feed.params';

/** One HSDS service_at_location of a list, with its service and location (list form). */
export interface HsdsServiceAtLocationItem {
  id: string;
  service_id: string;
  location_id: string;
  service: HsdsService;
  location: HsdsLocation;
}

/** Ids selected by a query: one page (`limit`/`offset`) or a batch after a key (streams). */
export interface Selection {
  total: number;
  ids: string[];
}

/** Ordered as every list of the directory: real records first, then by id. */
const ORDER = 'order by synthetic, id';
/** The column that identifies a selected row: a record's id, or a service_at_location's `link_id`. */
type Key = 'id' | 'link_id';
const BATCH = 500;

/**
 * The feed's reads, straight from the actors tables through the one HSDS mapping of the exports
 * (hsds.export.ts): the same records GraphQL serves, not a copy. Ids are selected with SQL (filters,
 * count, page), then the records are loaded as entities and mapped.
 */
export class HsdsFeedRepository {
  constructor(
    private readonly em: EntityManager,
    private readonly territories: TerritoryClient,
  ) {}

  private async ids(table: string): Promise<string[]> {
    const rows = await this.em.execute<Array<{ id: string }>>(
      `select id from actors.${table} where archived_at is null`,
    );
    return rows.map((row) => row.id);
  }

  /** Our id of a live record by its HSDS id, or null. */
  async idOf(table: 'service' | 'organisation' | 'site', uuid: string): Promise<string | null> {
    return idOfUuid(await this.ids(table), uuid);
  }

  private async select(
    from: string,
    where: Sql,
    params: FeedParams,
    key: Key = 'id',
  ): Promise<Selection> {
    const [counted] = await this.em.execute<Array<{ count: number }>>(
      `select count(*)::int as count from ${from} where ${where.text}`,
      where.params,
    );
    const rows = await this.em.execute<Array<{ id: string }>>(
      `select ${key} as id from (select * from ${from} where ${where.text}) as selected
       order by synthetic, ${key} limit ? offset ?`,
      [...where.params, params.perPage, (params.page - 1) * params.perPage],
    );
    return { total: counted?.count ?? 0, ids: rows.map((row) => row.id) };
  }

  /** Every selected id, in order, batch by batch (for `format=ndjson`), keyset-paged. */
  private async *selectAll(from: string, where: Sql, key: Key = 'id'): AsyncGenerator<string[]> {
    let after: { synthetic: boolean; id: string } | null = null;
    for (;;) {
      const keyed: Sql = after
        ? allOf([
            where,
            { text: `(s.synthetic, s.${key}) > (?, ?)`, params: [after.synthetic, after.id] },
          ])
        : where;
      const rows: Array<{ id: string; synthetic: boolean }> = await this.em.execute(
        `select ${key} as id, synthetic from (select * from ${from} where ${keyed.text}) as selected
         order by synthetic, ${key} limit ?`,
        [...keyed.params, BATCH],
      );
      if (rows.length === 0) {
        return;
      }
      yield rows.map((row) => row.id);
      after = rows[rows.length - 1] ?? null;
      this.em.clear();
    }
  }

  private async servicesWhere(params: FeedParams): Promise<Sql> {
    const organisationId = params.organizationId
      ? await this.idOf('organisation', params.organizationId)
      : undefined;
    const term = params.taxonomyTermId
      ? ((await this.taxonomyTerms()).find((candidate) => candidate.id === params.taxonomyTermId) ??
        null)
      : undefined;
    return allOf(serviceConditions(params, { organisationId, term }));
  }

  /** Every term of our taxonomies: types and publics as the registry holds them, then access. */
  async taxonomyTerms(): Promise<HsdsTaxonomyTerm[]> {
    const rows = await this.em.find(
      TaxonomyTerm,
      {},
      { orderBy: { taxonomy: 'asc', code: 'asc' } },
    );
    return [
      ...rows.map((row) =>
        term(
          row.taxonomy === Taxonomy.SERVICE_TYPE
            ? HSDS_TAXONOMIES.serviceType
            : HSDS_TAXONOMIES.targetPublic,
          { code: row.code, fr: row.labelFr, nl: row.labelNl },
        ),
      ),
      ...ACCESS_TERMS.map((access) => term(HSDS_TAXONOMIES.access, access)),
    ];
  }

  private static readonly SERVICES = 'actors.service s';

  async servicesPage(params: FeedParams): Promise<{ total: number; items: HsdsService[] }> {
    const selection = await this.select(
      HsdsFeedRepository.SERVICES,
      await this.servicesWhere(params),
      params,
    );
    return { total: selection.total, items: await this.services(selection.ids) };
  }

  async *allServices(params: FeedParams): AsyncGenerator<HsdsService[]> {
    const where = await this.servicesWhere(params);
    for await (const ids of this.selectAll(HsdsFeedRepository.SERVICES, where)) {
      yield await this.services(ids);
    }
  }

  /** Services by our ids, in that order, each with the sites it is delivered at (not archived). */
  async services(ids: string[]): Promise<HsdsService[]> {
    if (ids.length === 0) {
      return [];
    }
    const [services, links] = await Promise.all([
      this.em.find(Service, { id: { $in: ids } }),
      this.em.find(ServiceAtSite, { serviceId: { $in: ids } }, { orderBy: { siteId: 'asc' } }),
    ]);
    const live = await this.liveSites(links.map((link) => link.siteId));
    const byId = new Map(services.map((service) => [service.id, service]));
    return ids.flatMap((id) => {
      const service = byId.get(id);
      if (!service) {
        return [];
      }
      const siteIds = links
        .filter((link) => link.serviceId === id && live.has(link.siteId))
        .map((link) => link.siteId);
      return [serviceOf(serviceRecordOf(service, siteIds), service.updatedAt)];
    });
  }

  private async liveSites(ids: string[]): Promise<Set<string>> {
    if (ids.length === 0) {
      return new Set();
    }
    const sites = await this.em.find(Site, { id: { $in: ids }, archivedAt: null });
    return new Set(sites.map((site) => site.id));
  }

  /** One service, fully nested: its organization and, in each service_at_location, the location. */
  async serviceById(uuid: string): Promise<HsdsService | null> {
    const id = await this.idOf('service', uuid);
    const [service] = id ? await this.services([id]) : [];
    if (!id || !service) {
      return null;
    }
    const entity = await this.em.findOneOrFail(Service, { id });
    const [organisation] = await this.organizations([entity.organisationId]);
    const links = await this.em.find(ServiceAtSite, { serviceId: id });
    const sites = await this.em.find(Site, {
      id: { $in: links.map((link) => link.siteId) },
      archivedAt: null,
    });
    const locations = new Map(
      sites.map((site) => [uuidFor(site.id), locationOf(siteRecordOf(site))]),
    );
    return {
      ...service,
      ...(organisation ? { organization: organisation } : {}),
      service_at_locations: service.service_at_locations.map((link) => ({
        ...link,
        ...(locations.get(link.location_id) ? { location: locations.get(link.location_id) } : {}),
      })),
    } as HsdsService;
  }

  /** Every selection names its rows `s` (keyset paging refers to it). */
  private static readonly ORGANISATIONS = 'actors.organisation s';

  private organisationsWhere(params: FeedParams): Sql {
    return allOf([
      { text: 's.archived_at is null', params: [] },
      ...(params.search ? [searchCondition('s', params.search)] : []),
    ]);
  }

  async organizationsPage(
    params: FeedParams,
  ): Promise<{ total: number; items: HsdsOrganization[] }> {
    const selection = await this.select(
      HsdsFeedRepository.ORGANISATIONS,
      this.organisationsWhere(params),
      params,
    );
    return { total: selection.total, items: await this.organizations(selection.ids) };
  }

  async *allOrganizations(params: FeedParams): AsyncGenerator<HsdsOrganization[]> {
    const where = this.organisationsWhere(params);
    for await (const ids of this.selectAll(HsdsFeedRepository.ORGANISATIONS, where)) {
      yield await this.organizations(ids);
    }
  }

  async organizations(ids: string[]): Promise<HsdsOrganization[]> {
    if (ids.length === 0) {
      return [];
    }
    const organisations = await this.em.find(Organisation, { id: { $in: ids } });
    const byId = new Map(organisations.map((o) => [o.id, o]));
    return ids.flatMap((id) => {
      const organisation = byId.get(id);
      return organisation ? [organizationOf(organisationRecordOf(organisation))] : [];
    });
  }

  /** One organization with its services (list form). */
  async organizationById(
    uuid: string,
  ): Promise<(HsdsOrganization & { services: HsdsService[] }) | null> {
    const id = await this.idOf('organisation', uuid);
    const [organization] = id ? await this.organizations([id]) : [];
    if (!id || !organization) {
      return null;
    }
    const rows = await this.em.execute<Array<{ id: string }>>(
      `select id from actors.service where organisation_id = ? and archived_at is null ${ORDER}`,
      [id],
    );
    return { ...organization, services: await this.services(rows.map((row) => row.id)) };
  }

  /**
   * The service_at_locations (alias `l`, one row per service and live site) the parameters ask
   * for. `postcode` alone: the site has that postcode, or the service declares an area covering
   * (part of) the commune the postcode names; with `proximity`: the site lies within that many
   * metres of the centroid of that commune (bpost's postcode areas are not in our data).
   */
  private async serviceAtLocationsFrom(params: FeedParams): Promise<{ from: string; where: Sql }> {
    const from = `(select s.*, t.id as site_id, t.postcode as site_postcode, t.latitude, t.longitude,
      s.id || '@' || t.id as link_id
      from actors.service_at_site l
      join actors.service s on s.id = l.service_id
      join actors.site t on t.id = l.site_id and t.archived_at is null) as s`;
    const conditions = [await this.servicesWhere(params)];
    if (params.postcode) {
      const nis = communeNisOfPostcode(params.postcode);
      if (params.proximity !== undefined) {
        const centre = nis ? await this.territories.centroid(`commune:${nis}`) : null;
        if (!centre) {
          throw new FeedParamsError([
            { field: 'postcode', message: `${params.postcode} is not a Brussels postcode we know` },
          ]);
        }
        conditions.push({
          text: `s.latitude is not null and 2 * 6371008.8 * asin(sqrt(
            power(sin(radians(s.latitude - ?) / 2), 2) +
            cos(radians(?)) * cos(radians(s.latitude)) * power(sin(radians(s.longitude - ?) / 2), 2)
          )) <= ?`,
          params: [centre.latitude, centre.latitude, centre.longitude, params.proximity],
        });
      } else {
        const covered = nis
          ? ((await this.territories.relatedIdsMany([`commune:${nis}`]))[0] ?? [])
          : [];
        conditions.push(
          covered.length > 0
            ? {
                text: `s.site_postcode = ? or s.service_area_ids && ?::text[]`,
                params: [params.postcode, `{${covered.map((id) => `"${id}"`).join(',')}}`],
              }
            : { text: 's.site_postcode = ?', params: [params.postcode] },
        );
      }
    }
    return { from, where: allOf(conditions) };
  }

  async serviceAtLocationsPage(
    params: FeedParams,
  ): Promise<{ total: number; items: HsdsServiceAtLocationItem[] }> {
    const { from, where } = await this.serviceAtLocationsFrom(params);
    const selection = await this.select(from, where, params, 'link_id');
    return { total: selection.total, items: await this.serviceAtLocations(selection.ids) };
  }

  async *allServiceAtLocations(params: FeedParams): AsyncGenerator<HsdsServiceAtLocationItem[]> {
    const { from, where } = await this.serviceAtLocationsFrom(params);
    for await (const ids of this.selectAll(from, where, 'link_id')) {
      yield await this.serviceAtLocations(ids);
    }
  }

  /** Service_at_locations by `serviceId@siteId`, in that order (list form). */
  async serviceAtLocations(linkIds: string[]): Promise<HsdsServiceAtLocationItem[]> {
    const pairs = linkIds.map((linkId) => {
      const at = linkId.indexOf('@site:');
      return { serviceId: linkId.slice(0, at), siteId: linkId.slice(at + 1) };
    });
    const services = new Map(
      (await this.services([...new Set(pairs.map((pair) => pair.serviceId))])).map((service) => [
        service.id,
        service,
      ]),
    );
    const sites = await this.em.find(Site, { id: { $in: pairs.map((pair) => pair.siteId) } });
    const locations = new Map(sites.map((site) => [site.id, locationOf(siteRecordOf(site))]));
    return pairs.flatMap(({ serviceId, siteId }) => {
      const service = services.get(uuidFor(serviceId));
      const location = locations.get(siteId);
      return service && location
        ? [
            {
              id: uuidFor(`${serviceId}@${siteId}`),
              service_id: service.id,
              location_id: location.id,
              service,
              location,
            },
          ]
        : [];
    });
  }

  /** The whole registry as HSDS NDJSON lines (organizations, locations, services), streamed. */
  registryNdjson(): AsyncGenerator<string> {
    return registryNdjson(this.em);
  }

  /** One service_at_location by its HSDS id, or null. */
  async serviceAtLocationById(uuid: string): Promise<HsdsServiceAtLocationItem | null> {
    const rows = await this.em.execute<Array<{ id: string }>>(
      `select l.service_id || '@' || l.site_id as id from actors.service_at_site l
       join actors.service s on s.id = l.service_id and s.archived_at is null
       join actors.site t on t.id = l.site_id and t.archived_at is null`,
    );
    const linkId = idOfUuid(
      rows.map((row) => row.id),
      uuid,
    );
    const [item] = linkId ? await this.serviceAtLocations([linkId]) : [];
    return item ?? null;
  }
}
