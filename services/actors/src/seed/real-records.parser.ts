import { SERVICE_TYPES } from '../modules/taxonomy/taxonomy.data';
import { communeNisOf, communeNisOfPostcode } from './brussels-communes';
import { parseAddress, parseBelgianPhones, parseLanguages } from './real-record-fields';
import type { ParsedAddress } from './real-record-fields';
import { parseCsvText } from './seed-data';
import type { CsvRow } from './seed-data';
import type { ActorSeed, OrganisationRecord, ServiceRecord, SiteRecord } from './seed-records';
import { IdAllocator, slugify } from './slug';
import { noAccess } from './seed-records';

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
};

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

export function typeCodeOf(type: string): string {
  const key = type
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/\s+/g, ' ')
    .trim();
  const code = TYPE_CODES[key] ?? 'other';
  return SERVICE_TYPES.some((term) => term.code === code) ? code : 'other';
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

/** The commune of a row: `commune_fr`, else its postcode; null when absent or marked uncertain. */
function communeOfRow(row: CsvRow, address: ParsedAddress): string | null {
  const commune = blank(row.commune_fr);
  if (commune) {
    return UNCERTAIN.test(commune) ? null : communeNisOf(commune);
  }
  const postcode = blank(row.postcode) ?? address.postcode;
  return postcode ? communeNisOfPostcode(postcode) : null;
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
 * Nothing is invented: no position (the file is not geocoded), no access condition, no public.
 * A row without a known commune has no site (its service is listed without a place).
 */
export function parseRealRecords(csvText: string): ActorSeed {
  const ids = new IdAllocator();
  const organisations = new Map<string, OrganisationRecord>();
  const sites = new Map<string, SiteRecord>();
  const services: ServiceRecord[] = [];

  for (const row of parseCsvText(csvText)) {
    const nameFr = blank(row.name_fr);
    const nameNl = blank(row.name_nl);
    if (!nameFr && !nameNl) {
      continue;
    }
    const source = [blank(row.source_url), blank(row.retrieved_note)].filter(Boolean).join(' — ');
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
        synthetic: false,
        source,
      };
      organisations.set(orgKey, organisation);
    }
    organisation.nameNl ??= orgNameNl;
    organisation.website ??= blank(row.website);
    organisation.email ??= blank(row.email);
    addUnique(organisation.phones, phones);
    addSource(organisation, source);

    const rawAddress = blank(row.address);
    const address = parseAddress(rawAddress ?? '');
    const communeNis = communeOfRow(row, address);
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
      id: ids.next('svc', (nameFr ?? nameNl) as string),
      organisationId: organisation.id,
      typeCodes: [typeCodeOf(row.type ?? '')],
      nameFr,
      nameNl,
      descriptionFr: null,
      descriptionNl: null,
      publicCodes: [],
      languages: parseLanguages(row.languages ?? ''),
      access: noAccess(),
      status: 'ACTIVE',
      siteIds,
      serviceAreaIds: [],
      synthetic: false,
      source,
    });
  }
  return { organisations: [...organisations.values()], sites: [...sites.values()], services };
}
