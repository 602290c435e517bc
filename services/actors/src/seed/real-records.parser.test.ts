import { parseSeedCsv, readSeedGeoJson, readSeedText } from '@bxl/common';

import { SERVICE_TYPES } from '../modules/taxonomy/taxonomy.data';
import {
  REAL_OPENING_HOURS,
  REAL_PARENT_ORGANISATIONS,
  REAL_SERVICE_AREAS,
} from './real-record-notes';
import { parseRealRecords } from './real-records.parser';

const csv = readSeedText('services-seed.csv');
const seed = parseRealRecords(csv);
const communes = new Set(
  readSeedGeoJson('communes-19.geojson').features.map((f) => String(f.properties?.national_code)),
);
const typeCodes = new Set(SERVICE_TYPES.map((term) => term.code));
const E164_BE = /^\+32[1-9]\d{7,8}$/;
const ISO_639_1 = /^[a-z]{2}$/;

describe('parseRealRecords (seed/data/services-seed.csv)', () => {
  it('makes one service per row, grouped into organisations and sites', () => {
    const rows = parseSeedCsv(csv);
    expect(seed.services).toHaveLength(rows.length);
    expect(seed.organisations.length).toBeLessThan(rows.length);
    const freeClinic = seed.organisations.find((org) => org.id === 'org:free-clinic');
    const services = seed.services.filter((svc) => svc.organisationId === freeClinic?.id);
    expect(services).toHaveLength(4);
    expect(new Set(services.flatMap((svc) => svc.siteIds)).size).toBe(1);
    expect(seed.organisations.map((org) => org.id)).toContain('org:cpas-d-anderlecht');
  });

  it('uses valid type codes, communes, phones and languages', () => {
    for (const service of seed.services) {
      expect(service.typeCodes.length).toBeGreaterThan(0);
      service.typeCodes.forEach((code) => expect(typeCodes.has(code)).toBe(true));
      service.languages.forEach((code) => expect(code).toMatch(ISO_639_1));
    }
    for (const site of seed.sites) {
      expect(communes.has(site.communeNis)).toBe(true);
    }
    const phones = [...seed.organisations, ...seed.sites].flatMap((record) => record.phones);
    expect(phones.length).toBeGreaterThan(10);
    phones.forEach((phone) => expect(phone).toMatch(E164_BE));
  });

  it('never invents a position, and marks every record as real with its source', () => {
    for (const site of seed.sites) {
      expect(site.latitude).toBeNull();
      expect(site.longitude).toBeNull();
    }
    for (const record of [...seed.organisations, ...seed.sites, ...seed.services]) {
      expect(record.synthetic).toBe(false);
      expect(record.source).toMatch(/^https?:\/\//);
    }
    for (const service of seed.services) {
      expect(Object.values(service.access).every((value) => value === false)).toBe(true);
      expect(service.status).toBe('ACTIVE');
      expect(service.serviceAreaIds).toEqual(REAL_SERVICE_AREAS[service.nameFr as string] ?? []);
    }
    const withHours = seed.sites.filter((site) => site.openingHours);
    expect(withHours.length).toBe(Object.keys(REAL_OPENING_HOURS).length);
    withHours.forEach((site) => expect(site.openingHours?.note).toMatch(/^As the source states/));
  });

  it('names every row its hand-made notes speak of', () => {
    const names = new Set(parseSeedCsv(csv).map((row) => row.name_fr));
    const keys = [
      ...Object.keys(REAL_OPENING_HOURS),
      ...Object.keys(REAL_SERVICE_AREAS),
      ...Object.entries(REAL_PARENT_ORGANISATIONS).flat(),
    ];
    expect(keys.filter((key) => !names.has(key))).toEqual([]);
    const antenne = seed.organisations.find((org) =>
      org.nameFr?.startsWith('Entraide de Saint-Gilles'),
    );
    expect(antenne?.parentOrganisationId).toBe('org:centre-d-aide-aux-personnes-brabantia');
  });

  it('maps the home-care types and the agréments, and reports what it cannot carry', () => {
    const typesOf = (prefix: string) =>
      seed.services.filter((svc) => svc.nameFr?.startsWith(prefix)).map((svc) => svc.typeCodes);
    expect(typesOf('ASD Bruxelles')).toEqual([
      ['home-help'],
      ['home-nursing', 'home-care-coordination'],
    ]);
    expect(typesOf('Soins Chez Soi')).toEqual([['home-care-coordination']]);
    const withAgrement = seed.organisations.filter((org) => (org.agrements ?? []).length > 0);
    expect(withAgrement.length).toBeGreaterThanOrEqual(15);
    const freeClinic = seed.organisations.find((org) => org.id === 'org:free-clinic');
    expect(freeClinic?.agrements?.map((a) => [a.authority, a.kind])).toEqual([
      ['COCOF', 'Service de santé mentale (SSM)'],
      ['COCOF', 'Service de médiation de dettes'],
      ['COCOF', 'Centre de planning familial'],
    ]);
    expect(seed.unmapped).toContainEqual(
      expect.objectContaining({
        field: 'agrement',
        value: 'unknown',
        reason: 'the source does not say',
      }),
    );
    expect(seed.unmapped).toContainEqual(
      expect.objectContaining({ name: 'Wolu-Services', field: 'commune_fr' }),
    );
  });

  it('gives unique ids that are the same on every parse, and links only to known ids', () => {
    const ids = [...seed.organisations, ...seed.sites, ...seed.services].map((record) => record.id);
    expect(new Set(ids).size).toBe(ids.length);
    expect(parseRealRecords(csv)).toEqual(seed);
    const organisationIds = new Set(seed.organisations.map((org) => org.id));
    const siteIds = new Set(seed.sites.map((site) => site.id));
    for (const service of seed.services) {
      expect(organisationIds.has(service.organisationId)).toBe(true);
      service.siteIds.forEach((id) => expect(siteIds.has(id)).toBe(true));
    }
  });

  it('places a row with an uncertain commune nowhere', () => {
    const wolu = seed.services.find((svc) => svc.nameFr === 'Wolu-Services');
    expect(wolu?.siteIds).toEqual([]);
  });
});
