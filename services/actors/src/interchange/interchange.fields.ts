import type { Problem } from '@bxl/common';
import type { z } from 'zod';

import { contactProblems, normaliseContacts } from '../modules/site/contact.type';
import { SERVICE_TYPES, TARGET_PUBLICS } from '../modules/taxonomy/taxonomy.data';
import { BRUSSELS_POSTCODE_NIS } from '../records/communes';
import { openingHoursProblems } from '../records/opening-hours';
import type { OpeningHours } from '../records/opening-hours';
import type { ContactRecord } from '../records/registry-records';
import { emailProblems, languageProblems, urlProblems } from '../validation/contact';
import {
  enterpriseNumberProblems,
  normaliseEnterpriseNumber,
} from '../validation/enterprise-number';
import { normaliseBelgianPhone, phoneProblems } from '../validation/phone';
import { blank, TERRITORY_PREFIXES } from './interchange.records';

/** The validation shared by the three importers: the repository's validators, record-numbered. */

/** Collects the problems of one record: each gets the record's `line` and a full field path. */
export class RecordProblems {
  constructor(
    private readonly out: Problem[],
    readonly line: number,
    private readonly prefix = '',
  ) {}

  /** The full path of a field of this record. */
  path(field: string): string {
    if (!this.prefix) {
      return field;
    }
    return field.startsWith('[') ? `${this.prefix}${field}` : `${this.prefix}.${field}`;
  }

  add(field: string, message: string): void {
    this.out.push({ line: this.line, field: this.path(field), message });
  }

  /** Problems from a validator called with a relative field. */
  addAll(problems: Problem[]): void {
    for (const problem of problems) {
      this.add(problem.field ?? '', problem.message);
    }
  }
}

const SERVICE_TYPE_CODES = new Set(SERVICE_TYPES.map((term) => term.code));
const TARGET_PUBLIC_CODES = new Set(TARGET_PUBLICS.map((term) => term.code));
const COMMUNE_NIS = new Set(Object.values(BRUSSELS_POSTCODE_NIS));
const TERRITORY_ID = new RegExp(`^(${TERRITORY_PREFIXES.join('|')}):[A-Za-z0-9_.-]+$`);
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

type FieldOf = (index: number) => string;

/** Phone numbers in any Belgian spelling → E.164, once each; the others are reported. */
export function phonesOf(values: readonly string[], fieldOf: FieldOf, check: RecordProblems) {
  const phones: string[] = [];
  values.forEach((value, index) => {
    const e164 = normaliseBelgianPhone(value);
    if (e164 === null) {
      check.addAll(phoneProblems(value, fieldOf(index)));
    } else if (!phones.includes(e164)) {
      phones.push(e164);
    }
  });
  return phones;
}

/**
 * Named contacts, checked by contactProblems (a name or a title, a Belgian phone, an email) and
 * normalised (trimmed, blank as null, phone in E.164); `fieldOf` names a field of the i-th contact
 * as the format spells it.
 */
export function contactsOf(
  contacts: readonly ContactRecord[],
  fieldOf: (index: number, key: keyof ContactRecord) => string,
  check: RecordProblems,
): ContactRecord[] {
  for (const problem of contactProblems(contacts, 'c')) {
    const [, index, key] = /^c\[(\d+)\]\.(\w+)$/.exec(problem.field ?? '') ?? [];
    check.add(fieldOf(Number(index), key as keyof ContactRecord), problem.message);
  }
  return normaliseContacts(contacts);
}

export function emailOf(value: string | null | undefined, field: string, check: RecordProblems) {
  const email = blank(value);
  if (email === null) {
    return null;
  }
  const problems = emailProblems(email, field);
  check.addAll(problems);
  return problems.length === 0 ? email : null;
}

export function websiteOf(value: string | null | undefined, field: string, check: RecordProblems) {
  const url = blank(value);
  if (url === null) {
    return null;
  }
  const problems = urlProblems(url, field);
  check.addAll(problems);
  return problems.length === 0 ? url : null;
}

/** An enterprise number (KBO/BCE) in any usual spelling → its 10 digits, check digits verified. */
export function enterpriseNumberOf(
  value: string | null | undefined,
  field: string,
  check: RecordProblems,
): string | null {
  const text = blank(value);
  if (text === null) {
    return null;
  }
  const problems = enterpriseNumberProblems(text, field);
  check.addAll(problems);
  return problems.length === 0 ? normaliseEnterpriseNumber(text) : null;
}

/**
 * ISO 639-1 codes, once each. Case and region subtags are normalised ('FR', 'fr-BE' → 'fr');
 * anything else that is not a code is reported.
 */
export function languagesOf(codes: readonly string[], fieldOf: FieldOf, check: RecordProblems) {
  const languages: string[] = [];
  codes.forEach((raw, index) => {
    const code = raw.trim().toLowerCase().split(/[-_]/)[0] ?? '';
    if (languages.includes(code)) {
      return;
    }
    const problems = languageProblems([code === '' ? raw : code], fieldOf(index));
    if (problems.length > 0) {
      check.addAll(problems.map((problem) => ({ ...problem, field: fieldOf(index) })));
    } else {
      languages.push(code);
    }
  });
  return languages;
}

function codesOf(
  codes: readonly string[],
  known: ReadonlySet<string>,
  what: string,
  fieldOf: FieldOf,
  check: RecordProblems,
): string[] {
  const kept: string[] = [];
  codes.forEach((raw, index) => {
    const code = raw.trim();
    if (!known.has(code)) {
      const list = [...known].join(', ');
      check.add(fieldOf(index), `'${raw}' is not a ${what} code: expected one of ${list}`);
    } else if (!kept.includes(code)) {
      kept.push(code);
    }
  });
  return kept;
}

/** Codes of SERVICE_TYPES; unknown codes are reported. */
export function typeCodesOf(codes: readonly string[], fieldOf: FieldOf, check: RecordProblems) {
  return codesOf(codes, SERVICE_TYPE_CODES, 'service type', fieldOf, check);
}

/** Codes of TARGET_PUBLICS; unknown codes are reported. */
export function publicCodesOf(codes: readonly string[], fieldOf: FieldOf, check: RecordProblems) {
  return codesOf(codes, TARGET_PUBLIC_CODES, 'target public', fieldOf, check);
}

/** Territory ids such as 'commune:21004' or 'bassin:nord'. */
export function territoryIdsOf(ids: readonly string[], fieldOf: FieldOf, check: RecordProblems) {
  const kept: string[] = [];
  ids.forEach((raw, index) => {
    const id = raw.trim();
    if (!TERRITORY_ID.test(id)) {
      check.add(
        fieldOf(index),
        `'${raw}' is not a territory id: expected <layer>:<code> with a layer among ${TERRITORY_PREFIXES.join(', ')}`,
      );
    } else if (!kept.includes(id)) {
      kept.push(id);
    }
  });
  return kept;
}

export function isCommuneNis(nis: string): boolean {
  return COMMUNE_NIS.has(nis);
}

/** A NIS code of one of the 19 communes, or null (reported). */
export function communeNisChecked(nis: string, field: string, check: RecordProblems) {
  if (isCommuneNis(nis)) {
    return nis;
  }
  check.add(field, `'${nis}' is not the NIS code of one of the 19 Brussels communes (21001–21019)`);
  return null;
}

/** Opening hours, checked by openingHoursProblems (times, overlaps, exceptions). */
export function openingHoursChecked(hours: OpeningHours, field: string, check: RecordProblems) {
  check.addAll(openingHoursProblems(hours, field));
  return hours;
}

/** A date YYYY-MM-DD that exists, or null (reported). */
export function isoDateOf(value: string | null | undefined, field: string, check: RecordProblems) {
  const text = blank(value);
  if (text === null) {
    return null;
  }
  const parsed = ISO_DATE.test(text) ? new Date(`${text}T00:00:00Z`) : null;
  if (!parsed || Number.isNaN(parsed.getTime()) || parsed.toISOString().slice(0, 10) !== text) {
    check.add(field, `'${text}' is not a date: expected YYYY-MM-DD`);
    return null;
  }
  return text;
}

/** Reports a record that has neither a French nor a Dutch name. */
export function requireName(
  names: { nameFr: string | null; nameNl: string | null },
  field: string,
  check: RecordProblems,
): void {
  if (names.nameFr === null && names.nameNl === null) {
    check.add(field, 'the record has no name: give a French or a Dutch name');
  }
}

/**
 * A parent organisation named by our id ('org:…'), or null; one that is malformed or the
 * organisation itself is reported (whether it exists is checked when the records are written).
 */
export function parentIdOf(
  value: string | null | undefined,
  organisationId: string,
  field: string,
  check: RecordProblems,
): string | null {
  const id = blank(value);
  if (id === null) {
    return null;
  }
  if (!id.startsWith('org:')) {
    check.add(field, `'${id}' is not an organisation id: expected 'org:…'`);
    return null;
  }
  if (id === organisationId) {
    check.add(field, 'an organisation cannot be its own parent');
    return null;
  }
  return id;
}

/** `services[3]` + ['phones', 0, 'number'] → 'services[3].phones[0].number'. */
export function fieldPath(prefix: string, path: readonly PropertyKey[]): string {
  return path.reduce<string>((field, key) => {
    if (typeof key === 'number') {
      return `${field}[${key}]`;
    }
    return field ? `${field}.${String(key)}` : String(key);
  }, prefix);
}

/** zod's issues as problems of one record ('$' names the document itself). */
export function zodProblems(error: z.ZodError, prefix: string, line: number): Problem[] {
  return error.issues.map((issue) => ({
    line,
    field: fieldPath(prefix, issue.path) || '$',
    message: issue.message,
  }));
}
