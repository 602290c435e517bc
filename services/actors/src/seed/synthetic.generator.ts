import { BRUSSELS_POSTCODE_NIS } from '../records/communes';
import type { RegistryRecords, ServiceRecord, SiteRecord } from '../records/registry-records';
import {
  CITY_OF_BRUSSELS,
  loadBrusselsTerritory,
  randomInhabitedSector,
  randomPointInSector,
  randomSectorInCommune,
} from './brussels-territory';
import type { Bassin, BrusselsTerritory, SectorShape } from './brussels-territory';
import { chance, mulberry32, pick, randomInt } from './prng';
import type { Random } from './prng';
import {
  ORGANISATION_FORMS,
  PLACE_WORDS,
  SYNTHETIC_MARK_FR,
  SYNTHETIC_MARK_NL,
  SYNTHETIC_SOURCE,
  TYPE_LABELS,
} from './synthetic-names';
import {
  randomAccess,
  randomExtraType,
  randomLanguages,
  randomPublics,
  randomStatus,
} from './synthetic-profile';

export interface SyntheticOptions {
  /** Exactly this many services are generated. */
  services: number;
  /** PRNG seed; the same options always give the same records. */
  seed?: number;
}

export const DEFAULT_SYNTHETIC_SEED = 0x5eed_b55;
export const DEFAULT_SYNTHETIC_SERVICES = 2000;

/**
 * The types drawn from, frozen as the generator has always drawn them, so that the same options
 * keep giving the same records (the relevance set is judged on their ids): a type added to the
 * taxonomy later (home nursing) is not drawn.
 */
const DRAWN_TYPE_CODES = [
  'family-planning',
  'mental-health',
  'debt-mediation',
  'home-care-coordination',
  'home-help',
  'addiction',
  'medical-house',
  'casg',
  'cpas',
  'cssi',
  'raq',
  'community-health-worker',
  'day-centre',
  'justice-support',
  'social-coordination',
  'other',
] as const;

/**
 * A 'cssi' drawn is generated (so that every other record stays as it was) and then left out: a
 * CSSI is a collaborations record (frame, budget, partners), and the collaborations subgraph's
 * synthetic example is the synthetic CSSI; no actors service claims to be one without it.
 */
const LEFT_OUT = 'cssi';
export const SYNTHETIC_TYPE_CODES = DRAWN_TYPE_CODES.filter((code) => code !== LEFT_OUT);
const DESCRIPTION_FR = "Fictif : généré pour tester l'annuaire, ce service n'existe pas.";
const DESCRIPTION_NL = 'Fictief: gegenereerd om de gids te testen, deze dienst bestaat niet.';
/** Services per organisation: 1–5 (mean 3); sites per organisation: 0.6 per service, at least 1. */
const MAX_SERVICES_PER_ORGANISATION = 5;
const SITES_PER_SERVICE = 0.6;
const SERVICE_AREA_RATE = 0.15;

/** The postcode of a generated site: its commune's, or for the City its sub-municipality's. */
const COMMUNE_POSTCODE = new Map(
  Object.entries(BRUSSELS_POSTCODE_NIS)
    .filter(([, nis]) => nis !== CITY_OF_BRUSSELS)
    .map(([postcode, nis]) => [nis, postcode]),
);
const CITY_POSTCODE: Readonly<Record<string, string>> = {
  '21004A': '1000',
  '21004E': '1020',
  '21004F': '1120',
  '21004G': '1130',
};
const postcodeOf = (sector: SectorShape) =>
  COMMUNE_POSTCODE.get(sector.communeNis) ?? CITY_POSTCODE[sector.subMunicipality] ?? null;

interface Context {
  random: Random;
  territory: BrusselsTerritory;
  seed: RegistryRecords;
  /** Organisations drawn so far, kept or not: their number makes the ids. */
  drawn: number;
}

/** A sector in one of the bassin's whole communes (the City, split between bassins, is avoided). */
function sectorInBassin(context: Context, bassin: Bassin): SectorShape {
  const communes = bassin.communes.filter((nis) => nis !== CITY_OF_BRUSSELS);
  const commune = pick(context.random, communes.length > 0 ? communes : bassin.communes);
  return randomSectorInCommune(context.random, context.territory, commune);
}

function serviceAreaIds(context: Context, sector: SectorShape): string[] {
  if (!chance(context.random, SERVICE_AREA_RATE)) {
    return [];
  }
  return chance(context.random, 0.5)
    ? [`commune:${sector.communeNis}`]
    : [context.territory.bassinIdOf(sector)];
}

/**
 * One organisation with one service per type code (but the left-out CSSI), its sites drawn by
 * `sectorFor`; sites no kept service uses, and an organisation left without a service, are dropped.
 * Returns how many services it kept.
 */
function addOrganisation(
  context: Context,
  typeCodes: readonly string[],
  sectorFor: () => SectorShape,
  guaranteed: boolean,
): number {
  const { random, seed } = context;
  context.drawn += 1;
  const key = `synthetic-${String(context.drawn).padStart(6, '0')}`;
  const [placeFr, placeNl] = pick(random, PLACE_WORDS);
  const [formFr, formNl] = pick(random, ORGANISATION_FORMS);
  const organisationId = `org:${key}`;
  seed.organisations.push({
    id: organisationId,
    nameFr: `${SYNTHETIC_MARK_FR} ${formFr} ${placeFr}`,
    nameNl: `${SYNTHETIC_MARK_NL} ${formNl} ${placeNl}`,
    descriptionFr: DESCRIPTION_FR,
    descriptionNl: DESCRIPTION_NL,
    legalStatus: null,
    enterpriseNumber: null,
    website: null,
    email: null,
    phones: [],
    synthetic: true,
    source: SYNTHETIC_SOURCE,
  });

  const siteCount = Math.max(1, Math.round(typeCodes.length * SITES_PER_SERVICE));
  const sites: Array<{ record: SiteRecord; sector: SectorShape }> = [];
  for (let n = 1; n <= siteCount; n++) {
    const sector = sectorFor();
    const [longitude, latitude] = randomPointInSector(random, sector);
    const record: SiteRecord = {
      id: `site:${key}-${n}`,
      organisationId,
      nameFr: `${SYNTHETIC_MARK_FR} ${placeFr}${n > 1 ? ` – antenne ${n}` : ''}`,
      nameNl: `${SYNTHETIC_MARK_NL} ${placeNl}${n > 1 ? ` – vestiging ${n}` : ''}`,
      streetFr: null,
      streetNl: null,
      number: null,
      postcode: postcodeOf(sector),
      communeNis: sector.communeNis,
      latitude,
      longitude,
      phones: [],
      synthetic: true,
      source: SYNTHETIC_SOURCE,
    };
    sites.push({ record, sector });
    seed.sites.push(record);
  }

  const kept: ServiceRecord[] = [];
  typeCodes.forEach((typeCode, index) => {
    const home = sites[index % siteCount] as (typeof sites)[number];
    const siteIds = [home.record.id];
    if (siteCount > 1 && chance(random, 0.1)) {
      const other = sites[(index + 1) % siteCount] as (typeof sites)[number];
      siteIds.push(other.record.id);
    }
    const extra = randomExtraType(random, DRAWN_TYPE_CODES, typeCode);
    const label = TYPE_LABELS[typeCode] ?? { fr: typeCode, nl: typeCode };
    const service: ServiceRecord = {
      id: `svc:${key}-${index + 1}`,
      organisationId,
      typeCodes: extra && extra !== LEFT_OUT ? [typeCode, extra] : [typeCode],
      nameFr: `${SYNTHETIC_MARK_FR} ${label.fr} ${placeFr}`,
      nameNl: `${SYNTHETIC_MARK_NL} ${label.nl} ${placeNl}`,
      descriptionFr: DESCRIPTION_FR,
      descriptionNl: DESCRIPTION_NL,
      publicCodes: randomPublics(random, typeCode),
      languages: randomLanguages(random),
      access: randomAccess(random, typeCode),
      status: guaranteed ? 'ACTIVE' : randomStatus(random),
      siteIds,
      serviceAreaIds: serviceAreaIds(context, home.sector),
      synthetic: true,
      source: SYNTHETIC_SOURCE,
    };
    if (typeCode !== LEFT_OUT) {
      kept.push(service);
    }
  });
  seed.services.push(...kept);
  const used = new Set(kept.flatMap((service) => service.siteIds));
  seed.sites.splice(seed.sites.length - sites.length, sites.length);
  seed.sites.push(...sites.map((site) => site.record).filter((site) => used.has(site.id)));
  if (kept.length === 0) {
    seed.organisations.pop();
  }
  return kept.length;
}

/**
 * Deterministic synthetic actors for demos, tests and load: exactly `services` services, about one
 * organisation per 3 services and 0.6 sites per service. Sites are points drawn in inhabited
 * quartiers (equal weight per quartier, then a sector by area). First, every service type gets one
 * active service in every bassin (5 × 15 = 75 services, fewer if fewer are asked); the rest is
 * random. Nothing here is real: names say so, and no phone, e-mail, website or KBO is invented.
 */
export function generateSyntheticActors(options: SyntheticOptions): RegistryRecords {
  const total = Math.max(0, Math.floor(options.services));
  const context: Context = {
    random: mulberry32(options.seed ?? DEFAULT_SYNTHETIC_SEED),
    territory: loadBrusselsTerritory(),
    seed: { organisations: [], sites: [], services: [] },
    drawn: 0,
  };
  const { random, territory, seed } = context;
  const pending = territory.bassins.flatMap((bassin) =>
    DRAWN_TYPE_CODES.map((typeCode) => ({ bassin, typeCode })),
  );
  let next = 0;
  let planned = 0;
  while (planned < total) {
    const size = Math.min(randomInt(random, 1, MAX_SERVICES_PER_ORGANISATION), total - planned);
    const first = pending[next];
    if (first) {
      const types: string[] = [];
      while (types.length < size && pending[next]?.bassin === first.bassin) {
        types.push((pending[next++] as (typeof pending)[number]).typeCode);
      }
      planned += addOrganisation(context, types, () => sectorInBassin(context, first.bassin), true);
    } else {
      const types = Array.from({ length: size }, () => pick(random, DRAWN_TYPE_CODES));
      planned += addOrganisation(
        context,
        types,
        () => randomInhabitedSector(random, territory),
        false,
      );
    }
  }
  return seed;
}
