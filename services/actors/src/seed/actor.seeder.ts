import type { EntityManager } from '@mikro-orm/postgresql';

import { pickFields, readSeedText, RecordWriter } from '@bxl/common';
import type { Identity, Logger, RecordSpec, UpsertItem } from '@bxl/common';

import { loadNeedsFile } from '../modules/need/need.data';
import { textArrayLiteral } from '../modules/pg-text-array';
import type { RegistryRecord } from '../modules/registry-record.entity';
import { registrySpecs } from '../modules/registry/registry.specs';
import { placeSites } from '../modules/site/site-placement';
import type { Placement } from '../modules/site/site-placement';
import { builtInTerms } from '../modules/taxonomy/taxonomy.repository';
import type { RegistryRecords, SiteRecord } from '../records/registry-records';
import type { TerritoryClient } from '../territory/territory.client';
import { parseRealRecords } from './real-records.parser';
import type { RealRecords } from './real-records.parser';
import { syntheticOpeningHours } from './synthetic-hours';
import { generateSyntheticActors } from './synthetic.generator';

const BATCH = 500;

/** Inserts the rows not there yet: a re-seed adds what is missing and never overwrites an editor's correction. */
async function insertMissing(
  em: EntityManager,
  table: string,
  columns: string[],
  rows: unknown[][],
): Promise<void> {
  for (let start = 0; start < rows.length; start += BATCH) {
    const batch = rows.slice(start, start + BATCH);
    const placeholders = batch.map((row) => `(${row.map(() => '?').join(', ')})`).join(', ');
    await em.execute(
      `insert into actors.${table} (${columns.map((c) => `"${c}"`).join(', ')}) values ${placeholders} on conflict do nothing`,
      batch.flat(),
      'run',
    );
  }
}

/** Hours: a real site's where its source gives them, a synthetic site's generated ones. */
const hoursOf = (site: SiteRecord) =>
  (site.synthetic ? syntheticOpeningHours(site.id) : site.openingHours) ?? null;

const writer = new RecordWriter();
/** Who the seed writes as (it logs nothing: seeded records are the starting point, not changes). */
const SEED_IDENTITY: Identity = { subject: 'seed', roles: [] };

/** The fields of a seed record the seed writes, as they are (the rest below). */
const SEEDED_ORGANISATION_FIELDS = [
  'nameFr',
  'nameNl',
  'descriptionFr',
  'descriptionNl',
  'legalStatus',
  'enterpriseNumber',
  'website',
  'email',
  'parentOrganisationId',
];
const SEEDED_SITE_FIELDS = [
  'organisationId',
  'nameFr',
  'nameNl',
  'streetFr',
  'streetNl',
  'number',
  'postcode',
  'latitude',
  'longitude',
];
const SEEDED_SERVICE_FIELDS = [
  'organisationId',
  'typeCodes',
  'nameFr',
  'nameNl',
  'descriptionFr',
  'descriptionNl',
  'publicCodes',
  'languages',
  'status',
  'serviceAreaIds',
];

/** Services and organisations (not archived) in the registry, real and synthetic. */
export interface RecordCounts {
  real: { services: number; organisations: number };
  synthetic: { services: number; organisations: number };
}

export async function countRecords(em: EntityManager): Promise<RecordCounts> {
  const rows = await em.execute<
    Array<{ synthetic: boolean; services: number; organisations: number }>
  >(
    `select k.synthetic,
       (select count(*)::int from actors.service s where s.synthetic = k.synthetic and s.archived_at is null) as services,
       (select count(*)::int from actors.organisation o where o.synthetic = k.synthetic and o.archived_at is null) as organisations
     from (values (false), (true)) as k(synthetic)`,
  );
  const of = (synthetic: boolean) => {
    const row = rows.find((r) => r.synthetic === synthetic);
    return { services: row?.services ?? 0, organisations: row?.organisations ?? 0 };
  };
  return { real: of(false), synthetic: of(true) };
}

/**
 * The needs of services/actors/data/needs.json that the database does not have yet (by code): run at
 * every start, so a database seeded before the vocabulary existed gets it, and an admin's change
 * to a need is never overwritten.
 */
export async function seedNeeds(em: EntityManager): Promise<void> {
  await insertMissing(
    em,
    'need',
    ['code', 'label_fr', 'label_nl', 'words_fr', 'words_nl', 'links', 'sources'],
    loadNeedsFile().map((need) => [
      need.code,
      need.labelFr,
      need.labelNl,
      textArrayLiteral(need.wordsFr),
      textArrayLiteral(need.wordsNl),
      JSON.stringify(need.links),
      textArrayLiteral(need.sources),
    ]),
  );
}

export async function isActorsSeeded(em: EntityManager): Promise<boolean> {
  const [row] = await em.execute<Array<{ n: number }>>(
    'select count(*)::int as n from actors.taxonomy_term',
  );
  return (row?.n ?? 0) > 0;
}

/** The real records of seed/data/services-seed.csv (unless left out) plus `synthetic` generated services. */
export function actorSeed(synthetic: number, withReal = true): RealRecords {
  const real = withReal
    ? parseRealRecords(readSeedText('services-seed.csv'))
    : { organisations: [], sites: [], services: [], unmapped: [] };
  const generated =
    synthetic > 0
      ? generateSyntheticActors({ services: synthetic })
      : { organisations: [], sites: [], services: [] };
  return {
    organisations: [...real.organisations, ...generated.organisations],
    sites: [...real.sites, ...generated.sites],
    services: [...real.services, ...generated.services],
    unmapped: real.unmapped,
  };
}

/** The values of services-seed.csv the seed does not carry, and why (what it logs when seeding). */
export const realSeedReport = () => parseRealRecords(readSeedText('services-seed.csv')).unmapped;

/** How many records of each kind a seed holds (what `npm start` says it loaded). */
export interface SeedCounts {
  real: { organisations: number; sites: number; services: number };
  synthetic: { organisations: number; sites: number; services: number };
}

function seedCounts(seed: RegistryRecords): SeedCounts {
  const count = (synthetic: boolean) => ({
    organisations: seed.organisations.filter((o) => o.synthetic === synthetic).length,
    sites: seed.sites.filter((s) => s.synthetic === synthetic).length,
    services: seed.services.filter((s) => s.synthetic === synthetic).length,
  });
  return { real: count(false), synthetic: count(true) };
}

/**
 * Loads the taxonomies, the real records and the synthetic set in one transaction, placing every
 * site through the territories subgraph. Idempotent: records are keyed by stable ids, and only
 * missing ones are added (through the record writer, like every record write).
 */
export async function seedActors(
  em: EntityManager,
  territories: TerritoryClient,
  options: { synthetic: number; real?: boolean; logger?: Logger },
): Promise<SeedCounts> {
  const started = Date.now();
  const seed = actorSeed(options.synthetic, options.real ?? true);
  const { placements, problems } = await placeSites(seed.sites, territories);
  if (problems.length > 0) {
    throw new Error(`seed sites that cannot be placed: ${JSON.stringify(problems.slice(0, 5))}`);
  }
  const now = new Date();
  await em.transactional(async (tx) => {
    await insertMissing(
      tx,
      'taxonomy_term',
      ['taxonomy', 'code', 'label_fr', 'label_nl'],
      builtInTerms().map((t) => [t.taxonomy, t.code, t.labelFr, t.labelNl]),
    );
    // The records go through the one record writer; `keepExisting` adds only the missing ones.
    const specs = registrySpecs(territories);
    const add = <E extends RegistryRecord>(spec: RecordSpec<E>, items: UpsertItem[]) =>
      writer.upsertMany(tx, SEED_IDENTITY, spec, items, { keepExisting: true });
    await add(
      specs.organisation,
      seed.organisations.map((o) => ({
        key: { id: o.id, synthetic: o.synthetic, source: o.source },
        values: {
          ...pickFields(o, SEEDED_ORGANISATION_FIELDS),
          phones: o.phones,
          agrements: o.agrements ?? [],
          createdAt: now,
        },
      })),
    );
    await add(
      specs.site,
      seed.sites.map((s, i) => {
        const placement = placements[i] as Placement;
        return {
          key: { id: s.id, synthetic: s.synthetic, source: s.source },
          values: {
            ...pickFields(s, SEEDED_SITE_FIELDS),
            phones: s.phones,
            openingHours: hoursOf(s),
            communeNis: placement.communeNis,
            positionPrecision: placement.positionPrecision,
            territoryIds: placement.territoryIds,
            possibleTerritoryIds: placement.possibleTerritoryIds,
            territoriesComputedAt: now,
            createdAt: now,
          },
        };
      }),
    );
    await add(
      specs.service,
      seed.services.map((s) => ({
        key: { id: s.id, synthetic: s.synthetic, source: s.source },
        values: {
          ...pickFields(s, SEEDED_SERVICE_FIELDS),
          ...s.access,
          createdAt: now,
        },
      })),
    );
    await insertMissing(
      tx,
      'service_at_site',
      ['service_id', 'site_id'],
      seed.services.flatMap((s) => s.siteIds.map((siteId) => [s.id, siteId])),
    );
  });
  // Fresh tables have no statistics (and autovacuum may be off): plan the first queries on real counts.
  await em.execute(
    'analyze actors.organisation, actors.site, actors.service, actors.service_at_site',
    [],
    'run',
  );
  const counts = seedCounts(seed);
  if (seed.unmapped.length > 0) {
    options.logger?.info({ unmapped: seed.unmapped }, 'services-seed.csv: values not carried');
  }
  options.logger?.info({ ...counts, ms: Date.now() - started }, 'actors seeded');
  return counts;
}
