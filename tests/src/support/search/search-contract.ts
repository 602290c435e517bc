import type { SearchEngine, ServiceQuery } from '@bxl/search';
import { loadSynonymGroups, normaliseTerm } from '@bxl/search';

import { CONTRACT_ORGANISATIONS, CONTRACT_SERVICES, synonymDocuments } from './contract-documents';
import { needsContract } from './contract-needs';
import { phraseAndPlaceContract } from './phrase-place-contract';

/** A query with defaults: French, relevance, first page of 20, no filter. */
export const serviceQuery = (overrides: Partial<ServiceQuery> = {}): ServiceQuery => ({
  text: '',
  language: 'fr',
  filters: {},
  sort: 'RELEVANCE',
  offset: 0,
  limit: 20,
  ...overrides,
});

const ids = (results: { hits: Array<{ document: { serviceId: string } }> }) =>
  results.hits.map((hit) => hit.document.serviceId);

/** Great-circle distance in metres (the reference the engines' distances are checked against). */
function haversine(a: { lat: number; lng: number }, b: { lat: number; lng: number }): number {
  const rad = (degrees: number) => (degrees * Math.PI) / 180;
  const h =
    Math.sin(rad(b.lat - a.lat) / 2) ** 2 +
    Math.cos(rad(a.lat)) * Math.cos(rad(b.lat)) * Math.sin(rad(b.lng - a.lng) / 2) ** 2;
  return 12_742_000 * Math.asin(Math.sqrt(h));
}

/**
 * The search engine contract: the same cases for every engine. `engine()` gives a prepared, empty
 * engine; the suite fills it with the fixture documents.
 */
export function searchEngineContract(engine: () => SearchEngine): void {
  const search = (overrides: Partial<ServiceQuery>) =>
    engine().searchServices(serviceQuery(overrides));
  const groups = loadSynonymGroups();

  beforeAll(async () => {
    await engine().clear();
    await engine().upsertServices(CONTRACT_SERVICES);
    await engine().upsertServices(synonymDocuments(groups));
    await engine().upsertOrganisations(CONTRACT_ORGANISATIONS);
  });

  describe('documents', () => {
    it('counts what was written; writing the same documents again changes nothing', async () => {
      const before = await engine().count('services');
      expect(before).toBe(CONTRACT_SERVICES.length + groups.length);
      await engine().upsertServices(CONTRACT_SERVICES.slice(0, 2));
      expect(await engine().count('services')).toBe(before);
      expect(await engine().count('organisations')).toBe(CONTRACT_ORGANISATIONS.length);
    });

    it('an upsert replaces the document (old words no longer match, new ones do)', async () => {
      const original = CONTRACT_SERVICES[5];
      if (!original) {
        throw new Error('fixture');
      }
      await engine().upsertServices([
        {
          ...original,
          name: { fr: 'Service Zéphyrin', nl: null },
          organisationName: { fr: null, nl: null },
        },
      ]);
      expect(ids(await search({ text: 'Zéphyrin' }))).toEqual([original.serviceId]);
      expect(ids(await search({ text: 'Ulysse' }))).not.toContain(original.serviceId);
      await engine().upsertServices([original]);
      expect(ids(await search({ text: 'Ulysse' }))).toContain(original.serviceId);
    });

    it('removes by document id and by service, ignoring unknown ids', async () => {
      const [first, second] = CONTRACT_SERVICES;
      if (!first || !second) {
        throw new Error('fixture');
      }
      await engine().remove('services', [first.id, 'unknown@-']);
      await engine().removeServices([second.serviceId, 'svc:unknown']);
      const left = ids(await search({ filters: { includeArchived: true } }));
      expect(left).not.toContain(first.serviceId);
      expect(left).not.toContain(second.serviceId);
      await engine().upsertServices([first, second]);
      expect(ids(await search({ text: 'Méridien' }))).toContain(first.serviceId);
    });
  });

  describe('words', () => {
    it.each([
      ['French words', 'santé mentale', 'svc:ssm-ixelles'],
      ['no accents', 'sante mentale', 'svc:ssm-ixelles'],
      ['upper case, accents', 'SANTÉ MENTALE', 'svc:ssm-ixelles'],
      ['a French stem (plural)', 'dettes', 'svc:debt-molenbeek'],
      ['a Dutch word', 'schuldbemiddeling', 'svc:debt-molenbeek'],
      ['a Dutch compound of the type label', 'gezinsplanning', 'svc:planning-schaerbeek'],
      ['an acronym (synonym)', 'SSM', ['svc:ssm-ixelles', 'svc:ssm-forest']],
      ['a Dutch acronym (synonym)', 'OCMW', 'svc:debt-molenbeek'],
      ['a typo', 'mediaton de dettes', 'svc:debt-molenbeek'],
      ['a typo in a place', 'molenbek', 'svc:debt-molenbeek'],
      ['a place name with stop words', "gare de l'ouest", 'svc:debt-molenbeek'],
      ['a place and a type', 'SSM Forest', 'svc:ssm-forest'],
      ['a word being typed (prefix)', 'josaph', 'svc:planning-schaerbeek'],
      ['a description word', 'accompagnement', 'svc:debt-molenbeek'],
      ['an access condition in words', 'zonder afspraak', 'svc:ssm-forest'],
      [
        'a collaboration of its organisation (CSSI, by synonym)',
        'centre social-santé intégré',
        'svc:planning-schaerbeek',
      ],
    ])('%s: "%s" finds %s first', async (_case, text, expected) => {
      const wanted = Array.isArray(expected) ? expected : [expected];
      const results = await search({ text, filters: { languages: ['fr', 'nl', 'en', 'ar'] } });
      expect(new Set(ids(results).slice(0, wanted.length))).toEqual(new Set(wanted));
    });

    it('a place and a type: only that place’s service of that type', async () => {
      expect(ids(await search({ text: 'SSM Forest' }))).toEqual(['svc:ssm-forest']);
    });

    it('an empty query lists the filtered documents by name, without archived or inactive ones', async () => {
      const results = await search({ filters: { types: ['mental-health'] }, sort: 'NAME' });
      expect(ids(results)).toEqual(['svc:ssm-ixelles', 'svc:ssm-forest']);
      expect(results.total).toBe(2);
    });

    it('highlights the matched words in the language asked', async () => {
      const french = await search({ text: 'méridien' });
      const name = french.hits[0]?.highlights.find((highlight) => highlight.field === 'name');
      expect(name?.snippet).toMatch(/<mark>Méridien<\/mark>/);
      expect(name?.language).toBe('fr');
      const dutch = await search({ text: 'schuldbemiddeling', language: 'nl' });
      const dutchName = dutch.hits[0]?.highlights.find((highlight) => highlight.field === 'name');
      expect(dutchName).toMatchObject({ language: 'nl' });
      expect(dutchName?.snippet).toMatch(/<mark>Schuldbemiddeling<\/mark>/);
      // Matched only in the other language: highlighted in the language it matched in.
      const other = await search({ text: 'kanaal', language: 'fr' });
      expect(other.hits[0]?.highlights.find((highlight) => highlight.field === 'name')).toEqual({
        field: 'name',
        language: 'nl',
        snippet: 'Schuldbemiddeling <mark>Kanaal</mark>',
      });
    });
  });

  describe('synonyms (one case per group of services/search/data/synonyms.json)', () => {
    const cases = groups.flatMap((group) =>
      group.terms.slice(1).map((term) => [group.id, term] as const),
    );
    it.each(cases)('%s: "%s" finds the group’s document', async (groupId, term) => {
      const top = ids(await search({ text: term, limit: 5 }));
      expect(top).toContain(`svc:synonym-${groupId}`);
    });
    it('every group has at least two terms and the issue’s groups are equivalent', () => {
      const together = (...terms: string[]) =>
        groups.some((group) => {
          const normalised = group.terms.map(normaliseTerm);
          return terms.every((term) => normalised.includes(normaliseTerm(term)));
        });
      expect(
        together('SSM', 'service de santé mentale', 'CGG', 'centrum geestelijke gezondheidszorg'),
      ).toBe(true);
      expect(together('CPAS', 'OCMW')).toBe(true);
      expect(together('maison médicale', 'wijkgezondheidscentrum')).toBe(true);
      expect(groups.length).toBeGreaterThanOrEqual(40);
    });
  });

  describe('filters', () => {
    it.each([
      [
        'types (any of)',
        { types: ['debt-mediation', 'family-planning'] },
        ['svc:debt-molenbeek', 'svc:planning-schaerbeek'],
      ],
      ['languages (any of)', { languages: ['ar'] }, ['svc:debt-molenbeek', 'svc:ssm-ixelles']],
      ['publics', { publics: ['youth'] }, ['svc:planning-schaerbeek']],
      ['access (all required)', { access: ['free', 'acceptsUninsured'] }, ['svc:debt-molenbeek']],
      ['authorities', { authorities: ['COCOM'] }, ['svc:ssm-ixelles']],
      ['bassin', { bassin: ['bassin:sud'] }, ['svc:ssm-forest']],
      [
        'groupement',
        { groupement: ['groupement:provisional-clss:gare-de-l-ouest'] },
        ['svc:debt-molenbeek'],
      ],
      ['commune', { commune: ['commune:21009'] }, ['svc:ssm-ixelles']],
      [
        'territory, located in',
        { territory: { id: 'commune:21009', mode: 'LOCATED_IN' as const } },
        ['svc:ssm-ixelles'],
      ],
      [
        'territory, located in, including a coarse site that may lie there',
        { territory: { id: 'groupement:ixelles-fixture', mode: 'LOCATED_IN' as const } },
        ['svc:ssm-ixelles'],
      ],
      [
        'territory, serving (a coarse site that may lie there does not serve it)',
        { territory: { id: 'groupement:ixelles-fixture', mode: 'SERVES' as const } },
        [],
      ],
      [
        'territory, serving',
        { territory: { id: 'commune:21009', mode: 'SERVES' as const } },
        ['svc:planning-schaerbeek'],
      ],
      [
        'territory, both',
        { territory: { id: 'commune:21009', mode: 'BOTH' as const } },
        ['svc:planning-schaerbeek', 'svc:ssm-ixelles'],
      ],
      [
        'open during a quarter hour (Saturday 10:00)',
        { openQuarter: 5 * 96 + 40 },
        ['svc:debt-molenbeek'],
      ],
      ['statuses asked', { statuses: ['INACTIVE' as const] }, ['svc:casg-inactive']],
      [
        'archived when asked',
        { includeArchived: true, types: ['community-health-centre'] },
        ['svc:mm-archived'],
      ],
      ['organisation', { organisationId: 'org:ssm-forest' }, ['svc:ssm-forest']],
      ['real records only', { synthetic: false }, ['svc:ssm-forest']],
      [
        'synthetic records only, with a type',
        { synthetic: true, types: ['mental-health'] },
        ['svc:ssm-ixelles'],
      ],
    ])('%s', async (_case, filters, expected) => {
      const results = await search({ filters, sort: 'NAME', limit: 100 });
      expect(new Set(ids(results).filter((id) => !id.startsWith('svc:synonym-')))).toEqual(
        new Set(expected),
      );
    });

    it('archived and inactive documents never appear by default, even when their words match', async () => {
      expect(ids(await search({ text: 'Archives' }))).not.toContain('svc:mm-archived');
      expect(ids(await search({ text: 'Inactif' }))).not.toContain('svc:casg-inactive');
    });

    it('counts facets over every hit, largest first', async () => {
      // (The synonym fixtures speak no language: this filter leaves them out.)
      const results = await search({
        text: 'santé mentale',
        limit: 1,
        filters: { languages: ['fr', 'nl', 'en', 'ar'] },
      });
      expect(results.hits).toHaveLength(1);
      expect(results.total).toBe(2);
      expect(results.facets.types).toEqual([{ value: 'mental-health', count: 2 }]);
      expect(results.facets.languages[0]).toEqual({ value: 'fr', count: 2 });
      expect(results.facets.bassin).toEqual(
        expect.arrayContaining([
          { value: 'bassin:sud', count: 1 },
          { value: 'bassin:sud-est', count: 1 },
        ]),
      );
      expect(results.facets.access).toEqual(
        expect.arrayContaining([
          { value: 'free', count: 1 },
          { value: 'withoutAppointment', count: 1 },
        ]),
      );
      expect(results.facets.synthetic).toEqual(
        expect.arrayContaining([
          { value: 'false', count: 1 },
          { value: 'true', count: 1 },
        ]),
      );
      expect(Object.keys(results.facets).sort()).toEqual([
        'access',
        'authorities',
        'bassin',
        'commune',
        'groupement',
        'languages',
        'needs',
        'publics',
        'synthetic',
        'types',
      ]);
    });
  });

  describe('distance', () => {
    const grandPlace = { lat: 50.8467, lng: 4.3525 };

    it('gives each hit its distance and sorts by it', async () => {
      const results = await search({
        near: grandPlace,
        sort: 'DISTANCE',
        filters: { types: ['mental-health', 'debt-mediation', 'family-planning'] },
      });
      const distances = results.hits.map((hit) => hit.distanceMeters as number);
      expect(distances).toEqual([...distances].sort((a, b) => a - b));
      for (const hit of results.hits) {
        const expected = haversine(grandPlace, hit.document.point as { lat: number; lng: number });
        expect(Math.abs((hit.distanceMeters as number) - expected)).toBeLessThan(
          expected * 0.01 + 5,
        );
      }
    });

    it('keeps only hits within a radius', async () => {
      const results = await search({ near: { ...grandPlace, radiusMeters: 2500 } });
      expect(ids(results).sort()).toEqual(['svc:debt-molenbeek', 'svc:ssm-ixelles']);
    });
  });

  describe('pages', () => {
    it('pages through the same order without overlap', async () => {
      const all = ids(await search({ sort: 'NAME', limit: 100 }));
      const first = ids(await search({ sort: 'NAME', limit: 10 }));
      const second = ids(await search({ sort: 'NAME', offset: 10, limit: 10 }));
      expect([...first, ...second]).toEqual(all.slice(0, 20));
    });
  });

  describe('organisations and suggestions', () => {
    it('finds organisations by name and alternate name, archived ones only when asked', async () => {
      const found = await engine().searchOrganisations({
        text: 'free clinic',
        language: 'fr',
        offset: 0,
        limit: 5,
      });
      expect(found.hits[0]?.document.id).toBe('org:free-clinic-fixture');
      const alternate = await engine().searchOrganisations({
        text: 'FC Ixelles',
        language: 'fr',
        offset: 0,
        limit: 5,
      });
      expect(alternate.hits[0]?.document.id).toBe('org:free-clinic-fixture');
      const archived = await engine().searchOrganisations({
        text: 'Ancienne',
        language: 'fr',
        offset: 0,
        limit: 5,
      });
      expect(archived.hits).toEqual([]);
      const asked = await engine().searchOrganisations({
        text: 'Ancienne',
        language: 'fr',
        includeArchived: true,
        offset: 0,
        limit: 5,
      });
      expect(asked.hits[0]?.document.id).toBe('org:archived-fixture');
    });

    it('completes what is typed from names, types and places', async () => {
      const suggestions = await engine().suggest('plan', 'fr', 10);
      expect(suggestions.map((suggestion) => suggestion.text)).toContain(
        'Planning familial Josaphat',
      );
      const places = await engine().suggest('molen', 'fr', 10);
      expect(places).toContainEqual({ text: 'Molenbeek-Saint-Jean', kind: 'PLACE' });
    });
  });

  needsContract(engine, search);
  phraseAndPlaceContract(engine, search);
}
