import { SERVICE_TYPES, TARGET_PUBLICS } from '../modules/taxonomy/taxonomy.data';
import { pointInMultiPolygon } from './point-in-polygon';
import type { MultiPolygonCoordinates } from './point-in-polygon';
import { readSeedCsv, readSeedGeoJson } from '@bxl/common';
import type { RegistryRecords } from '../records/registry-records';
import { generateSyntheticActors } from './synthetic.generator';

const BRUSSELS_BBOX = { minLon: 4.24, maxLon: 4.49, minLat: 50.76, maxLat: 50.92 };
/** Every type but the CSSI (collaborations records) and home nursing (added after the set was judged). */
const typeCodes = SERVICE_TYPES.map((term) => term.code).filter(
  (code) => code !== 'cssi' && code !== 'home-nursing',
);
const publicCodes = new Set(TARGET_PUBLICS.map((term) => term.code));
const statuses = new Set(['ACTIVE', 'INACTIVE', 'DEFUNCT', 'TEMPORARILY_CLOSED']);

/** Sector polygons per commune, straight from the seed file (not the generator's loader). */
const sectorsByCommune = new Map<string, MultiPolygonCoordinates[]>();
for (const feature of readSeedGeoJson('statbel-secteurs-bxl.geojson').features) {
  const nis = String(feature.properties?.cd_munty_refnis);
  const geometry = feature.geometry;
  const polygons = geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
  sectorsByCommune.set(nis, [...(sectorsByCommune.get(nis) ?? []), polygons]);
}
/** Bassins per commune; the City of Brussels (split between bassins) counts for all. */
const bassinRows = readSeedCsv('bassins-communes.csv');
const bassins = [...new Set(bassinRows.map((row) => row.bassin as string))];
const bassinsOf = (nis: string) =>
  nis === '21004'
    ? bassins
    : bassinRows.filter((row) => row.commune_nis === nis).map((row) => row.bassin as string);

describe('pointInMultiPolygon', () => {
  it('tells inside from outside, holes included', () => {
    const square = [
      [
        [0, 0],
        [10, 0],
        [10, 10],
        [0, 10],
        [0, 0],
      ],
    ];
    const hole = [
      [4, 4],
      [6, 4],
      [6, 6],
      [4, 6],
      [4, 4],
    ];
    expect(pointInMultiPolygon(1, 1, [square])).toBe(true);
    expect(pointInMultiPolygon(11, 1, [square])).toBe(false);
    expect(pointInMultiPolygon(5, 5, [[...square, hole]])).toBe(false);
    expect(pointInMultiPolygon(3, 5, [[...square, hole]])).toBe(true);
  });

  it('finds the Grand-Place in the City of Brussels only', () => {
    const communes = [...sectorsByCommune.entries()]
      .filter(([, sectors]) =>
        sectors.some((polygons) => pointInMultiPolygon(4.3524, 50.8467, polygons)),
      )
      .map(([nis]) => nis);
    expect(communes).toEqual(['21004']);
  });
});

describe('generateSyntheticActors', () => {
  let seed: RegistryRecords;
  beforeAll(() => {
    seed = generateSyntheticActors({ services: 2000 });
  });

  it('is deterministic, and another seed gives other records', () => {
    const again = generateSyntheticActors({ services: 2000 });
    expect(again).toEqual(seed);
    expect(JSON.stringify(again)).toBe(JSON.stringify(seed));
    expect(generateSyntheticActors({ services: 2000, seed: 7 })).not.toEqual(seed);
  });

  it('makes exactly the services asked, ~1 organisation per 3 and ~0.6 sites per service', () => {
    expect(seed.services).toHaveLength(2000);
    expect(seed.sites.length).toBeGreaterThanOrEqual(1000);
    expect(seed.sites.length).toBeLessThanOrEqual(1400);
    expect(seed.organisations.length).toBeGreaterThan(550);
    expect(seed.organisations.length).toBeLessThan(800);
  });

  it('has unique ids and only links to known records; services share their organisation sites', () => {
    const ids = [...seed.organisations, ...seed.sites, ...seed.services].map((record) => record.id);
    expect(new Set(ids).size).toBe(ids.length);
    const siteOrganisation = new Map(seed.sites.map((site) => [site.id, site.organisationId]));
    const organisationIds = new Set(seed.organisations.map((org) => org.id));
    for (const service of seed.services) {
      expect(organisationIds.has(service.organisationId)).toBe(true);
      expect(service.siteIds.length).toBeGreaterThan(0);
      service.siteIds.forEach((id) =>
        expect(siteOrganisation.get(id)).toBe(service.organisationId),
      );
    }
  });

  it('puts every service type in every bassin', () => {
    const sites = new Map(seed.sites.map((site) => [site.id, site]));
    const present = new Set<string>();
    for (const service of seed.services) {
      for (const siteId of service.siteIds) {
        for (const bassin of bassinsOf(sites.get(siteId)?.communeNis as string)) {
          service.typeCodes.forEach((code) => present.add(`${bassin}|${code}`));
        }
      }
    }
    expect(bassins).toHaveLength(5);
    for (const bassin of bassins) {
      for (const code of typeCodes) {
        expect(present.has(`${bassin}|${code}`) ? '' : `${bassin}|${code}`).toBe('');
      }
    }
  });

  it('keeps the bassin × type guarantee when few services are asked', () => {
    const small = generateSyntheticActors({ services: 100 });
    const sites = new Map(small.sites.map((site) => [site.id, site]));
    for (const bassin of bassins) {
      for (const code of typeCodes) {
        const found = small.services.some(
          (service) =>
            service.typeCodes.includes(code) &&
            service.status === 'ACTIVE' &&
            service.siteIds.some((id) =>
              bassinsOf(sites.get(id)?.communeNis as string).includes(bassin),
            ),
        );
        expect(found ? '' : `${bassin}|${code}`).toBe('');
      }
    }
  });

  it('places every site inside Brussels and inside its commune, over all 19 communes', () => {
    for (const site of seed.sites) {
      const lon = site.longitude as number;
      const lat = site.latitude as number;
      expect(lon).toBeGreaterThan(BRUSSELS_BBOX.minLon);
      expect(lon).toBeLessThan(BRUSSELS_BBOX.maxLon);
      expect(lat).toBeGreaterThan(BRUSSELS_BBOX.minLat);
      expect(lat).toBeLessThan(BRUSSELS_BBOX.maxLat);
      const sectors = sectorsByCommune.get(site.communeNis) ?? [];
      expect(sectors.some((polygons) => pointInMultiPolygon(lon, lat, polygons))).toBe(true);
    }
    expect(new Set(seed.sites.map((site) => site.communeNis)).size).toBe(19);
  });

  it('says it is synthetic and invents no contact data', () => {
    for (const record of [...seed.organisations, ...seed.sites, ...seed.services]) {
      expect(record.nameFr).toContain('[Synthetic]');
      expect(record.nameNl).toContain('[Synthetisch]');
      expect(record.synthetic).toBe(true);
      expect(record.source).toBe('synthetic (generated, not a real service)');
    }
    for (const record of [...seed.organisations, ...seed.sites]) {
      expect(record.phones).toEqual([]);
    }
    for (const org of seed.organisations) {
      expect([org.email, org.website, org.enterpriseNumber]).toEqual([null, null, null]);
    }
  });

  it('uses only valid codes, and no "cssi" type (a CSSI is a collaborations record)', () => {
    const serviceAreaId = /^(commune:21\d{3}|bassin:(nord|sud|sud-est|centre-ouest|nord-est))$/;
    for (const service of seed.services) {
      service.typeCodes.forEach((code) => expect(typeCodes).toContain(code));
      expect(service.publicCodes.length).toBeGreaterThanOrEqual(1);
      expect(service.publicCodes.length).toBeLessThanOrEqual(3);
      service.publicCodes.forEach((code) => expect(publicCodes.has(code)).toBe(true));
      expect(service.languages.some((code) => code === 'fr' || code === 'nl')).toBe(true);
      service.languages.forEach((code) => expect(code).toMatch(/^[a-z]{2}$/));
      expect(statuses.has(service.status)).toBe(true);
      service.serviceAreaIds.forEach((id) => expect(id).toMatch(serviceAreaId));
    }
    const withArea = seed.services.filter((service) => service.serviceAreaIds.length > 0).length;
    expect(withArea / seed.services.length).toBeGreaterThan(0.1);
    expect(withArea / seed.services.length).toBeLessThan(0.2);
    const active = seed.services.filter((service) => service.status === 'ACTIVE').length;
    expect(active / seed.services.length).toBeGreaterThan(0.9);
  });

  it('names publics plausible for the type: homeless people at day centres and CPAS, never at home help', () => {
    const publicsOf = (type: string) =>
      new Set(
        seed.services
          .filter((service) => service.typeCodes[0] === type)
          .flatMap((service) => service.publicCodes),
      );
    for (const type of ['home-help', 'home-care-coordination', 'debt-mediation']) {
      expect([type, publicsOf(type).has('homeless')]).toEqual([type, false]);
    }
    expect(publicsOf('day-centre').has('homeless')).toBe(true);
    expect(publicsOf('cpas').has('homeless')).toBe(true);
    expect(publicsOf('family-planning').has('elderly')).toBe(false);
    expect(publicsOf('addiction').has('people-who-use-drugs')).toBe(true);
  });

  it('scales to 100,000 services', () => {
    const started = Date.now();
    const large = generateSyntheticActors({ services: 100_000 });
    expect(large.services).toHaveLength(100_000);
    expect(large.sites.length).toBeGreaterThan(50_000);
    expect(large.sites.length).toBeLessThan(70_000);
    expect(Date.now() - started).toBeLessThan(20_000);
  });
});
