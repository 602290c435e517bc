import { loadRegistryRecords } from '@bxl/actors';
import { expectData, expectErrorCode } from '@bxl/common/testkit';

import { Role, startTestStack } from './support/test-stack';
import type { TestStack } from './support/test-stack';

let source: TestStack;
let target: TestStack;
beforeAll(async () => {
  source = await startTestStack({ syntheticServices: 150 });
  target = await startTestStack({ syntheticServices: 0, realRecords: false });
}, 180_000);
afterAll(async () => {
  await source?.stop();
  await target?.stop();
});

const IMPORT = `mutation($input: ImportRegistryInput!) { importRegistry(input: $input) {
  dryRun organisations { created updated unchanged } sites { created updated unchanged } services { created updated unchanged } } }`;

const exported = async (stack: TestStack, format: string) =>
  (
    await expectData<{ exportRegistry: string }>(
      stack.gatewayUrl,
      `{ exportRegistry(format: ${format}) }`,
    )
  ).exportRegistry;

const records = (stack: TestStack) => loadRegistryRecords(stack.actors.db.em.fork());

describe('HSDS round trip', () => {
  it('exports the registry as HSDS, imports it into an empty registry, and gets the same records back', async () => {
    const hsds = await exported(source, 'HSDS_JSON');
    const document = JSON.parse(hsds) as {
      hsds_version: string;
      services: unknown[];
      organizations: unknown[];
      locations: unknown[];
    };
    const expected = await records(source);
    expect(document.hsds_version).toBe('3.0');
    expect(document.services).toHaveLength(expected.services.length);

    const dry = await expectData<{ importRegistry: Record<string, { created: number }> }>(
      target.gatewayUrl,
      IMPORT,
      { input: { format: 'HSDS_JSON', content: hsds, dryRun: true } },
      target.as(Role.EDITOR),
    );
    expect(dry.importRegistry.services?.created).toBe(expected.services.length);
    expect((await records(target)).services).toEqual([]);

    await expectData(
      target.gatewayUrl,
      IMPORT,
      { input: { format: 'HSDS_JSON', content: hsds } },
      target.as(Role.EDITOR),
    );
    expect(await records(target)).toEqual(expected);

    const again = await expectData<{
      importRegistry: Record<string, { created: number; updated: number; unchanged: number }>;
    }>(
      target.gatewayUrl,
      IMPORT,
      { input: { format: 'HSDS_JSON', content: hsds } },
      target.as(Role.EDITOR),
    );
    expect(again.importRegistry.services).toEqual({
      created: 0,
      updated: 0,
      unchanged: expected.services.length,
    });
  });

  it('exports ndjson and CSV with one line per record', async () => {
    const expected = await records(source);
    const ndjson = (await exported(source, 'HSDS_NDJSON')).trim().split('\n');
    expect(ndjson).toHaveLength(
      expected.organisations.length + expected.sites.length + expected.services.length,
    );
    const csv = (await exported(source, 'CSV')).trim().split('\n');
    expect(csv.length).toBeGreaterThan(expected.services.length / 2);
  });
});

describe('importing bad and foreign files', () => {
  it('rejects a file with problems as a whole, numbering the records, and writes nothing', async () => {
    const before = await records(target);
    const hsds = JSON.parse(await exported(source, 'HSDS_JSON')) as {
      services: Array<Record<string, unknown>>;
    };
    const broken = {
      ...hsds,
      services: hsds.services.map((service, index) =>
        index === 2 ? { ...service, name: 42 } : service,
      ),
    };
    const error = await expectErrorCode(
      target.gatewayUrl,
      IMPORT,
      { input: { format: 'HSDS_JSON', content: JSON.stringify(broken) } },
      'BAD_USER_INPUT',
      target.as(Role.EDITOR),
    );
    expect(error.extensions?.problems).toEqual(
      expect.arrayContaining([expect.objectContaining({ line: 3 })]),
    );
    await expectErrorCode(
      target.gatewayUrl,
      IMPORT,
      { input: { format: 'HSDS_JSON', content: '{ not json' } },
      'BAD_USER_INPUT',
      target.as(Role.EDITOR),
    );
    await expectErrorCode(
      target.gatewayUrl,
      IMPORT,
      { input: { format: 'CSV', content: 'a,b\n1,2' } },
      'UNAUTHENTICATED',
    );
    expect(await records(target)).toEqual(before);
  });

  it('imports Bruxelles Social organisations, and upserts them by their id on the next import', async () => {
    const organisations = [
      {
        id: 90001,
        nameOfficialFr: '[Synthetic] Service de médiation de dettes Test',
        nameOfficialNl: '[Synthetisch] Dienst schuldbemiddeling Test',
        descriptionFr: 'Fiche inventée pour un test.',
        address: {
          streetFr: 'Rue du Test',
          streetNl: 'Teststraat',
          number: '1',
          zipCode: '1080',
          municipalityFr: 'Molenbeek-Saint-Jean',
          lat: 50.8553,
          lon: 4.3263,
        },
        telFr: '02 123 45 67',
        emailFr: 'contact@example.org',
        categories: ['Médiation de dettes'],
        agreements: ['COCOF'],
        languageoffer: ['fr', 'ar'],
        legalStatus: 'ASBL',
        lastUpdate: '2026-01-01',
      },
    ];
    const run = async (name: string) =>
      (
        await expectData<{
          importRegistry: Record<string, { created: number; updated: number; unchanged: number }>;
        }>(
          target.gatewayUrl,
          IMPORT,
          {
            input: {
              format: 'BRUXELLES_SOCIAL_JSON',
              content: JSON.stringify([{ ...organisations[0], nameOfficialFr: name }]),
            },
          },
          target.as(Role.EDITOR),
        )
      ).importRegistry;
    expect((await run('[Synthetic] Service de médiation de dettes Test')).organisations).toEqual({
      created: 1,
      updated: 0,
      unchanged: 0,
    });
    expect((await run('[Synthetic] Médiation de dettes Test (renommé)')).organisations).toEqual({
      created: 0,
      updated: 1,
      unchanged: 0,
    });
    const { services } = await expectData<{
      services: {
        edges: Array<{
          node: { nameNl: string; sites: Array<{ groupement: { id: string } | null }> };
        }>;
      };
    }>(
      target.gatewayUrl,
      '{ services(filter: { types: ["debt-mediation"], languages: ["ar"] }) { edges { node { nameNl sites { groupement { id } } } } } }',
    );
    expect(services.edges.map((edge) => edge.node.nameNl)).toContain(
      '[Synthetisch] Dienst schuldbemiddeling Test',
    );
  });
});
