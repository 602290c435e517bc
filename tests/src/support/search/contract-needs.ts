import type { SearchEngine, ServiceDocument, ServiceQuery } from '@bxl/search';

import { base } from './contract-documents';

/**
 * The needs cases of the engine contract: documents carrying the needs their types meet (words as in
 * services/actors/data/needs.json, shortened), invented for the test and flagged synthetic. They sit
 * in a groupement of their own so the other fixtures (the synonym sheets name every synonym) stay out.
 */
type DocText = ServiceDocument['name'];
type ServiceResults = Awaited<ReturnType<SearchEngine['searchServices']>>;

const GROUPEMENT = 'groupement:contract-needs';

const GP: DocText = {
  fr: 'Médecin généraliste ; généraliste ; médecin traitant ; maison médicale',
  nl: 'Huisarts ; huisartsen ; dokter ; wijkgezondheidscentrum',
};
const SEXUAL_HEALTH: DocText = {
  fr: 'Contraception, grossesse, IVG et IST ; contraception ; pilule ; IVG',
  nl: 'Anticonceptie, zwangerschap, abortus en soa ; anticonceptie ; pil ; abortus',
};
const MENTAL_HEALTH: DocText = {
  fr: 'Santé mentale et soutien psychologique ; psychologue ; dépression',
  nl: 'Geestelijke gezondheid en psychologische steun ; psycholoog ; depressie',
};

// Every expected order below differs from the name order: ranking, not names, decides it.
const need = (id: string, overrides: Parameters<typeof base>[1]) =>
  base(`need-${id}`, { groupement: GROUPEMENT, ...overrides });

export const NEED_SERVICES = [
  need('medical-house', {
    name: {
      fr: '[Synthetic] Maison médicale Aurore',
      nl: '[Synthetisch] Wijkgezondheidscentrum Aurore',
    },
    types: ['medical-house'],
    needs: ['gp-care', 'sexual-health'],
    needTexts: [GP],
    partialNeedTexts: [SEXUAL_HEALTH],
  }),
  need('social-desk', {
    // Names a GP and a psychologist in passing: accidental words, not a need it meets.
    name: { fr: '[Synthetic] Antenne sociale Borée', nl: '[Synthetisch] Sociale antenne Borée' },
    description: {
      fr: 'Permanence sociale ; un médecin généraliste et une psychologue y passent parfois.',
      nl: 'Sociale permanentie ; soms komt er een huisarts of een psycholoog langs.',
    },
    types: ['casg'],
  }),
  need('planning', {
    name: { fr: '[Synthetic] Planning Cassiopée', nl: '[Synthetisch] Gezinsplanning Cassiopée' },
    types: ['family-planning'],
    needs: ['sexual-health', 'mental-health'],
    needTexts: [SEXUAL_HEALTH],
    partialNeedTexts: [MENTAL_HEALTH],
  }),
  need('ssm', {
    name: { fr: '[Synthetic] Service Dorade', nl: '[Synthetisch] Zorgdienst Dorade' },
    types: ['mental-health'],
    needs: ['mental-health'],
    needTexts: [MENTAL_HEALTH],
  }),
];

const ids = (results: ServiceResults) => results.hits.map((hit) => hit.document.serviceId);

/** The needs cases, run after the other cases of the contract (their documents added then). */
export function needsContract(
  engine: () => SearchEngine,
  search: (overrides: Partial<ServiceQuery>) => Promise<ServiceResults>,
): void {
  describe('needs', () => {
    beforeAll(async () => {
      await engine().upsertServices(NEED_SERVICES);
    });
    const inGroupement = { groupement: [GROUPEMENT] };

    it.each([
      ['a Dutch need word', 'huisarts', 'nl', ['svc:need-medical-house', 'svc:need-social-desk']],
      [
        'a French need word',
        'médecin généraliste',
        'fr',
        ['svc:need-medical-house', 'svc:need-social-desk'],
      ],
      [
        'a need met fully before one met in part',
        'psychologue',
        'fr',
        ['svc:need-ssm', 'svc:need-planning', 'svc:need-social-desk'],
      ],
      [
        'the same in Dutch',
        'psycholoog',
        'nl',
        ['svc:need-ssm', 'svc:need-planning', 'svc:need-social-desk'],
      ],
      [
        'a need word no name has',
        'contraception',
        'fr',
        ['svc:need-planning', 'svc:need-medical-house'],
      ],
      ['the same in Dutch', 'anticonceptie', 'nl', ['svc:need-planning', 'svc:need-medical-house']],
    ] as const)('%s: "%s" (%s) ranks %j', async (_case, text, language, expected) => {
      const results = await search({ text, language, filters: inGroupement });
      expect(ids(results)).toEqual(expected);
    });

    it('highlights the need words that matched, met fully or in part', async () => {
      const results = await search({ text: 'contraception', filters: inGroupement });
      const fields = results.hits.map((hit) => hit.highlights.map((item) => item.field));
      expect(fields).toEqual([['needTexts'], ['partialNeedTexts']]);
      expect(results.hits[0]?.highlights[0]?.snippet).toContain('<mark>');
    });

    it('filters by need, partly met included, and counts the needs facet', async () => {
      expect(ids(await search({ filters: { needs: ['gp-care'] } }))).toEqual([
        'svc:need-medical-house',
      ]);
      expect(
        ids(await search({ filters: { needs: ['sexual-health'] }, sort: 'NAME' })).sort(),
      ).toEqual(['svc:need-medical-house', 'svc:need-planning']);
      const faceted = await search({ filters: inGroupement });
      expect(faceted.facets.needs).toEqual([
        { value: 'mental-health', count: 2 },
        { value: 'sexual-health', count: 2 },
        { value: 'gp-care', count: 1 },
      ]);
    });
  });
}
