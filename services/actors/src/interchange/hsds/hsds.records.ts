import { parseLanguages } from '../../records/field-parsers';
import { openingHoursProblems } from '../../records/opening-hours';
import type { OpeningHours, WeeklyPeriod } from '../../records/opening-hours';
import type { AccessConditions } from '../../records/registry-records';
import {
  languagesOf,
  openingHoursChecked,
  publicCodesOf,
  territoryIdsOf,
  typeCodesOf,
} from '../interchange.fields';
import type { RecordProblems } from '../interchange.fields';
import { ACCESS_TERMS, blank } from '../interchange.records';
import { taxonomyTermById, weeklyOfSchedule } from './hsds.mapping';
import type { LocationInput, ServiceInput } from './hsds.schema';
import { HSDS_TAXONOMIES, TERRITORY_URI_PREFIX } from './hsds.types';
import { noAccess } from '../../records/registry-records';

/** Field readers of fromHsds that need more than one validator: texts, hours, taxonomy terms. */

export interface Texts {
  nameFr: string | null;
  nameNl: string | null;
  descriptionFr: string | null;
  descriptionNl: string | null;
}

type Extension = {
  name_fr?: string | null;
  name_nl?: string | null;
  description_fr?: string | null;
  description_nl?: string | null;
} | null;

/**
 * A FR/NL pair of texts: our profile's `x_bxl` pair when it gives either; else the standard HSDS
 * field, taken as French (HSDS does not say in which language a record is written).
 */
export function bilingualOf(
  standard: string | null | undefined,
  fr: string | null | undefined,
  nl: string | null | undefined,
): { fr: string | null; nl: string | null } {
  const pair = { fr: blank(fr), nl: blank(nl) };
  return pair.fr === null && pair.nl === null ? { fr: blank(standard), nl: null } : pair;
}

/** FR/NL names and descriptions: `x_bxl`, else the HSDS `name` and `description` (bilingualOf). */
export function textsOf(
  input: { name?: string | null; description?: string | null },
  extension: Extension | undefined,
): Texts {
  const name = bilingualOf(input.name, extension?.name_fr, extension?.name_nl);
  const description = bilingualOf(
    input.description,
    extension?.description_fr,
    extension?.description_nl,
  );
  return {
    nameFr: name.fr,
    nameNl: name.nl,
    descriptionFr: description.fr,
    descriptionNl: description.nl,
  };
}

type CostOptionInput = NonNullable<ServiceInput['cost_options']>[number];

/** A foreign cost option as one line: `option`, then amount, currency and amount description. */
function costOptionText(option: CostOptionInput): string | null {
  const amount = blank(String(option.amount ?? ''));
  const currency = amount === null ? null : blank(option.currency)?.toUpperCase();
  const price = [amount, currency, blank(option.amount_description)]
    .filter((part) => part)
    .join(' ');
  const label = blank(option.option);
  if (label !== null && price !== '') {
    return `${label}: ${price}`;
  }
  return label ?? blank(price);
}

/**
 * The cost text of a service: our profile's `x_bxl.cost_fr`/`cost_nl` (exact); else its cost
 * options, one line each, taken as French.
 */
export function serviceCostOf(service: ServiceInput): { fr: string | null; nl: string | null } {
  const lines = (service.cost_options ?? []).map(costOptionText).filter((line) => line !== null);
  return bilingualOf(lines.join('\n'), service.x_bxl?.cost_fr, service.x_bxl?.cost_nl);
}

type HoursInput = NonNullable<NonNullable<LocationInput['x_bxl']>['opening_hours']>;

function hoursOfExtension(hours: HoursInput): OpeningHours {
  return {
    weekly: hours.weekly.map(({ day, opens, closes }) => ({ day, opens, closes })),
    exceptions: (hours.exceptions ?? []).map((exception) => ({
      date: exception.date,
      closed: exception.closed,
      periods: exception.periods.map(({ opens, closes }) => ({ opens, closes })),
      note: blank(exception.note),
    })),
    closedOnPublicHolidays: hours.closed_on_public_holidays ?? false,
    note: blank(hours.note),
  };
}

const SCHEDULE_FIELD: Readonly<Record<string, string>> = {
  '.day': '.byday',
  '.opens': '.opens_at',
  '.closes': '.closes_at',
};

/** Weekly hours from foreign schedules; problems name the schedule they come from. */
function hoursOfSchedules(location: LocationInput, check: RecordProblems): OpeningHours | null {
  const weekly: WeeklyPeriod[] = [];
  const origins: number[] = [];
  (location.schedules ?? []).forEach((schedule, index) => {
    const periods = weeklyOfSchedule(schedule);
    if (typeof periods === 'string') {
      check.add(`schedules[${index}]`, periods);
    } else if (periods) {
      weekly.push(...periods);
      origins.push(...periods.map(() => index));
    }
  });
  if (weekly.length === 0) {
    return null;
  }
  const hours: OpeningHours = { weekly, exceptions: [], closedOnPublicHolidays: false, note: null };
  for (const problem of openingHoursProblems(hours, 'hours')) {
    const match = /^hours\.weekly\[(\d+)\](.*)$/.exec(problem.field ?? '');
    const rest = match?.[2] ?? '';
    const field = match
      ? `schedules[${origins[Number(match[1])]}]${SCHEDULE_FIELD[rest] ?? rest}`
      : 'schedules';
    check.add(field, problem.message);
  }
  return hours;
}

/** A site's hours: `x_bxl.opening_hours` (exact), else its weekly schedules, else none. */
export function openingHoursOf(location: LocationInput, check: RecordProblems) {
  const extension = location.x_bxl?.opening_hours;
  if (extension) {
    return openingHoursChecked(hoursOfExtension(extension), 'x_bxl.opening_hours', check);
  }
  return hoursOfSchedules(location, check);
}

interface Classification {
  typeCodes: string[];
  publicCodes: string[];
  access: AccessConditions;
}

/**
 * Service types, target publics and access conditions from attributes whose term (nested, or one
 * of ours by `taxonomy_term_id`) belongs to our taxonomies; other taxonomies are ignored. A
 * service without a type gets 'other'.
 */
export function classificationOf(service: ServiceInput, check: RecordProblems): Classification {
  const found = new Map<string, Array<{ code: string; index: number }>>();
  (service.attributes ?? []).forEach((attribute, index) => {
    const nested = attribute.taxonomy_term;
    const term =
      nested?.taxonomy && nested.code
        ? { taxonomy: nested.taxonomy, code: nested.code }
        : taxonomyTermById(attribute.taxonomy_term_id ?? '');
    if (term) {
      found.set(term.taxonomy, [...(found.get(term.taxonomy) ?? []), { code: term.code, index }]);
    }
  });
  const read = (taxonomy: string) => found.get(taxonomy) ?? [];
  const fieldOf = (items: Array<{ index: number }>) => (position: number) =>
    `attributes[${items[position]?.index}].taxonomy_term.code`;
  const types = read(HSDS_TAXONOMIES.serviceType);
  const publics = read(HSDS_TAXONOMIES.targetPublic);
  const typeCodes = typeCodesOf(
    types.map((item) => item.code),
    fieldOf(types),
    check,
  );
  const publicCodes = publicCodesOf(
    publics.map((item) => item.code),
    fieldOf(publics),
    check,
  );
  const access = noAccess();
  for (const { code, index } of read(HSDS_TAXONOMIES.access)) {
    const term = ACCESS_TERMS.find((candidate) => candidate.code === code);
    if (term) {
      access[term.key] = true;
    } else {
      const codes = ACCESS_TERMS.map((candidate) => candidate.code).join(', ');
      check.add(
        `attributes[${index}].taxonomy_term.code`,
        `'${code}' is not an access code: expected one of ${codes}`,
      );
    }
  }
  return { typeCodes: typeCodes.length > 0 ? typeCodes : ['other'], publicCodes, access };
}

/** ISO 639-1 codes of a service's languages (a language without code is read by its name). */
export function serviceLanguagesOf(service: ServiceInput, check: RecordProblems): string[] {
  const codes = (service.languages ?? []).map(
    (language) =>
      blank(language.code) ?? parseLanguages(language.name ?? '')[0] ?? language.name ?? '',
  );
  return languagesOf(codes, (index) => `languages[${index}].code`, check);
}

/**
 * Territory ids: `x_bxl.territory_ids` (exact), else the service areas whose uri is one of our
 * territories; other service areas (free names, polygons) are ignored.
 */
export function serviceAreaIdsOf(service: ServiceInput, check: RecordProblems): string[] {
  const declared = service.x_bxl?.territory_ids;
  if (declared) {
    return territoryIdsOf(declared, (index) => `x_bxl.territory_ids[${index}]`, check);
  }
  const areas = (service.service_areas ?? [])
    .map((area, index) => ({ uri: blank(area.uri) ?? '', index }))
    .filter(({ uri }) => uri.startsWith(TERRITORY_URI_PREFIX));
  return territoryIdsOf(
    areas.map(({ uri }) => uri.slice(TERRITORY_URI_PREFIX.length)),
    (position) => `service_areas[${areas[position]?.index}].uri`,
    check,
  );
}
