import { createHash } from 'node:crypto';

import { SERVICE_TYPES, TARGET_PUBLICS } from '../../modules/taxonomy/taxonomy.data';
import { WEEKDAY_CODE, weekdayOfCode } from '../../records/opening-hours';
import type { OpeningHours, Weekday, WeeklyPeriod } from '../../records/opening-hours';
import type { ServiceStatus } from '../../records/registry-records';
import { ACCESS_TERMS } from '../interchange.records';
import { HSDS_TAXONOMIES } from './hsds.types';
import type {
  BxlOpeningHours,
  HsdsSchedule,
  HsdsServiceStatus,
  HsdsTaxonomy,
  HsdsTaxonomyTerm,
} from './hsds.types';

/** What the HSDS export and import share: ids, statuses, days, taxonomy terms, hours. */

/** The UUID namespace of our profile (RFC 9562 name-based ids, version 5). */
const NAMESPACE = Buffer.from('6f1c2a0e7b3d4e5f9a8b1c2d3e4f5a6b', 'hex');

/** A stable UUID (version 5) for a name: the same record always gets the same HSDS id. */
export function uuidFor(name: string): string {
  const bytes = createHash('sha1').update(NAMESPACE).update(name, 'utf8').digest().subarray(0, 16);
  bytes[6] = ((bytes[6] as number) & 0x0f) | 0x50;
  bytes[8] = ((bytes[8] as number) & 0x3f) | 0x80;
  const hex = bytes.toString('hex');
  return [hex.slice(0, 8), hex.slice(8, 12), hex.slice(12, 16), hex.slice(16, 20), hex.slice(20)]
    .join('-')
    .toLowerCase();
}

export const HSDS_STATUS: Readonly<Record<ServiceStatus, HsdsServiceStatus>> = {
  ACTIVE: 'active',
  INACTIVE: 'inactive',
  DEFUNCT: 'defunct',
  TEMPORARILY_CLOSED: 'temporarily closed',
};

export const STATUS_OF_HSDS: Readonly<Record<HsdsServiceStatus, ServiceStatus>> = {
  active: 'ACTIVE',
  inactive: 'INACTIVE',
  defunct: 'DEFUNCT',
  'temporarily closed': 'TEMPORARILY_CLOSED',
};

interface TermSource {
  code: string;
  fr: string;
  nl: string;
}

const taxonomyId = (taxonomy: string) => uuidFor(`taxonomy:${taxonomy}`);

/** Our three taxonomies as HSDS taxonomy objects. */
export const HSDS_TAXONOMY_OBJECTS: readonly HsdsTaxonomy[] = [
  {
    id: taxonomyId(HSDS_TAXONOMIES.serviceType),
    name: HSDS_TAXONOMIES.serviceType,
    description: 'Types of social and health services in Brussels (FR/NL labels in x_bxl).',
  },
  {
    id: taxonomyId(HSDS_TAXONOMIES.targetPublic),
    name: HSDS_TAXONOMIES.targetPublic,
    description: 'The publics a service is meant for.',
  },
  {
    id: taxonomyId(HSDS_TAXONOMIES.access),
    name: HSDS_TAXONOMIES.access,
    description:
      'Access conditions: low threshold, without appointment, free, uninsured, AMU, anonymous.',
  },
];

/** A term of one of our taxonomies (HSDS_TAXONOMIES) as HSDS writes it; its id follows from its code. */
export function term(taxonomy: string, source: TermSource): HsdsTaxonomyTerm {
  return {
    id: uuidFor(`term:${taxonomy}:${source.code}`),
    code: source.code,
    name: source.fr,
    description: source.fr,
    taxonomy,
    taxonomy_id: taxonomyId(taxonomy),
    x_bxl: { name_fr: source.fr, name_nl: source.nl },
  };
}

/** Every term of our taxonomies, in taxonomy then code order as declared. */
export const TERMS: readonly HsdsTaxonomyTerm[] = [
  ...SERVICE_TYPES.map((source) => term(HSDS_TAXONOMIES.serviceType, source)),
  ...TARGET_PUBLICS.map((source) => term(HSDS_TAXONOMIES.targetPublic, source)),
  ...ACCESS_TERMS.map((source) => term(HSDS_TAXONOMIES.access, source)),
];
const TERM_BY_KEY = new Map(TERMS.map((t) => [`${t.taxonomy}:${t.code}`, t]));
const TERM_BY_ID = new Map(TERMS.map((t) => [t.id, t]));

/** Our term of a taxonomy and code (codes of our taxonomies only). */
export function taxonomyTerm(taxonomy: string, code: string): HsdsTaxonomyTerm {
  return TERM_BY_KEY.get(`${taxonomy}:${code}`) ?? term(taxonomy, { code, fr: code, nl: code });
}

/** Our term with this HSDS id, if it is one of ours (attributes that give only the id). */
export function taxonomyTermById(id: string): HsdsTaxonomyTerm | undefined {
  return TERM_BY_ID.get(id);
}

const languageNames = new Intl.DisplayNames(['en'], { type: 'language' });

/** The English name of an ISO 639-1 code ('nl' → 'Dutch'). */
export function languageName(code: string): string {
  return languageNames.of(code) ?? code;
}

/** OpeningHours → the profile's snake_case copy, notes omitted when null. */
export function toBxlOpeningHours(hours: OpeningHours): BxlOpeningHours {
  return {
    weekly: hours.weekly.map(({ day, opens, closes }) => ({ day, opens, closes })),
    exceptions: hours.exceptions.map((exception) => ({
      date: exception.date,
      closed: exception.closed,
      periods: exception.periods.map(({ opens, closes }) => ({ opens, closes })),
      ...(exception.note === null ? {} : { note: exception.note }),
    })),
    closed_on_public_holidays: hours.closedOnPublicHolidays,
    ...(hours.note === null ? {} : { note: hours.note }),
  };
}

/** The weekly periods of a site as HSDS schedules (one per period). */
export function schedulesOf(siteId: string, locationId: string, hours: OpeningHours) {
  return hours.weekly.map(
    (period, index): HsdsSchedule => ({
      id: uuidFor(`${siteId}#schedule:${index}`),
      location_id: locationId,
      freq: 'WEEKLY',
      byday: WEEKDAY_CODE[period.day],
      opens_at: period.opens,
      closes_at: period.closes,
    }),
  );
}

/** 'HH:MM', 'HH:MM:SS', 'HH:MM+02:00', 'HH:MMZ' → 'HH:MM' (the offset is dropped). */
export function hsdsTime(value: string): string {
  return /^(\d{2}:\d{2})/.exec(value.trim())?.[1] ?? value.trim();
}

/**
 * The weekly periods of a foreign HSDS schedule; a BYDAY list ('MO,TU') gives one period per day.
 * null for a schedule that is not weekly (ignored: we keep weekly hours only); a message for a
 * weekly schedule without readable days or times.
 */
export function weeklyOfSchedule(schedule: {
  freq?: string | null;
  byday?: string | null;
  opens_at?: string | null;
  closes_at?: string | null;
}): WeeklyPeriod[] | string | null {
  if (schedule.freq !== 'WEEKLY') {
    return null;
  }
  if (!schedule.byday || !schedule.opens_at || !schedule.closes_at) {
    return 'a weekly schedule needs byday, opens_at and closes_at';
  }
  const days = schedule.byday.split(',').map((code) => weekdayOfCode(code.trim()));
  if (days.some((day) => day === undefined)) {
    return `'${schedule.byday}' is not a list of days: expected MO, TU, WE, TH, FR, SA, SU`;
  }
  const opens = hsdsTime(schedule.opens_at);
  const closes = hsdsTime(schedule.closes_at);
  return days.map((day) => ({ day: day as Weekday, opens, closes }));
}

/** The fields of an object that have a value: HSDS omits optional fields rather than send null. */
export function compact<T extends Record<string, unknown>>(
  fields: T,
): { [K in keyof T]?: NonNullable<T[K]> } {
  const kept: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(fields)) {
    if (value !== null && value !== undefined) {
      kept[key] = value;
    }
  }
  return kept as { [K in keyof T]?: NonNullable<T[K]> };
}
