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
      {},
      stack.as(Role.EDITOR),
    )
  ).exportRegistry;

const records = (stack: TestStack) => loadRegistryRecords(stack.actors.db.em.fork());

/**
 * Editors fill the HSDS fields of a few records of the source: the first organisation (in id order)
 * gets the last one as parent, so an import meets the child before its parent; two services get
 * eligibility, how to apply and cost, in one language or both.
 */
async function fillHsdsFields(stack: TestStack): Promise<void> {
  const editor = stack.as(Role.EDITOR);
  const { organisations, services } = await records(stack);
  const versionOf = async (kind: 'organisation' | 'service', id: string) =>
    (
      await expectData<Record<string, { version: number }>>(
        stack.gatewayUrl,
        `query($id: ID!) { ${kind}(id: $id) { version } }`,
        { id },
      )
    )[kind]?.version;
  const [child, parent] = [organisations[0], organisations[organisations.length - 1]];
  const update = async (mutation: string, type: string, input: Record<string, unknown>) =>
    expectData(
      stack.gatewayUrl,
      `mutation($input: ${type}!) { ${mutation}(input: $input) { id } }`,
      { input },
      editor,
    );
  await update('updateOrganisation', 'UpdateOrganisationInput', {
    id: child?.id,
    version: await versionOf('organisation', child?.id as string),
    parentOrganisationId: parent?.id,
    alternateNameFr: '[Synthetic] Antenne, "AA"',
    alternateNameNl: '[Synthetisch] Vestiging | AA',
  });
  const texts = [
    {
      eligibilityFr: 'Habitants de la commune ; sur rendez-vous.',
      howToApplyNl: 'Bel in de voormiddag.\nOf kom langs.',
      costFr: 'Gratuit',
      costNl: 'Gratis',
    },
    { eligibilityNl: 'Iedereen.', howToApplyFr: 'Sans rendez-vous.', costNl: '5 euro' },
  ];
  for (const [index, values] of texts.entries()) {
    const id = services[index * 7]?.id as string;
    const version = await versionOf('service', id);
    await update('updateService', 'UpdateServiceInput', { id, version, ...values });
  }
}

describe('HSDS round trip', () => {
  it('exports the registry as HSDS, imports it into an empty registry, and gets the same records back', async () => {
    await fillHsdsFields(source);
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
    const filled = expected.organisations.filter((org) => org.parentOrganisationId);
    expect(filled).toHaveLength(1);
    expect(filled[0]?.parentOrganisationId).toBe(expected.organisations.at(-1)?.id);
    expect(expected.services.filter((svc) => svc.costNl)).toHaveLength(2);

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
    await expectErrorCode(
      target.gatewayUrl,
      '{ exportRegistry(format: CSV) }',
      {},
      'UNAUTHENTICATED',
    );
    expect(await records(target)).toEqual(before);
  });

  it('checks parents against the file and the registry: one that is nowhere or makes a cycle is refused, an existing one is kept', async () => {
    const before = await records(target);
    const child = before.organisations.find((org) => org.parentOrganisationId);
    const parentId = child?.parentOrganisationId as string;
    const csv = (...rows: string[]) => ['org_id,org_name_fr,org_parent_id', ...rows].join('\n');
    const error = await expectErrorCode(
      target.gatewayUrl,
      IMPORT,
      {
        input: {
          format: 'CSV',
          content: csv(
            'org:synthetic-x,[Synthetic] X,org:synthetic-y',
            'org:synthetic-y,[Synthetic] Y,org:synthetic-x',
            'org:synthetic-z,[Synthetic] Z,org:nowhere',
            `${parentId},[Synthetic] Parent,${child?.id}`,
          ),
        },
      },
      'BAD_USER_INPUT',
      target.as(Role.EDITOR),
    );
    const problems = error.extensions?.problems as Array<{ field: string; message: string }>;
    expect(problems).toHaveLength(4);
    problems.forEach((problem) => expect(problem.field).toMatch(/\.parentOrganisationId$/));
    expect(problems.map((problem) => problem.message)).toContain(
      'org:nowhere is neither in the file nor in the registry',
    );
    expect(await records(target)).toEqual(before);

    await expectData(
      target.gatewayUrl,
      IMPORT,
      { input: { format: 'CSV', content: csv(`org:synthetic-x,[Synthetic] X,${parentId}`) } },
      target.as(Role.EDITOR),
    );
    const { organisation } = await expectData<{
      organisation: { parentOrganisation: { id: string } };
    }>(target.gatewayUrl, '{ organisation(id: "org:synthetic-x") { parentOrganisation { id } } }');
    expect(organisation.parentOrganisation.id).toBe(parentId);
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

describe('imports that must not overwrite or vanish (issue 11)', () => {
  it('the external id is the upsert key: the same name under another external id never overwrites the first record', async () => {
    const header = 'org_external_id,org_name_fr,org_description_fr,org_synthetic,org_source';
    const run = (row: string) =>
      expectData<{ importRegistry: { organisations: { created: number; updated: number } } }>(
        target.gatewayUrl,
        IMPORT,
        { input: { format: 'CSV', content: `${header}\n${row}\n` } },
        target.as(Role.EDITOR),
      );
    const first = await run('ea-T,[Synthetic] Clash Test T,Première description,true,test');
    expect(first.importRegistry.organisations).toEqual(expect.objectContaining({ created: 1 }));
    const second = await run('eb-T,[Synthetic] Clash Test T,Seconde description,true,test');
    expect(second.importRegistry.organisations).toEqual(
      expect.objectContaining({ created: 1, updated: 0 }),
    );
    const { organisations } = await records(target);
    const clash = organisations.filter((org) => org.nameFr === '[Synthetic] Clash Test T');
    expect(clash.map((org) => [org.externalId, org.descriptionFr]).sort()).toEqual([
      ['ea-T', 'Première description'],
      ['eb-T', 'Seconde description'],
    ]);
    expect(new Set(clash.map((org) => org.id)).size).toBe(2);
  });

  it('Open Referral’s single service object (examples/service_full.json shape) is rejected with a numbered problem', async () => {
    const before = await records(target);
    const single = {
      id: 'ac148810-d857-441c-9679-408f346de14b',
      name: 'Example Service',
      organization: { id: 'd9d5e0f5-d3ce-4f73-9a2f-4dd0ecc6c174', name: 'Example Organization' },
      service_at_locations: [{ id: 'x', location: { id: 'y', latitude: 100, longitude: 101 } }],
    };
    const error = await expectErrorCode(
      target.gatewayUrl,
      IMPORT,
      { input: { format: 'HSDS_JSON', content: JSON.stringify(single) } },
      'BAD_USER_INPUT',
      target.as(Role.EDITOR),
    );
    expect(error.extensions?.problems).toEqual([
      expect.objectContaining({ message: expect.stringMatching(/one HSDS object/) }),
    ]);
    expect(await records(target)).toEqual(before);
  });

  it('a request that is not UTF-8 is refused, not stored as replacement characters', async () => {
    // "Caf" + the Latin-1 byte of "é" (0xE9): not UTF-8.
    const raw = Buffer.from(
      JSON.stringify({
        query: IMPORT,
        variables: { input: { format: 'CSV', content: 'org_name_fr\nCaf~' } },
      }),
    );
    raw[raw.indexOf('~')] = 0xe9;
    const response = await fetch(target.gatewayUrl, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'apollo-require-preflight': 'true',
        ...target.as(Role.EDITOR),
      },
      body: raw,
    });
    expect(response.status).toBe(400);
    expect(await response.text()).toMatch(/not valid UTF-8/);
  });
});

describe('fields a format does not carry', () => {
  it('keeps them when an import updates the record', async () => {
    const [service] = (await records(target)).services;
    const { updateService } = await expectData<{ updateService: { version: number } }>(
      target.gatewayUrl,
      'mutation($id: ID!, $version: Int!) { updateService(input: { id: $id, version: $version, minimumAge: 18 }) { version } }',
      {
        id: service?.id,
        version: (
          await target.actors.db.em
            .fork()
            .execute<
              Array<{ version: number }>
            >('select version from actors.service where id = ?', [service?.id])
        )[0]?.version,
      },
      target.as(Role.EDITOR),
    );
    expect(updateService.version).toBeGreaterThan(1);
    await expectData(
      target.gatewayUrl,
      IMPORT,
      { input: { format: 'HSDS_JSON', content: await exported(source, 'HSDS_JSON') } },
      target.as(Role.EDITOR),
    );
    const [row] = await target.actors.db.em
      .fork()
      .execute<
        Array<{ minimum_age: number | null }>
      >('select minimum_age from actors.service where id = ?', [service?.id]);
    expect(row?.minimum_age).toBe(18);
  });
});
