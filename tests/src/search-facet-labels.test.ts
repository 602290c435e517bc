import { expectData } from '@bxl/common/testkit';

import { startTestStack } from './support/test-stack';
import type { TestStack } from './support/test-stack';

// Facets name their values, so that a portal never has to join codes to labels itself.
let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ syntheticServices: 150, searchIndexer: true });
}, 180_000);
afterAll(() => stack?.stop());

interface Value {
  value: string;
  labelFr: string;
  labelNl: string;
  label: string;
  count: number;
}
type Facets = Record<string, Value[]>;

const FIELDS = 'value labelFr labelNl label count';
const FACETS = `facets { ${[
  'types',
  'bassins',
  'groupements',
  'communes',
  'languages',
  'publics',
  'needs',
  'access',
  'authorities',
  'synthetic',
]
  .map((facet) => `${facet} { ${FIELDS} }`)
  .join(' ')} }`;

async function facets(language: 'FR' | 'NL'): Promise<Facets> {
  const data = await expectData<{ searchServices: { facets: Facets } }>(
    stack.gatewayUrl,
    `query($language: Language) { searchServices(query: "", first: 1, language: $language) { ${FACETS} } }`,
    { language },
  );
  return data.searchServices.facets;
}

it('labels every value of every facet, in French, Dutch and the language asked', async () => {
  const [fr, nl] = await Promise.all([facets('FR'), facets('NL')]);
  for (const [facet, values] of Object.entries(fr)) {
    expect([facet, values.length > 0]).toEqual([facet, true]);
    for (const value of values) {
      expect(value.labelFr.trim()).not.toBe('');
      expect(value.labelNl.trim()).not.toBe('');
      expect(value.label).toBe(value.labelFr);
    }
  }
  for (const values of Object.values(nl)) {
    for (const value of values) {
      expect(value.label).toBe(value.labelNl);
    }
  }
});

it('names taxonomy codes and territory ids as the registry and the territories do', async () => {
  const result = await facets('FR');
  const names = await expectData<{
    taxonomy: Array<{ code: string; labelFr: string; labelNl: string }>;
    communes: Array<{ id: string; nameFr: string; nameNl: string }>;
    bassins: Array<{ id: string; nameFr: string; nameNl: string }>;
  }>(
    stack.gatewayUrl,
    '{ taxonomy(taxonomy: SERVICE_TYPE) { code labelFr labelNl } communes { id nameFr nameNl } bassins { id nameFr nameNl } }',
  );
  const expected = (
    list: Array<{ labelFr?: string; nameFr?: string; labelNl?: string; nameNl?: string }>,
    key: (item: never) => string,
  ) =>
    new Map(
      list.map((item) => [
        key(item as never),
        [item.labelFr ?? item.nameFr, item.labelNl ?? item.nameNl],
      ]),
    );
  const types = expected(names.taxonomy, (item: { code: string }) => item.code);
  for (const value of result.types ?? []) {
    expect([value.value, value.labelFr, value.labelNl]).toEqual([
      value.value,
      ...(types.get(value.value) ?? []),
    ]);
  }
  const territories = expected(
    [...names.communes, ...names.bassins],
    (item: { id: string }) => item.id,
  );
  for (const value of [...(result.communes ?? []), ...(result.bassins ?? [])]) {
    expect([value.value, value.labelFr, value.labelNl]).toEqual([
      value.value,
      ...(territories.get(value.value) ?? []),
    ]);
  }
});

it('names languages, access conditions and authorities, never by their code', async () => {
  const result = await facets('FR');
  expect(result.languages?.find((value) => value.value === 'fr')).toMatchObject({
    labelFr: 'Français',
    labelNl: 'Frans',
  });
  for (const facet of ['access', 'authorities', 'publics', 'needs', 'groupements']) {
    for (const value of result[facet] ?? []) {
      expect([facet, value.labelFr]).not.toEqual([facet, value.value]);
    }
  }
});

it('names the languages a service speaks, beside their codes', async () => {
  const data = await expectData<{
    services: {
      edges: Array<{
        node: {
          languages: string[];
          spokenLanguages: Array<{ code: string; labelFr: string; labelNl: string }>;
        };
      }>;
    };
  }>(
    stack.gatewayUrl,
    '{ services(first: 30) { edges { node { languages spokenLanguages { code labelFr labelNl } } } } }',
  );
  const services = data.services.edges.map((edge) => edge.node);
  expect(services.some((service) => service.languages.length > 0)).toBe(true);
  for (const service of services) {
    expect(service.spokenLanguages.map((language) => language.code)).toEqual(service.languages);
  }
  const french = services
    .flatMap((service) => service.spokenLanguages)
    .find((language) => language.code === 'fr');
  expect(french).toEqual({ code: 'fr', labelFr: 'Français', labelNl: 'Frans' });
});

it('names the authority of every agrément beside its code', async () => {
  const data = await expectData<{
    organisations: {
      edges: Array<{
        node: {
          agrements: Array<{
            authority: string;
            authorityLabelFr: string;
            authorityLabelNl: string;
          }>;
        };
      }>;
    };
  }>(
    stack.gatewayUrl,
    '{ organisations(first: 200, synthetic: false) { edges { node { agrements { authority authorityLabelFr authorityLabelNl } } } } }',
  );
  const agrements = data.organisations.edges.flatMap((edge) => edge.node.agrements);
  expect(agrements.length).toBeGreaterThan(0);
  const cocof = agrements.find((agrement) => agrement.authority === 'COCOF');
  expect(cocof).toEqual({
    authority: 'COCOF',
    authorityLabelFr: 'Commission communautaire française (COCOF)',
    authorityLabelNl: 'Franse Gemeenschapscommissie (COCOF)',
  });
  for (const agrement of agrements) {
    expect(agrement.authorityLabelFr).not.toBe(agrement.authority);
  }
});
