import type { EntityManager } from '@mikro-orm/postgresql';

import type { Logger } from '@bxl/common';

import { loadNeedsFile } from '../modules/need/need.data';
import { placeSites } from '../modules/site/site-placement';
import type { Placement } from '../modules/site/site-placement';
import { builtInTerms } from '../modules/taxonomy/taxonomy.repository';
import type { TerritoryClient } from '../territory/territory.client';
import { parseRealRecords } from './real-records.parser';
import { readSeedText } from './seed-data';
import type { ActorSeed } from './seed-records';
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

/** Postgres text[] literal for a parameter (MikroORM would expand a JS array into a list). */
const textArray = (values: string[]) =>
  `{${values.map((v) => `"${v.replace(/["\\]/g, '\\$&')}"`).join(',')}}`;

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
      textArray(need.wordsFr),
      textArray(need.wordsNl),
      JSON.stringify(need.links),
      textArray(need.sources),
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
export function actorSeed(synthetic: number, withReal = true): ActorSeed {
  const real = withReal
    ? parseRealRecords(readSeedText('services-seed.csv'))
    : { organisations: [], sites: [], services: [] };
  const generated =
    synthetic > 0
      ? generateSyntheticActors({ services: synthetic })
      : { organisations: [], sites: [], services: [] };
  return {
    organisations: [...real.organisations, ...generated.organisations],
    sites: [...real.sites, ...generated.sites],
    services: [...real.services, ...generated.services],
  };
}

/**
 * Loads the taxonomies, the real records and the synthetic set in one transaction, placing every
 * site through the territories subgraph. Idempotent: rows are keyed by stable ids, and only missing
 * ones are inserted.
 */
export async function seedActors(
  em: EntityManager,
  territories: TerritoryClient,
  options: { synthetic: number; real?: boolean; logger?: Logger },
): Promise<void> {
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
    await insertMissing(
      tx,
      'organisation',
      [
        'id',
        'name_fr',
        'name_nl',
        'description_fr',
        'description_nl',
        'legal_status',
        'enterprise_number',
        'website',
        'email',
        'phones',
        'synthetic',
        'source',
        'created_at',
        'updated_at',
      ],
      seed.organisations.map((o) => [
        o.id,
        o.nameFr,
        o.nameNl,
        o.descriptionFr,
        o.descriptionNl,
        o.legalStatus,
        o.enterpriseNumber,
        o.website,
        o.email,
        textArray(o.phones),
        o.synthetic,
        o.source,
        now,
        now,
      ]),
    );
    await insertMissing(
      tx,
      'site',
      [
        'id',
        'organisation_id',
        'name_fr',
        'name_nl',
        'street_fr',
        'street_nl',
        'number',
        'postcode',
        'commune_nis',
        'latitude',
        'longitude',
        'position_precision',
        'phones',
        'opening_hours',
        'territory_ids',
        'territories_computed_at',
        'synthetic',
        'source',
        'created_at',
        'updated_at',
      ],
      seed.sites.map((s, i) => [
        s.id,
        s.organisationId,
        s.nameFr,
        s.nameNl,
        s.streetFr,
        s.streetNl,
        s.number,
        s.postcode,
        (placements[i] as Placement).communeNis,
        s.latitude,
        s.longitude,
        (placements[i] as Placement).positionPrecision,
        textArray(s.phones),
        s.synthetic ? JSON.stringify(syntheticOpeningHours(s.id)) : null,
        textArray((placements[i] as Placement).territoryIds),
        now,
        s.synthetic,
        s.source,
        now,
        now,
      ]),
    );
    await insertMissing(
      tx,
      'service',
      [
        'id',
        'organisation_id',
        'type_codes',
        'name_fr',
        'name_nl',
        'description_fr',
        'description_nl',
        'public_codes',
        'languages',
        'low_threshold',
        'without_appointment',
        'free',
        'accepts_uninsured',
        'accepts_amu',
        'anonymous',
        'status',
        'service_area_ids',
        'synthetic',
        'source',
        'created_at',
        'updated_at',
      ],
      seed.services.map((s) => [
        s.id,
        s.organisationId,
        textArray(s.typeCodes),
        s.nameFr,
        s.nameNl,
        s.descriptionFr,
        s.descriptionNl,
        textArray(s.publicCodes),
        textArray(s.languages),
        s.access.lowThreshold,
        s.access.withoutAppointment,
        s.access.free,
        s.access.acceptsUninsured,
        s.access.acceptsAmu,
        s.access.anonymous,
        s.status,
        textArray(s.serviceAreaIds),
        s.synthetic,
        s.source,
        now,
        now,
      ]),
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
  options.logger?.info(
    {
      organisations: seed.organisations.length,
      sites: seed.sites.length,
      services: seed.services.length,
      ms: Date.now() - started,
    },
    'actors seeded',
  );
}
