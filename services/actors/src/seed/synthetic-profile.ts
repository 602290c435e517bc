import { TARGET_PUBLICS } from '../modules/taxonomy/taxonomy.data';
import type { AccessConditions, ServiceStatus } from '../records/registry-records';
import { chance, pick, pickDistinct, randomInt } from './prng';
import type { Random } from './prng';

/** Other languages a Brussels service may offer (valid ISO 639-1 codes only). */
const OTHER_LANGUAGES = ['en', 'ar', 'tr', 'es', 'pt', 'ro', 'pl', 'ru', 'so', 'ln', 'it', 'de'];
const SPECIFIC_PUBLICS = TARGET_PUBLICS.map((term) => term.code).filter(
  (code) => code !== 'everyone',
);

/** Plausible rates of each access condition; some types differ (e.g. AMU at maisons médicales). */
const ACCESS_RATES: Record<keyof AccessConditions, number> = {
  lowThreshold: 0.2,
  withoutAppointment: 0.35,
  free: 0.45,
  acceptsUninsured: 0.25,
  acceptsAmu: 0.15,
  anonymous: 0.08,
};
const TYPE_ACCESS_RATES: Readonly<Record<string, Partial<typeof ACCESS_RATES>>> = {
  'medical-house': { acceptsAmu: 0.6, acceptsUninsured: 0.5, free: 0.7 },
  cpas: { free: 1, withoutAppointment: 0.6, acceptsUninsured: 0.5 },
  addiction: { lowThreshold: 0.6, anonymous: 0.45, free: 0.7 },
  'family-planning': { anonymous: 0.35, withoutAppointment: 0.5 },
  'day-centre': { lowThreshold: 0.7, withoutAppointment: 0.8, free: 0.9 },
  'debt-mediation': { free: 0.9 },
};

export function randomAccess(random: Random, typeCode: string): AccessConditions {
  const rates = { ...ACCESS_RATES, ...TYPE_ACCESS_RATES[typeCode] };
  return {
    lowThreshold: chance(random, rates.lowThreshold),
    withoutAppointment: chance(random, rates.withoutAppointment),
    free: chance(random, rates.free),
    acceptsUninsured: chance(random, rates.acceptsUninsured),
    acceptsAmu: chance(random, rates.acceptsAmu),
    anonymous: chance(random, rates.anonymous),
  };
}

/**
 * The specific publics a service of each type plausibly names (home help for older and disabled
 * people, not for homeless people; day centres for homeless people and drug users…). Our own
 * judgement of the Brussels sector, for synthetic records only; a type not listed draws from all.
 * Each list has at least 3 codes, so a draw takes as many random numbers as before.
 */
const TYPE_PUBLICS: Readonly<Record<string, readonly string[]>> = {
  'family-planning': [
    'young-people',
    'women',
    'lgbtqia',
    'sex-workers',
    'families',
    'undocumented',
  ],
  'mental-health': [
    'children',
    'young-people',
    'elderly',
    'families',
    'asylum-seekers',
    'undocumented',
    'lgbtqia',
    'disability',
  ],
  'debt-mediation': ['families', 'elderly', 'young-people', 'disability'],
  'home-care-coordination': ['elderly', 'disability', 'carers', 'families'],
  'home-help': ['elderly', 'disability', 'families', 'carers'],
  'home-nursing': ['elderly', 'disability', 'carers'],
  addiction: ['people-who-use-drugs', 'young-people', 'homeless', 'sex-workers', 'women'],
  'medical-house': ['families', 'children', 'elderly', 'undocumented', 'asylum-seekers'],
  casg: [
    'families',
    'elderly',
    'young-people',
    'homeless',
    'undocumented',
    'asylum-seekers',
    'women',
  ],
  cpas: ['families', 'elderly', 'young-people', 'homeless', 'disability', 'asylum-seekers'],
  raq: ['families', 'young-people', 'elderly'],
  'community-health-worker': ['families', 'elderly', 'undocumented', 'women'],
  'day-centre': ['homeless', 'people-who-use-drugs', 'elderly', 'disability', 'women'],
  'justice-support': ['families', 'women', 'young-people'],
  'social-coordination': ['families', 'elderly', 'young-people'],
};

/** 1–3 public codes: "everyone" alone (40 %), or 1–3 specific publics plausible for the type. */
export function randomPublics(random: Random, typeCode: string): string[] {
  if (chance(random, 0.4)) {
    return ['everyone'];
  }
  return pickDistinct(random, TYPE_PUBLICS[typeCode] ?? SPECIFIC_PUBLICS, randomInt(random, 1, 3));
}

/** Always French and/or Dutch; a quarter of services add one or two other languages. */
export function randomLanguages(random: Random): string[] {
  const draw = random();
  const languages = draw < 0.55 ? ['fr', 'nl'] : draw < 0.9 ? ['fr'] : ['nl'];
  if (chance(random, 0.25)) {
    languages.push(...pickDistinct(random, OTHER_LANGUAGES, randomInt(random, 1, 2)));
  }
  return languages;
}

/** About 95 % ACTIVE; the rest inactive, temporarily closed or defunct. */
export function randomStatus(random: Random): ServiceStatus {
  const draw = random();
  if (draw < 0.95) {
    return 'ACTIVE';
  }
  return draw < 0.97 ? 'INACTIVE' : draw < 0.99 ? 'TEMPORARILY_CLOSED' : 'DEFUNCT';
}

export function randomExtraType(random: Random, typeCodes: readonly string[], main: string) {
  return chance(random, 0.08)
    ? pick(
        random,
        typeCodes.filter((code) => code !== main),
      )
    : null;
}
