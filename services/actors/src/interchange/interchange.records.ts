import type { Problem } from '@bxl/common';

import { IdAllocator } from '../records/record-ids';
import type {
  AccessConditions,
  OrganisationRecord,
  RegistryRecords,
  ServiceRecord,
  SiteRecord,
} from '../records/registry-records';

/** What every importer returns; it never throws on bad data. */
export interface ImportResult {
  records: RegistryRecords;
  /** Errors: each names its record (`line`) and its field. Do not write records when not empty. */
  problems: Problem[];
}

/** The access conditions as taxonomy terms (HSDS attributes, CSV `svc_access` codes). */
export const ACCESS_TERMS: ReadonlyArray<{
  key: keyof AccessConditions;
  code: string;
  fr: string;
  nl: string;
}> = [
  { key: 'lowThreshold', code: 'low-threshold', fr: 'Bas seuil', nl: 'Laagdrempelig' },
  {
    key: 'withoutAppointment',
    code: 'without-appointment',
    fr: 'Sans rendez-vous',
    nl: 'Zonder afspraak',
  },
  { key: 'free', code: 'free', fr: 'Gratuit', nl: 'Gratis' },
  {
    key: 'acceptsUninsured',
    code: 'accepts-uninsured',
    fr: 'Accessible sans mutuelle',
    nl: 'Ook zonder ziekenfonds',
  },
  {
    key: 'acceptsAmu',
    code: 'accepts-amu',
    fr: 'Aide médicale urgente (AMU) acceptée',
    nl: 'Dringende medische hulp (DMH) aanvaard',
  },
  { key: 'anonymous', code: 'anonymous', fr: 'Anonyme', nl: 'Anoniem' },
];

/** The layers a service area may name, as territory id prefixes ("commune:21004"). */
export const TERRITORY_PREFIXES = [
  'sector',
  'quartier',
  'commune',
  'groupement',
  'bassin',
  'region',
] as const;

/** A trimmed string, or null when absent or blank. */
export function blank(value: string | null | undefined): string | null {
  const trimmed = value?.trim();
  return trimmed ? trimmed : null;
}

export function emptyRecords(): RegistryRecords {
  return { organisations: [], sites: [], services: [] };
}

const byId = <T extends { id: string }>(a: T, b: T) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);

/**
 * The documented normalisation of the interchange formats: every array in id order, and the
 * optional fields made explicit (`externalId: null`, `agrements: []`, `contacts: []`, `openingHours: null`, the
 * HSDS texts and the parent `null`). An import of an export gives back exactly
 * `canonicalRecords(records)`.
 */
export function canonicalRecords(records: RegistryRecords): RegistryRecords {
  const organisations: OrganisationRecord[] = records.organisations
    .map((org) => ({
      ...org,
      externalId: org.externalId ?? null,
      agrements: org.agrements ?? [],
      alternateNameFr: org.alternateNameFr ?? null,
      alternateNameNl: org.alternateNameNl ?? null,
      parentOrganisationId: org.parentOrganisationId ?? null,
    }))
    .sort(byId);
  const sites: SiteRecord[] = records.sites
    .map((site) => ({
      ...site,
      externalId: site.externalId ?? null,
      contacts: site.contacts ?? [],
      openingHours: site.openingHours ?? null,
    }))
    .sort(byId);
  const services: ServiceRecord[] = records.services
    .map((svc) => ({
      ...svc,
      externalId: svc.externalId ?? null,
      eligibilityFr: svc.eligibilityFr ?? null,
      eligibilityNl: svc.eligibilityNl ?? null,
      howToApplyFr: svc.howToApplyFr ?? null,
      howToApplyNl: svc.howToApplyNl ?? null,
      costFr: svc.costFr ?? null,
      costNl: svc.costNl ?? null,
    }))
    .sort(byId);
  return { organisations, sites, services };
}

/** Records sorted by id (a copy), for deterministic exports. */
export function sortedById<T extends { id: string }>(records: readonly T[]): T[] {
  return [...records].sort(byId);
}

/**
 * Our readable ids for imported records: ids the file gives are kept (`take`), the others are
 * generated from names (`next`) without ever reusing a kept or generated id.
 */
export class RecordIds {
  private readonly allocator = new IdAllocator();
  private readonly taken = new Set<string>();

  /** Reserves an id the file gives; false if it is already taken. */
  take(id: string): boolean {
    if (this.taken.has(id)) {
      return false;
    }
    this.taken.add(id);
    return true;
  }

  has(id: string): boolean {
    return this.taken.has(id);
  }

  next(prefix: 'org' | 'site' | 'svc', base: string): string {
    let id = this.allocator.next(prefix, base);
    while (this.taken.has(id)) {
      id = this.allocator.next(prefix, base);
    }
    this.taken.add(id);
    return id;
  }
}
