import type { QueryPlace } from '@bxl/search';
import type { SearchEngine, ServiceQuery } from '@bxl/search';

import { base } from './contract-documents';

// Issue 10's phrase and place cases, on every engine: multi-word synonyms match as phrases (never
// one of their words alone), a place named in the query restricts or ranks by that place, and real
// records come before synthetic ones at equal relevance. The documents are invented for the test.

const HOME_HELP = { fr: 'Aide à domicile', nl: 'Gezinszorg en thuishulp' };
const DAY_CENTRE = { fr: "Centre d'accueil de jour", nl: 'Dagcentrum' };
const NURSING = { fr: 'Coordination de soins à domicile', nl: 'Thuiszorgcoördinatie' };
const CPAS = { fr: "Centre public d'action sociale (CPAS)", nl: 'OCMW' };
const PLANNING = { fr: 'Centre de planning familial', nl: 'Centrum voor gezinsplanning' };

const commune = (id: string, names: string[], bassin: string) => ({
  locatedIn: [`commune:${id}`, bassin],
  commune: `commune:${id}`,
  bassin,
  placeNames: names,
});

const cpas = (id: string, name: string, where: ReturnType<typeof commune>) =>
  base(id, { name: { fr: name, nl: null }, types: ['cpas'], typeLabels: [CPAS], ...where });

export const PHRASE_AND_PLACE_SERVICES = [
  base('pp-home-help', {
    name: { fr: 'Aide à domicile Les Lilas', nl: null },
    description: { fr: 'Maintien à domicile, aide ménagère, courses.', nl: null },
    types: ['home-help'],
    typeLabels: [HOME_HELP],
  }),
  base('pp-day-centre', {
    name: { fr: 'Accueil de jour La Halte', nl: null },
    types: ['day-centre'],
    typeLabels: [DAY_CENTRE],
    publics: ['homeless'],
    publicLabels: [{ fr: 'Personnes sans abri', nl: 'Daklozen' }],
  }),
  base('pp-nursing', {
    name: { fr: 'Thuisverpleging Noord', nl: 'Thuisverpleging Noord' },
    types: ['home-care-coordination'],
    typeLabels: [NURSING],
  }),
  cpas(
    'pp-cpas-anderlecht',
    'Antenne sociale Aurore',
    commune('21001', ['Anderlecht'], 'bassin:centre-ouest'),
  ),
  cpas('pp-cpas-evere', 'Antenne sociale Boréale', commune('21006', ['Evere'], 'bassin:nord-est')),
  cpas(
    'pp-cpas-molenbeek',
    'Antenne sociale Zénith',
    commune('21012', ['Molenbeek-Saint-Jean', 'Sint-Jans-Molenbeek'], 'bassin:centre-ouest'),
  ),
  cpas(
    'pp-cpas-koekelberg',
    'Antenne sociale Solstice',
    commune('21011', ['Koekelberg'], 'bassin:nord'),
  ),
  base('pp-planning-named', {
    synthetic: false,
    name: { fr: 'Centre de planning familial de Cureghem', nl: null },
    types: ['family-planning'],
    typeLabels: [PLANNING],
    ...commune('21001', ['Anderlecht'], 'bassin:centre-ouest'),
  }),
  base('pp-planning-located', {
    name: { fr: 'Planning Les Iris', nl: null },
    types: ['family-planning'],
    typeLabels: [PLANNING],
    ...commune('21001', ['Anderlecht', 'Cureghem'], 'bassin:centre-ouest'),
    locatedIn: ['commune:21001', 'bassin:centre-ouest', 'groupement:cureghem-fixture'],
  }),
  // Twins but for the flag: at equal relevance the real one comes first.
  base('pp-twin-synthetic', {
    name: { fr: 'Épicerie solidaire Quetzal', nl: null },
    types: ['other'],
  }),
  base('pp-twin-real', {
    synthetic: false,
    name: { fr: 'Épicerie solidaire Quetzal', nl: null },
    types: ['other'],
  }),
];

const place = (
  text: string,
  typed: string,
  ids: string[],
  bassins: string[],
  names: string[],
): QueryPlace => {
  const words = text.toLowerCase().split(/[^a-z0-9]+/);
  const start = words.indexOf(typed.split(' ')[0] as string);
  return { start, length: typed.split(' ').length, typed, ids, bassins, names };
};

export function phraseAndPlaceContract(
  engine: () => SearchEngine,
  search: (query: Partial<ServiceQuery>) => ReturnType<SearchEngine['searchServices']>,
): void {
  describe('phrases and places (issue 10)', () => {
    const ids = async (query: Partial<ServiceQuery>) =>
      (await search(query)).hits.map((hit) => hit.document.serviceId);

    beforeAll(async () => {
      await engine().upsertServices(PHRASE_AND_PLACE_SERVICES);
    });
    afterAll(async () => {
      await engine().removeServices(PHRASE_AND_PLACE_SERVICES.map((doc) => doc.serviceId));
    });

    it.each(['SDF', 'sans domicile fixe', 'sans-abri', 'dak- en thuislozen'])(
      '"%s" finds the service for homeless people, never home help by "domicile" or "sans" alone',
      async (text) => {
        const found = await ids({ text });
        expect(found).toContain('svc:pp-day-centre');
        expect(found).not.toContain('svc:pp-home-help');
      },
    );

    it('a typed multi-word synonym of four words finds its group, not one of its words', async () => {
      const found = await ids({ text: 'soins infirmiers à domicile' });
      expect(found).toContain('svc:pp-nursing');
      expect(found).not.toContain('svc:pp-home-help');
    });

    it('"CPAS de Molenbeek": the CPAS of Molenbeek first', async () => {
      const text = 'CPAS de Molenbeek';
      const molenbeek = place(
        text,
        'molenbeek',
        ['commune:21012'],
        ['bassin:centre-ouest'],
        ['molenbeek saint jean', 'sint jans molenbeek', 'molenbeek'],
      );
      expect((await ids({ text, places: [molenbeek] }))[0]).toBe('svc:pp-cpas-molenbeek');
    });

    it('a place with nothing of the kind: the kind in its bassin first', async () => {
      const text = 'CPAS Jette';
      const jette = place(text, 'jette', ['commune:21010'], ['bassin:nord'], ['jette']);
      expect((await ids({ text, places: [jette] }))[0]).toBe('svc:pp-cpas-koekelberg');
    });

    it('a place: the first hit is in it or named after it', async () => {
      const text = 'planning Cureghem';
      const cureghem = place(text, 'cureghem', ['groupement:cureghem-fixture'], [], ['cureghem']);
      const found = await ids({ text, places: [cureghem] });
      expect(['svc:pp-planning-named', 'svc:pp-planning-located']).toContain(found[0]);
    });

    it('at equal relevance, the real record before the synthetic one', async () => {
      expect(await ids({ text: 'épicerie quetzal' })).toEqual([
        'svc:pp-twin-real',
        'svc:pp-twin-synthetic',
      ]);
    });
  });
}
