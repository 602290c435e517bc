import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';

import { parse } from 'csv-parse/sync';

import { realSeedReport } from '@bxl/actors';
import { expectData } from '@bxl/common/testkit';

import { CREATE_ORG } from './support/actors-kit';
import { Role, startTestStack } from './support/test-stack';
import type { TestStack } from './support/test-stack';

/**
 * The real records of seed/data/services-seed.csv, read through the gateway: every field of every
 * row reaches the API (or the seed reports why not), sites are placed as finely as their address
 * allows, and real records are never behind synthetic ones.
 */
const SYNTHETIC = 60;
let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ syntheticServices: SYNTHETIC });
}, 120_000);
afterAll(() => stack?.stop());

type Row = Record<string, string>;
const rows = parse(readFileSync(resolve(__dirname, '../../seed/data/services-seed.csv'), 'utf8'), {
  columns: true,
  skip_empty_lines: true,
  trim: true,
}) as Row[];

interface ApiSite {
  commune: { id: string };
  postcode: string | null;
  streetFr: string | null;
  streetNl: string | null;
  number: string | null;
  latitude: number | null;
  phones: string[];
  positionPrecision: string;
  source: string;
}
interface ApiService {
  id: string;
  nameFr: string | null;
  nameNl: string | null;
  synthetic: boolean;
  source: string;
  languages: string[];
  types: Array<{ code: string }>;
  sites: ApiSite[];
  organisation: {
    id: string;
    website: string | null;
    email: string | null;
    phones: string[];
    agrements: Array<{ authority: string; note: string | null }>;
  };
}

const SERVICE_FIELDS = `id nameFr nameNl synthetic source languages types { code }
  sites { commune { id } postcode streetFr streetNl number latitude phones positionPrecision source }
  organisation { id website email phones agrements { authority note } }`;

/** What each `type` of the file means in the taxonomy (the mapping this suite holds the seed to). */
const TYPE_CODES: Record<string, string[]> = {
  CPAS: ['cpas'],
  CASG: ['casg'],
  SSM: ['mental-health'],
  'maison medicale': ['medical-house'],
  'planning familial': ['family-planning'],
  assuetudes: ['addiction'],
  'mediation de dettes': ['debt-mediation'],
  'coordination sociale / CLSS': ['social-coordination'],
  'aide a domicile': ['home-help'],
  'soins a domicile': ['home-nursing', 'home-care-coordination'],
  other: ['other'],
};

const fold = (text: string) =>
  text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, ' ')
    .trim();

/** The Belgian numbers written in a cell, as E.164. */
const phonesIn = (cell: string) =>
  (cell.match(/0\d[\d\s./]{6,14}\d/g) ?? [])
    .map((text) => text.replace(/\D/g, ''))
    .filter((digits) => digits.length === 9 || digits.length === 10)
    .map((digits) => `+32${digits.slice(1)}`);

describe('every field of services-seed.csv reaches the API', () => {
  let services: ApiService[];
  let communes: Map<string, string>;
  const report = realSeedReport();
  const reported = (index: number, field: string) =>
    report.some((value) => value.row === index + 1 && value.field === field);

  beforeAll(async () => {
    const data = await expectData<{
      services: { totalCount: number; edges: Array<{ node: ApiService }> };
      communes: Array<{ code: string; nameFr: string; nameNl: string }>;
    }>(
      stack.gatewayUrl,
      `{ services(filter: { synthetic: false }, first: 500) { totalCount edges { node { ${SERVICE_FIELDS} } } }
         communes { code nameFr nameNl } }`,
    );
    services = data.services.edges.map((edge) => edge.node);
    communes = new Map(
      data.communes.flatMap((c) => [
        [fold(c.nameFr), c.code],
        [fold(c.nameNl), c.code],
      ]),
    );
  });

  it('has one real service per row, and no other', () => {
    expect(rows.length).toBe(69);
    expect(services.length).toBe(rows.length);
    expect(services.every((service) => !service.synthetic)).toBe(true);
  });

  it.each(rows.map((row, index) => [index + 1, row.name_fr, row, index] as const))(
    'row %i (%s): names, type, place, phones, agrément, languages, web, source',
    (_n, _name, row, index) => {
      const service = services.find((s) => s.nameFr === row.name_fr) as ApiService;
      expect(service).toBeDefined();
      expect(service.nameNl).toBe(row.name_nl || null);
      const codes = service.types.map((t) => t.code);
      expect(codes.length).toBeGreaterThan(0);
      codes.forEach((code) => expect(TYPE_CODES[row.type as string]).toContain(code));

      const commune = row.commune_fr
        ? communes.get(fold(row.commune_fr.replace(/\(.*\)/, '')))
        : null;
      if (row.commune_fr && (!commune || /uncertain/.test(row.commune_fr))) {
        expect(service.sites).toEqual([]);
        expect(reported(index, 'commune_fr')).toBe(true);
      } else if (commune) {
        expect(service.sites.map((site) => site.commune.id)).toContain(`commune:${commune}`);
      }
      const site = service.sites[0];
      if (row.postcode) {
        expect(site?.postcode).toBe(row.postcode);
      }
      if (row.address && site) {
        const street = site.streetFr ?? site.streetNl ?? '';
        expect(fold(row.address)).toContain(fold(street));
        if (site.number) {
          expect(row.address).toContain(site.number.split('-')[0] as string);
        }
      }
      if (site && !row.lat) {
        expect(site.latitude).toBeNull();
        expect(['COMMUNE', 'SUB_MUNICIPALITY']).toContain(site.positionPrecision);
      }

      const phones = [...service.organisation.phones, ...service.sites.flatMap((s) => s.phones)];
      const written = phonesIn(row.phone ?? '');
      written.forEach((phone) => expect(phones).toContain(phone));
      if (row.phone && written.length === 0) {
        expect(reported(index, 'phone')).toBe(true);
      }

      if (row.agrement) {
        const carried = service.organisation.agrements.some((a) => a.note === row.agrement);
        expect(carried || reported(index, 'agrement')).toBe(true);
        expect(carried && reported(index, 'agrement')).toBe(false);
      }
      if (row.languages) {
        expect(service.languages.length > 0 || reported(index, 'languages')).toBe(true);
      }
      if (/^[a-z]{2}(, ?[a-z]{2})*$/.test(row.languages ?? '')) {
        expect(service.languages).toEqual((row.languages as string).split(/, ?/));
      }
      for (const text of [row.source_url, row.retrieved_note, row.address_status]) {
        if (text) {
          expect(service.source).toContain(text);
        }
      }
    },
  );

  it('gives each organisation the website and e-mail of one of its rows', () => {
    const rowsOf = new Map<string, Row[]>();
    for (const row of rows) {
      const service = services.find((s) => s.nameFr === row.name_fr) as ApiService;
      rowsOf.set(service.organisation.id, [...(rowsOf.get(service.organisation.id) ?? []), row]);
    }
    for (const service of services) {
      const own = rowsOf.get(service.organisation.id) ?? [];
      for (const field of ['website', 'email'] as const) {
        const given = own.map((row) => row[field]).filter(Boolean);
        expect(service.organisation[field]).toBe(given.length > 0 ? given[0] : null);
      }
    }
  });
});

describe('agréments, home care and hours of real records', () => {
  it('shows the agréments of at least 15 real organisations', async () => {
    const { organisations } = await expectData<{
      organisations: {
        edges: Array<{ node: { synthetic: boolean; agrements: Array<{ authority: string }> } }>;
      };
    }>(
      stack.gatewayUrl,
      '{ organisations(synthetic: false, first: 500) { edges { node { synthetic agrements { authority } } } } }',
    );
    const withAgrement = organisations.edges.filter((edge) => edge.node.agrements.length > 0);
    expect(withAgrement.length).toBeGreaterThanOrEqual(15);
    expect(organisations.edges.every((edge) => !edge.node.synthetic)).toBe(true);
    const authorities = new Set(
      withAgrement.flatMap((e) => e.node.agrements.map((a) => a.authority)),
    );
    expect([...authorities].sort()).toEqual(['COCOF', 'COCOM', 'CPAS_LAW', 'OTHER']);
  });

  it('lists real home-help and home-nursing services, found by the area they serve', async () => {
    const data = await expectData<{
      services: {
        edges: Array<{ node: { nameFr: string; sites: unknown[]; synthetic: boolean } }>;
      };
    }>(
      stack.gatewayUrl,
      `{ services(filter: { types: ["home-nursing"], territory: "groupement:provisional-clss:marolles",
           mode: SERVES, synthetic: false }, first: 50) { edges { node { nameFr synthetic sites { id } } } } }`,
    );
    const names = data.services.edges.map((edge) => edge.node.nameFr);
    expect(names.some((name) => name.startsWith('CSD Bruxelles'))).toBe(true);
    expect(names.some((name) => name.startsWith('ASD Bruxelles'))).toBe(true);
    expect(data.services.edges.every((edge) => edge.node.sites.length === 0)).toBe(true);
  });

  it('gives a real site hours only where its source does, and says when they are unknown', async () => {
    // Monday 30 November 2026, 14:00 in Brussels (13:00 UTC): the CPAS de Jette is open, per its page.
    const data = await expectData<{
      services: { edges: Array<{ node: { nameFr: string } }> };
      unknown: {
        edges: Array<{ node: { sites: Array<{ hoursKnown: boolean; openingHours: unknown }> } }>;
      };
    }>(
      stack.gatewayUrl,
      `{ services(filter: { synthetic: false, openAt: "2026-11-30T13:00:00Z" }, first: 50) { edges { node { nameFr } } }
         unknown: services(filter: { synthetic: false, types: ["casg"], territory: "commune:21004" }, first: 5) {
           edges { node { sites { hoursKnown openingHours { weekly { day } } } } } } }`,
    );
    const open = data.services.edges.map((edge) => edge.node.nameFr);
    expect(open).toContain('CPAS de Jette');
    expect(open).toContain('CPAS de Koekelberg');
    expect(open).not.toContain("CPAS d'Uccle"); // 9h-11h30 only
    const sites = data.unknown.edges.flatMap((edge) => edge.node.sites);
    expect(sites.length).toBeGreaterThan(0);
    sites.forEach((site) => expect(site).toEqual({ hoursKnown: false, openingHours: null }));
  });
});

describe('placement as fine as the address allows', () => {
  const MAROLLES = 'groupement:provisional-clss:marolles';

  it('lists the real SSM of Entr’aide des Marolles in groupement Marolles (mode BOTH), flagged probable', async () => {
    const data = await expectData<{
      territory: {
        services: {
          edges: Array<{
            node: {
              nameFr: string;
              synthetic: boolean;
              probableIn: boolean;
              sites: Array<{
                streetFr: string;
                positionPrecision: string;
                possibleTerritoryIds: string[];
              }>;
            };
          }>;
        };
      };
    }>(
      stack.gatewayUrl,
      `query($id: ID!) { territory(id: $id) { ... on Groupement {
         services(filter: { mode: BOTH }, first: 500) { edges { node {
           nameFr synthetic probableIn(territory: $id) sites { streetFr positionPrecision possibleTerritoryIds } } } } } } }`,
      { id: MAROLLES },
    );
    const nodes = data.territory.services.edges.map((edge) => edge.node);
    const ssm = nodes.find(
      (node) => node.nameFr === "Entr'aide des Marolles – service de santé mentale",
    );
    expect(ssm).toBeDefined();
    expect(ssm?.probableIn).toBe(true);
    expect(ssm?.sites[0]).toMatchObject({
      streetFr: 'Rue des Tanneurs',
      positionPrecision: 'COMMUNE',
    });
    expect(ssm?.sites[0]?.possibleTerritoryIds).toContain(MAROLLES);
    // Real first, then synthetic: no real record after a synthetic one.
    const firstSynthetic = nodes.findIndex((node) => node.synthetic);
    expect(firstSynthetic).toBeGreaterThan(0);
    expect(nodes.slice(firstSynthetic).every((node) => node.synthetic)).toBe(true);
    // A synthetic service placed by its point is surely there, never probable.
    expect(nodes.filter((node) => node.synthetic).every((node) => !node.probableIn)).toBe(true);
  });

  it('places a 1020 address in Laeken (bassin Nord) and a 1000 one in the City’s 1000 part', async () => {
    const editor = stack.as(Role.EDITOR);
    const { createOrganisation } = await expectData<{ createOrganisation: { id: string } }>(
      stack.gatewayUrl,
      CREATE_ORG,
      { input: { nameFr: '[Synthetic] Test placement par code postal' } },
      editor,
    );
    const place = (postcode: string) =>
      expectData<{
        createSite: {
          positionPrecision: string;
          bassin: { id: string } | null;
          quartier: { id: string } | null;
          possibleTerritoryIds: string[];
        };
      }>(
        stack.gatewayUrl,
        `mutation($input: CreateSiteInput!) { createSite(input: $input) {
           positionPrecision bassin { id } quartier { id } possibleTerritoryIds } }`,
        {
          input: {
            organisationId: createOrganisation.id,
            nameFr: `[Synthetic] site ${postcode}`,
            communeNis: '21004',
            postcode,
          },
        },
        editor,
      );
    const laeken = (await place('1020')).createSite;
    expect(laeken.positionPrecision).toBe('SUB_MUNICIPALITY');
    expect(laeken.bassin).toEqual({ id: 'bassin:nord' });
    expect(laeken.quartier).toBeNull();
    expect(laeken.possibleTerritoryIds).toContain('groupement:provisional-clss:laeken-sud');
    expect(laeken.possibleTerritoryIds).not.toContain(MAROLLES);
    expect(laeken.possibleTerritoryIds.some((id) => id.startsWith('bassin:'))).toBe(false);

    const centre = (await place('1000')).createSite;
    expect(centre.positionPrecision).toBe('SUB_MUNICIPALITY');
    expect(centre.bassin).toBeNull();
    expect(centre.possibleTerritoryIds).toContain(MAROLLES);
    expect(centre.possibleTerritoryIds).toContain('bassin:centre-ouest');
    expect(centre.possibleTerritoryIds).not.toContain('bassin:nord');

    const commune = (await place('')).createSite;
    expect(commune.positionPrecision).toBe('COMMUNE');
    expect(commune.possibleTerritoryIds).toContain('bassin:nord');
  });

  it('places the real CPAS de la Ville de Bruxelles (Rue Haute, 1000) out of bassin Nord', async () => {
    const { services } = await expectData<{
      services: {
        edges: Array<{ node: { nameFr: string; sites: Array<{ positionPrecision: string }> } }>;
      };
    }>(
      stack.gatewayUrl,
      `{ services(filter: { territory: "bassin:nord", mode: LOCATED_IN, synthetic: false, types: ["cpas"] }, first: 50) {
           edges { node { nameFr sites { positionPrecision } } } } }`,
    );
    const names = services.edges.map((edge) => edge.node.nameFr);
    expect(names).not.toContain('CPAS de la Ville de Bruxelles – accueil central');
    // The Wimpelberg antenna has no postcode: placed by commune, it may lie in bassin Nord.
    expect(names.some((name) => name.includes('Wimpelberg'))).toBe(true);
  });
});

describe('real before synthetic', () => {
  it('filters services and organisations by synthetic, and lists real ones first', async () => {
    const data = await expectData<{
      all: { totalCount: number; edges: Array<{ node: { synthetic: boolean } }> };
      real: { totalCount: number };
      synthetic: { totalCount: number; edges: Array<{ node: { synthetic: boolean } }> };
      organisations: { edges: Array<{ node: { synthetic: boolean } }> };
      sites: { edges: Array<{ node: { synthetic: boolean } }> };
    }>(
      stack.gatewayUrl,
      `{ all: services(first: 500) { totalCount edges { node { synthetic } } }
         real: services(filter: { synthetic: false }) { totalCount }
         synthetic: services(filter: { synthetic: true }, first: 500) { totalCount edges { node { synthetic } } }
         organisations(first: 500) { edges { node { synthetic } } }
         sites(first: 500) { edges { node { synthetic } } } }`,
    );
    expect(data.real.totalCount).toBe(rows.length);
    expect(data.synthetic.edges.every((edge) => edge.node.synthetic)).toBe(true);
    expect(data.synthetic.totalCount).toBeGreaterThan(SYNTHETIC * 0.9);
    expect(data.real.totalCount + data.synthetic.totalCount).toBe(data.all.totalCount);
    for (const list of [data.all, data.organisations, data.sites]) {
      const flags = list.edges.map((edge) => edge.node.synthetic);
      expect(flags[0]).toBe(false);
      expect(flags).toEqual([...flags].sort((a, b) => Number(a) - Number(b)));
    }
  });

  it('splits serviceCounts into real and synthetic, agreeing with the filtered lists', async () => {
    const data = await expectData<{
      territory: {
        serviceCounts: Array<{
          type: { code: string };
          total: number;
          real: number;
          synthetic: number;
          probable: number;
        }>;
        real: { totalCount: number };
      };
    }>(
      stack.gatewayUrl,
      `{ territory(id: "bassin:centre-ouest") { ... on Bassin {
           serviceCounts { type { code } total real synthetic probable }
           real: services(filter: { types: ["mental-health"], synthetic: false }) { totalCount } } } }`,
    );
    const counts = data.territory.serviceCounts;
    counts.forEach((count) => expect(count.real + count.synthetic).toBe(count.total));
    const ssm = counts.find((count) => count.type.code === 'mental-health');
    expect(ssm?.real).toBe(data.territory.real.totalCount);
    expect(ssm?.real).toBeGreaterThan(0);
    expect(counts.reduce((sum, count) => sum + count.probable, 0)).toBeGreaterThan(0);
  });
});
