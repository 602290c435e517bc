import type { Problem } from '@bxl/common';
import { z } from 'zod';

import { communeNisOf, communeNisOfPostcode } from '../../records/communes';
import type { OrganisationRecord, ServiceRecord, SiteRecord } from '../../records/registry-records';
import {
  emailOf,
  RecordProblems,
  requireName,
  websiteOf,
  zodProblems,
} from '../interchange.fields';
import { blank, emptyRecords, RecordIds } from '../interchange.records';
import type { ImportResult } from '../interchange.records';
import {
  agreementsOf,
  labelsOf,
  languageOfferOf,
  phonesOf,
  positionOf,
  withScheme,
} from './bruxelles-social.fields';
import { categoryCodeOf, isoDateText } from './bruxelles-social.mapping';
import { noAccess } from '../../records/registry-records';

const text = z.string().nullish();
const scalar = z.union([z.string(), z.number()]).nullish();
const loose = z.union([z.string(), z.number(), z.record(z.string(), z.unknown())]);

const organisationSchema = z.object({
  id: z.union([z.string().trim().min(1), z.number()], {
    error: "expected the record's id, a number or a text",
  }),
  nameOfficialFr: text,
  nameOfficialNl: text,
  descriptionFr: text,
  descriptionNl: text,
  address: z
    .object({
      streetFr: text,
      streetNl: text,
      number: scalar,
      zipCode: scalar,
      municipalityFr: text,
      municipalityNl: text,
      lat: scalar,
      lon: scalar,
    })
    .nullish(),
  telFr: text,
  telNl: text,
  emailFr: text,
  websiteOfficialFr: text,
  websiteOfficialNl: text,
  categories: z.array(loose).nullish(),
  agreements: z.array(loose).nullish(),
  languageoffer: z.union([loose, z.array(loose)]).nullish(),
  legalStatus: loose.nullish(),
  lastUpdate: text,
});

type BruxellesSocialOrganisation = z.infer<typeof organisationSchema>;

export interface BruxellesSocialImportResult extends ImportResult {
  /** What was left out or guessed (unknown categories, positions outside Brussels…): not errors. */
  warnings: Problem[];
}

const EXTERNAL_PREFIX = 'bruxelles-social:';

function sourceOf(input: BruxellesSocialOrganisation, warn: RecordProblems): string {
  const source = `Bruxelles Social, organisation ${input.id}`;
  const lastUpdate = blank(input.lastUpdate);
  if (lastUpdate === null) {
    return source;
  }
  const date = isoDateText(lastUpdate);
  if (!/^\d{4}-\d{2}-\d{2}$/.test(date)) {
    warn.add('lastUpdate', `'${lastUpdate}' is not a date: left out of the source`);
    return source;
  }
  return `${source} (last update ${date})`;
}

/** The site's commune: its municipality (FR or NL name), else its postcode; null is an error. */
function communeOf(
  input: BruxellesSocialOrganisation,
  check: RecordProblems,
  warn: RecordProblems,
) {
  const address = input.address ?? {};
  const names = [blank(address.municipalityFr), blank(address.municipalityNl)];
  const zip = blank(String(address.zipCode ?? ''));
  const malformed = zip !== null && !/^\d{4}$/.test(zip);
  if (malformed) {
    check.add('address.zipCode', `'${zip}' is not a Belgian postcode (4 digits)`);
  }
  const byName = names.map((name) => (name ? communeNisOf(name) : null)).find(Boolean) ?? null;
  const byZip = zip ? communeNisOfPostcode(zip) : null;
  const named = names.find(Boolean);
  if (!byName && named && byZip) {
    warn.add(
      'address.municipalityFr',
      `'${named}' is not a commune we know: taken from the postcode ${zip}`,
    );
  }
  if (!byName && !byZip && !malformed) {
    check.add(
      zip ? 'address.zipCode' : 'address.municipalityFr',
      `neither the postcode '${zip ?? ''}' nor the municipality '${named ?? ''}' is one of the 19 Brussels communes`,
    );
  }
  return byName ?? byZip;
}

interface Built {
  organisation: OrganisationRecord;
  site: SiteRecord | null;
  service: ServiceRecord;
}

function build(
  input: BruxellesSocialOrganisation,
  ids: RecordIds,
  check: RecordProblems,
  warn: RecordProblems,
): Built {
  const names = { nameFr: blank(input.nameOfficialFr), nameNl: blank(input.nameOfficialNl) };
  requireName(names, 'nameOfficialFr', check);
  const texts = {
    ...names,
    descriptionFr: blank(input.descriptionFr),
    descriptionNl: blank(input.descriptionNl),
  };
  const name = names.nameFr ?? names.nameNl ?? `organisation ${input.id}`;
  const externalId = `${EXTERNAL_PREFIX}${input.id}`;
  const provenance = { externalId, synthetic: false, source: sourceOf(input, warn) };
  const websiteField = blank(input.websiteOfficialFr) ? 'websiteOfficialFr' : 'websiteOfficialNl';
  const organisation: OrganisationRecord = {
    id: ids.next('org', name),
    ...provenance,
    agrements: agreementsOf(input.agreements ?? [], check),
    ...texts,
    legalStatus: labelsOf(input.legalStatus)[0] ?? null,
    enterpriseNumber: null,
    website: websiteOf(
      withScheme(input.websiteOfficialFr ?? input.websiteOfficialNl),
      websiteField,
      check,
    ),
    email: emailOf(input.emailFr, 'emailFr', check),
    phones: phonesOf(
      [
        ['telFr', input.telFr],
        ['telNl', input.telNl],
      ],
      check,
    ),
  };
  const address = input.address ?? {};
  const street = {
    streetFr: blank(address.streetFr),
    streetNl: blank(address.streetNl),
    number: blank(String(address.number ?? '')),
  };
  const hasAddress = [
    street.streetFr,
    street.streetNl,
    blank(String(address.zipCode ?? '')),
    blank(address.municipalityFr),
    blank(address.municipalityNl),
  ].some(Boolean);
  const communeNis = hasAddress ? communeOf(input, check, warn) : null;
  const site: SiteRecord | null = communeNis
    ? {
        id: ids.next(
          'site',
          `${name} ${[street.streetFr ?? street.streetNl, street.number].join(' ')}`,
        ),
        ...provenance,
        organisationId: organisation.id,
        ...names,
        ...street,
        postcode: blank(String(address.zipCode ?? '')),
        communeNis,
        ...positionOf(address.lat, address.lon, warn),
        phones: [],
        openingHours: null,
      }
    : null;
  const typeCodes: string[] = [];
  (input.categories ?? []).forEach((category, index) => {
    const labels = labelsOf(category);
    const code = categoryCodeOf(labels);
    if (!code) {
      const what =
        labels.length > 0 ? `'${labels.join(' / ')}' is not a category we map` : 'no label';
      warn.add(`categories[${index}]`, `${what}: counted as 'other'`);
    }
    if (!typeCodes.includes(code ?? 'other')) {
      typeCodes.push(code ?? 'other');
    }
  });
  if (typeCodes.length === 0) {
    warn.add('categories', "no category: the service is typed 'other'");
  }
  const service: ServiceRecord = {
    id: ids.next('svc', name),
    ...provenance,
    organisationId: organisation.id,
    typeCodes: typeCodes.length > 0 ? typeCodes : ['other'],
    ...texts,
    publicCodes: [],
    languages: languageOfferOf(input.languageoffer, check, warn),
    access: noAccess(),
    status: 'ACTIVE',
    siteIds: site ? [site.id] : [],
    serviceAreaIds: [],
  };
  return { organisation, site, service };
}

/**
 * Bruxelles Social's organisation JSON (an array) → one organisation, one site (if it has a
 * Brussels address) and one service (typed from its categories) each, all with externalId
 * `bruxelles-social:<id>`. Never throws. Problems are errors (`line` = 1-based index in the array,
 * `field` = the source field); warnings report what was left out or guessed.
 */
export function fromBruxellesSocial(json: unknown): BruxellesSocialImportResult {
  const reader = new BruxellesSocialReader();
  if (!Array.isArray(json)) {
    return reader.notAnArray();
  }
  json.forEach((raw: unknown) => reader.add(raw));
  return reader.result();
}

/** The array's records one at a time (whole document or streamed upload alike). */
export class BruxellesSocialReader {
  private readonly problems: Problem[] = [];
  private readonly warnings: Problem[] = [];
  private readonly records = emptyRecords();
  private readonly ids = new RecordIds();
  private readonly firstLineOf = new Map<string, number>();
  private line = 0;

  /** The next element of the array. */
  add(raw: unknown): void {
    this.line += 1;
    const line = this.line;
    const parsed = organisationSchema.safeParse(raw);
    if (!parsed.success) {
      this.problems.push(...zodProblems(parsed.error, '', line));
      return;
    }
    const check = new RecordProblems(this.problems, line);
    const id = String(parsed.data.id).trim();
    const earlier = this.firstLineOf.get(id);
    if (earlier) {
      check.add('id', `'${id}' is also the id of record ${earlier}`);
    } else {
      this.firstLineOf.set(id, line);
    }
    const warn = new RecordProblems(this.warnings, line);
    const built = build({ ...parsed.data, id }, this.ids, check, warn);
    this.records.organisations.push(built.organisation);
    this.records.sites.push(...(built.site ? [built.site] : []));
    this.records.services.push(built.service);
  }

  notAnArray(): BruxellesSocialImportResult {
    const problems = [{ line: 0, field: '$', message: 'expected an array of organisations' }];
    return { records: emptyRecords(), problems, warnings: [] };
  }

  result(): BruxellesSocialImportResult {
    return { records: this.records, problems: this.problems, warnings: this.warnings };
  }
}
