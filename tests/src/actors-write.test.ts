import { countChangeLog, encodeIdentity, IDENTITY_HEADER, readChangeLog } from '@bxl/common';
import { expectData, expectErrorCode } from '@bxl/common/testkit';

import {
  actorsSql,
  CREATE_ORG,
  CREATE_SERVICE,
  CREATE_SITE,
  hours,
  pointIn as pointInStack,
  UPDATE_SITE,
} from './support/actors-kit';
import { wholeRegionTable } from './support/groupement-table';
import { Role, startTestStack } from './support/test-stack';
import type { TestStack } from './support/test-stack';

let stack: TestStack;
let editor: Record<string, string>;
beforeAll(async () => {
  stack = await startTestStack({ syntheticServices: 300 });
  editor = stack.as(Role.EDITOR);
}, 120_000);
afterAll(() => stack?.stop());

const { sql, count } = actorsSql(() => stack);
const log = () => stack.actors.db.em.fork();
const pointIn = (quartier: string) => pointInStack(stack, quartier);
describe('who may write', () => {
  it('refuses anonymous writes, writes without the editor role, and identities not vouched for by the gateway', async () => {
    const variables = { input: { nameFr: 'Test' } };
    await expectErrorCode(stack.gatewayUrl, CREATE_ORG, variables, 'UNAUTHENTICATED');
    await expectErrorCode(stack.gatewayUrl, CREATE_ORG, variables, 'FORBIDDEN', stack.as());
    const forged = { [IDENTITY_HEADER]: encodeIdentity({ subject: 'mallory', roles: ['editor'] }) };
    await expectErrorCode(stack.actors.url, CREATE_ORG, variables, 'UNAUTHENTICATED', forged);
  });
});

describe('an editor keeps the registry true', () => {
  let organisationId: string;
  let siteId: string;
  let openServiceId: string;

  it('refuses invalid input, naming every field, and writes nothing', async () => {
    const before = [await count('actors.organisation'), await countChangeLog(log())];
    const error = await expectErrorCode(
      stack.gatewayUrl,
      CREATE_ORG,
      {
        input: {
          nameFr: ' ',
          enterpriseNumber: '0123.456.789',
          email: 'a@b',
          website: 'ftp://x.be',
          phones: ['12'],
        },
      },
      'BAD_USER_INPUT',
      editor,
    );
    const fields = (error.extensions?.problems as Array<{ field: string }>)
      .map((p) => p.field)
      .sort();
    expect(fields).toEqual(['email', 'enterpriseNumber', 'nameFr', 'phones[0]', 'website']);
    expect([await count('actors.organisation'), await countChangeLog(log())]).toEqual(before);
  });

  it('creates an organisation, normalising its numbers, and logs each field set', async () => {
    // 0403.170.701: 8 digits 04031707 → 97 − (4031707 mod 97) = 01.
    const { createOrganisation } = await expectData<{
      createOrganisation: {
        id: string;
        version: number;
        enterpriseNumber: string;
        phones: string[];
      };
    }>(
      stack.gatewayUrl,
      CREATE_ORG,
      {
        input: {
          nameFr: 'Service de médiation de dettes du Test',
          enterpriseNumber: '0403.170.701',
          phones: ['02/529.41.20'],
        },
      },
      editor,
    );
    organisationId = createOrganisation.id;
    expect(createOrganisation).toMatchObject({
      version: 1,
      enterpriseNumber: '0403170701',
      phones: ['+3225294120'],
    });
    const rows = (await readChangeLog(log(), { entityId: organisationId })).map(
      ({ field, before, after, actor, operation }) => ({ field, before, after, actor, operation }),
    );
    expect(rows.map((row) => row.field)).toEqual(['nameFr', 'enterpriseNumber', 'phones']);
    expect(rows[1]).toEqual({
      field: 'enterpriseNumber',
      before: null,
      after: '0403170701',
      actor: 'test-editor',
      operation: 'CREATE',
    });
  });

  it('places a new site from its point, and refuses a point outside the Region or in another commune', async () => {
    const point = await pointIn('quartier:15');
    await expectErrorCode(
      stack.gatewayUrl,
      CREATE_SITE,
      { input: { organisationId, latitude: 50.88, longitude: 4.7 } },
      'BAD_USER_INPUT',
      editor,
    ).then((error) =>
      expect(error.extensions?.problems).toEqual([expect.objectContaining({ field: 'latitude' })]),
    );
    await expectErrorCode(
      stack.gatewayUrl,
      CREATE_SITE,
      { input: { organisationId, ...point, communeNis: '21007' } },
      'BAD_USER_INPUT',
      editor,
    ).then((error) =>
      expect(error.extensions?.problems).toEqual([
        expect.objectContaining({ field: 'communeNis' }),
      ]),
    );
    const { createSite } = await expectData<{
      createSite: {
        id: string;
        communeNis: string;
        positionPrecision: string;
        bassin: { id: string };
        groupement: { id: string };
        quartier: { id: string };
      };
    }>(
      stack.gatewayUrl,
      CREATE_SITE,
      {
        input: {
          organisationId,
          streetFr: 'Rue de Test',
          number: '1',
          ...point,
          openingHours: hours(true),
        },
      },
      editor,
    );
    siteId = createSite.id;
    expect(createSite).toMatchObject({
      commune: { id: 'commune:21012' },
      positionPrecision: 'POINT',
      bassin: { id: 'bassin:centre-ouest' },
      groupement: { id: 'groupement:provisional-clss:gare-de-l-ouest' },
      quartier: { id: 'quartier:15' },
    });
  });

  it('answers the professional’s question with the new service, and not with its twin closed on Saturday', async () => {
    const closed = await expectData<{ createSite: { id: string } }>(
      stack.gatewayUrl,
      CREATE_SITE,
      {
        input: {
          organisationId,
          streetFr: 'Rue Fermée',
          ...(await pointIn('quartier:15')),
          openingHours: hours(false),
        },
      },
      editor,
    );
    const service = (siteIds: string[], nameFr: string) => ({
      input: {
        organisationId,
        nameFr,
        typeCodes: ['debt-mediation'],
        languages: ['fr', 'ar'],
        acceptsUninsured: true,
        siteIds,
      },
    });
    const open = await expectData<{ createService: { id: string } }>(
      stack.gatewayUrl,
      CREATE_SERVICE,
      service([siteId], 'Médiation ouverte le samedi'),
      editor,
    );
    await expectData(
      stack.gatewayUrl,
      CREATE_SERVICE,
      service([closed.createSite.id], 'Médiation fermée le samedi'),
      editor,
    );
    const { services } = await expectData<{ services: { edges: Array<{ node: { id: string } }> } }>(
      stack.gatewayUrl,
      `{ services(first: 50, filter: { types: ["debt-mediation"], territory: "groupement:provisional-clss:gare-de-l-ouest",
           mode: BOTH, languages: ["ar"], access: { acceptsUninsured: true }, openAt: "2026-11-28T09:30:00Z" }) {
         edges { node { id } } } }`,
    );
    expect(services.edges.map((edge) => edge.node.id)).toContain(open.createService.id);
    expect(
      services.edges.map((edge) => edge.node.id).filter((id) => id.includes('fermee')),
    ).toEqual([]);
  });

  it('lets a service keep its own hours at a site, which then decide whether it is open', async () => {
    const question = `{ services(first: 50, filter: { types: ["debt-mediation"], languages: ["ar"],
      territory: "groupement:provisional-clss:gare-de-l-ouest", openAt: "2026-11-28T09:30:00Z" }) { edges { node { id } } } }`;
    const found = async () =>
      (
        await expectData<{ services: { edges: Array<{ node: { id: string } }> } }>(
          stack.gatewayUrl,
          question,
        )
      ).services.edges.map((edge) => edge.node.id);
    openServiceId = (await found()).find((id) => id.includes('ouverte')) as string;
    expect(openServiceId).toBeDefined();
    const set = `mutation($service: ID!, $site: ID!, $version: Int!, $hours: OpeningHoursInput) {
      setServiceHoursAtSite(serviceId: $service, siteId: $site, version: $version, openingHours: $hours) {
        version deliveries { ownHours openingHours { weekly { day } } site { id } } } }`;
    const weekdaysOnly = {
      weekly: [{ day: 'MONDAY', opens: '09:00', closes: '12:00' }],
      exceptions: [],
      closedOnPublicHolidays: true,
    };
    const { setServiceHoursAtSite } = await expectData<{
      setServiceHoursAtSite: {
        version: number;
        deliveries: Array<{ ownHours: boolean; openingHours: { weekly: Array<{ day: string }> } }>;
      };
    }>(
      stack.gatewayUrl,
      set,
      { service: openServiceId, site: siteId, version: 1, hours: weekdaysOnly },
      editor,
    );
    expect(setServiceHoursAtSite.version).toBe(2);
    expect(setServiceHoursAtSite.deliveries).toEqual([
      { ownHours: true, openingHours: { weekly: [{ day: 'MONDAY' }] }, site: { id: siteId } },
    ]);
    expect(await found()).not.toContain(openServiceId);
    await expectErrorCode(
      stack.gatewayUrl,
      set,
      { service: openServiceId, site: siteId, version: 1, hours: null },
      'CONFLICT',
      editor,
    );
    await expectData(
      stack.gatewayUrl,
      set,
      { service: openServiceId, site: siteId, version: 2, hours: null },
      editor,
    );
    expect(await found()).toContain(openServiceId);
  });

  it('moves a site from Molenbeek to Forest: new commune, groupement and bassin, logged field by field', async () => {
    const point = await pointIn('quartier:50');
    const { updateSite } = await expectData<{
      updateSite: {
        version: number;
        communeNis: string;
        bassin: { id: string };
        groupement: { id: string };
        quartier: { id: string };
      };
    }>(stack.gatewayUrl, UPDATE_SITE, { input: { id: siteId, version: 1, ...point } }, editor);
    expect(updateSite).toMatchObject({
      version: 2,
      commune: { id: 'commune:21007' },
      bassin: { id: 'bassin:sud' },
      groupement: { id: 'groupement:provisional-clss:bas-de-forest-et-pont-de-luttre' },
      quartier: { id: 'quartier:50' },
    });
    const { changes } = await expectData<{
      changes: Array<{ field: string; before: unknown; after: unknown; operation: string }>;
    }>(
      stack.gatewayUrl,
      'query($id: ID!) { changes(entityId: $id) { field before after operation } }',
      { id: siteId },
      editor,
    );
    const update = changes.filter((change) => change.operation === 'UPDATE');
    expect(update.map((change) => change.field).sort()).toEqual([
      'communeNis',
      'latitude',
      'longitude',
    ]);
    expect(update.find((change) => change.field === 'communeNis')).toMatchObject({
      before: '21012',
      after: '21007',
    });
    await expectErrorCode(stack.gatewayUrl, '{ changes { id } }', {}, 'UNAUTHENTICATED');
  });

  it('refuses a stale version with CONFLICT and changes nothing', async () => {
    const before = await countChangeLog(log());
    const error = await expectErrorCode(
      stack.gatewayUrl,
      UPDATE_SITE,
      { input: { id: siteId, version: 1, streetFr: 'Autre rue' } },
      'CONFLICT',
      editor,
    );
    expect(error.extensions?.currentVersion).toBe(2);
    const [site] = await sql<{ street_fr: string }>(
      'select street_fr from actors.site where id = ?',
      [siteId],
    );
    expect(site?.street_fr).toBe('Rue de Test');
    expect(await countChangeLog(log())).toBe(before);
  });

  it('archives and restores (hidden from public lists meanwhile), and verifies without touching updatedAt', async () => {
    const listed = async () =>
      (
        await expectData<{ sites: { totalCount: number } }>(
          stack.gatewayUrl,
          `{ sites(organisation: "${organisationId}") { totalCount } }`,
        )
      ).sites.totalCount;
    const visible = await listed();
    await expectData(
      stack.gatewayUrl,
      'mutation($id: ID!) { archive(id: $id, version: 2) { ... on Site { archivedAt } } }',
      { id: siteId },
      editor,
    );
    expect(await listed()).toBe(visible - 1);
    await expectData(
      stack.gatewayUrl,
      'mutation($id: ID!) { restore(id: $id, version: 3) { ... on Site { archivedAt } } }',
      { id: siteId },
      editor,
    );
    expect(await listed()).toBe(visible);
    const { verify } = await expectData<{
      verify: { verifiedAt: string; verifiedBy: string; updatedAt: string; version: number };
    }>(
      stack.gatewayUrl,
      'mutation($id: ID!) { verify(id: $id, version: 4) { ... on Site { verifiedAt verifiedBy updatedAt version } } }',
      { id: siteId },
      editor,
    );
    expect(verify.verifiedBy).toBe('test-editor');
    expect(new Date(verify.verifiedAt).getTime()).toBeGreaterThan(
      new Date(verify.updatedAt).getTime(),
    );
  });
});

describe('when a territory layer changes', () => {
  it('recomputes the sites’ groupements after the official groupements are imported (admins only)', async () => {
    const csv = await wholeRegionTable(stack.territories, 'Tout (test)', 'Alles (test)');
    await expectData(
      stack.gatewayUrl,
      'mutation($csv: String!) { importGroupements(input: { csv: $csv, unit: QUARTIER, name: "test", source: "test", dryRun: false }) { groupementCount } }',
      { csv },
      stack.as(Role.ADMIN),
    );
    await expectErrorCode(
      stack.gatewayUrl,
      'mutation { refreshSiteTerritories }',
      {},
      'FORBIDDEN',
      editor,
    );
    const { refreshSiteTerritories } = await expectData<{ refreshSiteTerritories: number }>(
      stack.gatewayUrl,
      'mutation { refreshSiteTerritories }',
      {},
      stack.as(Role.ADMIN),
    );
    expect(refreshSiteTerritories).toBeGreaterThan(0);
    const [row] = await sql<{ n: number }>(
      "select count(*)::int as n from actors.site where latitude is not null and not ('groupement:official:all' = any(territory_ids))",
    );
    expect(row?.n).toBe(0);
  });
});
