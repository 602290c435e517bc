import { parseSeedCsv } from '@bxl/common';
import type { SeedCsvRow } from '@bxl/common';

import { SERVICE_TYPES } from '../modules/taxonomy/taxonomy.data';
import { communeNisOf, communeNisOfPostcode } from '../records/communes';
import { parseAddress, parseBelgianPhones, parseLanguages } from '../records/field-parsers';
import type { ParsedAddress } from '../records/field-parsers';
import { IdAllocator, slugify } from '../records/record-ids';
import { noAccess } from '../records/registry-records';
import type {
  RegistryRecords,
  OrganisationRecord,
  ServiceRecord,
  SiteRecord,
} from '../records/registry-records';
import { readAgrementCell } from './real-record-agrements';
import {
  REAL_OPENING_HOURS,
  REAL_PARENT_ORGANISATIONS,
  REAL_SERVICE_AREAS,
} from './real-record-notes';

/** The `type` column of services-seed.csv (lower-case, no accents) → SERVICE_TYPES code. */
const TYPE_CODES: Readonly<Record<string, string>> = {
  ssm: 'mental-health',
  'maison medicale': 'medical-house',
  casg: 'casg',
  cpas: 'cpas',
  'planning familial': 'family-planning',
  assuetudes: 'addiction',
  'mediation de dettes': 'debt-mediation',
  'coordination sociale / clss': 'social-coordination',
  'aide a domicile': 'home-help',
};

/** `soins a domicile` rows name what they do: nursing, coordination, or both. */
function homeCareCodes(name: string): string[] {
  const codes = [
    /infirmi/i.test(name) ? 'home-nursing' : null,
    /coordination/i.test(name) ? 'home-care-coordination' : null,
  ].filter((code): code is string => code !== null);
  return codes.length > 0 ? codes : ['home-nursing'];
}

/**
 * Rows whose name does not start with their organisation's name ("Activity – Organisation, site").
 * Every other row's organisation is its name before " – ", without a parenthesised note.
 */
const ORGANISATION_OF: Readonly<Record<string, string>> = {
  "Addictions – Clinique de l'Europe, site St-Michel": "Clinique de l'Europe",
};

const UNCERTAIN = /uncertain|incertain|\?/i;
const SOURCE_SEPARATOR = ' | ';

const blank = (value: string | undefined) => (value?.trim() ? value.trim() : null);

/** The type codes of a row: its `type` column mapped (unknown types are 'other'), by name for home care. */
export function typeCodesOf(type: string, name = ''): string[] {
  const key = type
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
  const codes = key === 'soins a domicile' ? homeCareCodes(name) : [TYPE_CODES[key] ?? 'other'];
  return codes.map((code) => (SERVICE_TYPES.some((term) => term.code === code) ? code : 'other'));
}

const typeLabelOf = (code: string) => SERVICE_TYPES.find((term) => term.code === code)?.fr ?? code;

/** A value of services-seed.csv that does not reach the API as given, and why. */
export interface UnmappedValue {
  /** Row number in the file (1 = the first record after the header). */
  row: number;
  name: string;
  field: string;
  value: string;
  reason: string;
}

export interface RealRecords extends RegistryRecords {
  unmapped: UnmappedValue[];
}

export function organisationNameOf(name: string | null): string | null {
  if (!name) {
    return null;
  }
  const explicit = ORGANISATION_OF[name];
  if (explicit) {
    return explicit;
  }
  const head = name.split(' – ')[0] as string;
  return head.replace(/\s*\([^)]*\)\s*$/, '').trim() || name;
}

/** The commune of a row: `commune_fr`, else its postcode; null (with why) when absent or uncertain. */
function communeOfRow(
  row: SeedCsvRow,
  address: ParsedAddress,
): { nis: string | null; why?: string } {
  const commune = blank(row.commune_fr);
  if (commune) {
    if (UNCERTAIN.test(commune)) {
      return { nis: null, why: 'marked uncertain by the source notes: no site is placed' };
    }
    const nis = communeNisOf(commune);
    return nis ? { nis } : { nis: null, why: 'not one of the 19 communes' };
  }
  const postcode = blank(row.postcode) ?? address.postcode;
  return { nis: postcode ? communeNisOfPostcode(postcode) : null };
}

const addUnique = (list: string[], values: readonly string[]) => {
  for (const value of values) {
    if (!list.includes(value)) {
      list.push(value);
    }
  }
};

const addSource = (record: { source: string }, source: string) => {
  if (!record.source.split(SOURCE_SEPARATOR).includes(source)) {
    record.source = `${record.source}${SOURCE_SEPARATOR}${source}`;
  }
};

/**
 * services-seed.csv → records: one organisation per distinct organisation name, one site per
 * distinct address (or, without an address, per commune) of an organisation, one service per row.
 * Nothing is invented: no position (the file is not geocoded), no access condition, no public;
 * hours, service areas and parent organisations only where a row's note states them
 * (real-record-notes.ts). A row without a known commune has no site (its service is found by the
 * service area its note states, if any). Every value that cannot be carried is in `unmapped`.
 */
export function parseRealRecords(csvText: string): RealRecords {
  const ids = new IdAllocator();
  const organisations = new Map<string, OrganisationRecord>();
  const organisationOfRow = new Map<string, OrganisationRecord>();
  const sites = new Map<string, SiteRecord>();
  const services: ServiceRecord[] = [];
  const unmapped: UnmappedValue[] = [];

  for (const [index, row] of parseSeedCsv(csvText).entries()) {
    const nameFr = blank(row.name_fr);
    const nameNl = blank(row.name_nl);
    if (!nameFr && !nameNl) {
      continue;
    }
    const rowName = (nameFr ?? nameNl) as string;
    const report = (field: string, reason: string) =>
      unmapped.push({ row: index + 1, name: rowName, field, value: row[field] ?? '', reason });
    const typeCodes = typeCodesOf(row.type ?? '', rowName);
    const addressStatus = blank(row.address_status);
    const source = [
      blank(row.source_url),
      addressStatus ? `address: ${addressStatus}` : null,
      blank(row.retrieved_note),
    ]
      .filter(Boolean)
      .join(' — ');
    const phones = parseBelgianPhones(row.phone ?? '');
    const orgNameFr = organisationNameOf(nameFr);
    const orgNameNl = organisationNameOf(nameNl);
    const orgKey = slugify((orgNameFr ?? orgNameNl) as string);

    let organisation = organisations.get(orgKey);
    if (!organisation) {
      organisation = {
        id: ids.next('org', orgKey),
        nameFr: orgNameFr,
        nameNl: orgNameNl,
        descriptionFr: null,
        descriptionNl: null,
        legalStatus: null,
        enterpriseNumber: null,
        website: null,
        email: null,
        phones: [],
        agrements: [],
        synthetic: false,
        source,
      };
      organisations.set(orgKey, organisation);
    }
    organisationOfRow.set(rowName, organisation);
    const reading = readAgrementCell(row.agrement ?? '', typeLabelOf(typeCodes[0] as string));
    if (reading.reason) {
      report('agrement', reading.reason);
    }
    for (const agrement of reading.agrements) {
      const known = organisation.agrements ?? [];
      if (!known.some((a) => a.authority === agrement.authority && a.kind === agrement.kind)) {
        organisation.agrements = [...known, agrement];
      }
    }
    organisation.nameNl ??= orgNameNl;
    organisation.website ??= blank(row.website);
    organisation.email ??= blank(row.email);
    addUnique(organisation.phones, phones);
    addSource(organisation, source);

    const rawAddress = blank(row.address);
    const address = parseAddress(rawAddress ?? '');
    const { nis: communeNis, why } = communeOfRow(row, address);
    if (why) {
      report('commune_fr', why);
    }
    if (blank(row.phone) && phones.length === 0) {
      report('phone', 'no Belgian phone number in the cell');
    }
    const languages = parseLanguages(row.languages ?? '');
    if (blank(row.languages) && languages.length === 0) {
      report('languages', 'names no language');
    }
    const siteIds: string[] = [];
    if (communeNis) {
      const place = rawAddress ? slugify(rawAddress) : `commune-${communeNis}`;
      const siteKey = `${organisation.id}|${place}`;
      let site = sites.get(siteKey);
      if (!site) {
        const street = [address.streetFr ?? address.streetNl, address.number].filter(Boolean);
        const where = street.length > 0 ? street.join(' ') : (blank(row.commune_fr) ?? communeNis);
        site = {
          id: ids.next('site', `${orgKey} ${where}`),
          organisationId: organisation.id,
          nameFr: orgNameFr,
          nameNl: orgNameNl,
          ...address,
          postcode: blank(row.postcode) ?? address.postcode,
          communeNis,
          latitude: null,
          longitude: null,
          phones: [],
          openingHours: REAL_OPENING_HOURS[rowName] ?? null,
          synthetic: false,
          source,
        };
        sites.set(siteKey, site);
      }
      addUnique(site.phones, phones);
      addSource(site, source);
      siteIds.push(site.id);
    }

    services.push({
      id: ids.next('svc', rowName),
      organisationId: organisation.id,
      typeCodes,
      nameFr,
      nameNl,
      descriptionFr: null,
      descriptionNl: null,
      publicCodes: [],
      languages,
      access: noAccess(),
      status: 'ACTIVE',
      siteIds,
      serviceAreaIds: [...(REAL_SERVICE_AREAS[rowName] ?? [])],
      synthetic: false,
      source,
    });
  }
  for (const [rowName, parentName] of Object.entries(REAL_PARENT_ORGANISATIONS)) {
    const child = organisationOfRow.get(rowName);
    const parent = organisationOfRow.get(parentName);
    if (child && parent && child !== parent) {
      child.parentOrganisationId = parent.id;
    }
  }
  return {
    organisations: [...organisations.values()],
    sites: [...sites.values()],
    services,
    unmapped,
  };
}
