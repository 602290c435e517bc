import { encodeIdentity, IDENTITY_HEADER } from '@bxl/common';
import { expectData, expectErrorCode } from '@bxl/common/testkit';

import { Role, startTestStack } from './support/test-stack';
import type { TestStack } from './support/test-stack';

let stack: TestStack;
let editor: Record<string, string>;
beforeAll(async () => {
  stack = await startTestStack({ syntheticServices: 300 });
  editor = stack.as(Role.EDITOR);
}, 120_000);
afterAll(() => stack?.stop());

const sql = <T>(query: string, params: unknown[] = []) =>
  stack.actors.db.em.fork().execute<T[]>(query, params);
const count = async (table: string) =>
  (await sql<{ n: number }>(`select count(*)::int as n from ${table}`))[0]?.n;

/** A point inside a quartier (its label point, checked by locate). */
async function pointIn(quartier: string): Promise<{ latitude: number; longitude: number }> {
  const { territory } = await expectData<{
    territory: { centroid: { latitude: number; longitude: number } };
  }>(stack.gatewayUrl, `{ territory(id: "${quartier}") { centroid { latitude longitude } } }`);
  const { locate } = await expectData<{ locate: { quartier: { id: string } } }>(
    stack.gatewayUrl,
    `{ locate(latitude: ${territory.centroid.latitude}, longitude: ${territory.centroid.longitude}) { quartier { id } } }`,
  );
  expect(locate.quartier.id).toBe(quartier);
  return territory.centroid;
}

const CREATE_ORG = `mutation($input: OrganisationInput!) { createOrganisation(input: $input) { id version nameFr enterpriseNumber phones } }`;
const CREATE_SITE = `mutation($input: CreateSiteInput!) { createSite(input: $input) {
  id version commune { id } positionPrecision bassin { id } groupement { id } quartier { id } } }`;
const UPDATE_SITE = `mutation($input: UpdateSiteInput!) { updateSite(input: $input) {
  id version commune { id } bassin { id } groupement { id } quartier { id } } }`;
const CREATE_SERVICE = `mutation($input: CreateServiceInput!) { createService(input: $input) { id version sites { id } } }`;

const weekdays = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'].map((day) => ({
  day,
  opens: '09:00',
  closes: '17:00',
}));
const hours = (saturday: boolean) => ({
  weekly: saturday ? [...weekdays, { day: 'SATURDAY', opens: '09:00', closes: '13:00' }] : weekdays,
  exceptions: [],
  closedOnPublicHolidays: true,
});

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
    const before = [await count('actors.organisation'), await count('events.change_log')];
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
    expect([await count('actors.organisation'), await count('events.change_log')]).toEqual(before);
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
    const rows = await sql<{
      field: string;
      before: unknown;
      after: unknown;
      actor: string;
      operation: string;
    }>(
      'select field, before, after, actor, operation from events.change_log where entity_id = ? order by id',
      [organisationId],
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
    const before = await count('events.change_log');
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
    expect(await count('events.change_log')).toBe(before);
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

  it('keeps the change log append-only', async () => {
    await expect(sql('update events.change_log set actor = ?', ['mallory'])).rejects.toThrow(
      /append-only/,
    );
    await expect(sql('delete from events.change_log')).rejects.toThrow(/append-only/);
  });
});

describe('when a territory layer changes', () => {
  it('recomputes the sites’ groupements after the official groupements are imported (admins only)', async () => {
    const quartiers = await stack.territories.db.em
      .fork()
      .execute<
        Array<{ code: string }>
      >("select code from territories.territory where layer = 'QUARTIER'");
    const csv = [
      'unit_code,groupement_code,name_fr,name_nl,density_2021,density_rank,income_2019,income_rank,diabetes_2020,diabetes_rank,no_dentist_2020,no_dentist_rank,clss_status',
      ...quartiers.map(({ code }) => `${code},all,Tout (test),Alles (test),1,1,1,1,1,1,1,1,none`),
    ].join('\n');
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

describe('taxonomies', () => {
  it('lets admins add a term, once, with both labels, and then accepts its code', async () => {
    const add = `mutation($code: String!, $fr: String!, $nl: String!) {
      addTaxonomyTerm(taxonomy: SERVICE_TYPE, code: $code, labelFr: $fr, labelNl: $nl) { code labelFr } }`;
    const term = { code: 'housing-first', fr: 'Housing First', nl: 'Housing First' };
    await expectErrorCode(stack.gatewayUrl, add, term, 'FORBIDDEN', editor);
    await expectErrorCode(
      stack.gatewayUrl,
      add,
      { ...term, code: 'Bad Code', nl: '' },
      'BAD_USER_INPUT',
      stack.as(Role.ADMIN),
    ).then((error) =>
      expect((error.extensions?.problems as Array<{ field: string }>).map((p) => p.field)).toEqual([
        'code',
        'labelNl',
      ]),
    );
    await expectData(stack.gatewayUrl, add, term, stack.as(Role.ADMIN));
    await expectErrorCode(stack.gatewayUrl, add, term, 'CONFLICT', stack.as(Role.ADMIN));
    const { services } = await expectData<{ services: { totalCount: number } }>(
      stack.gatewayUrl,
      '{ services(filter: { types: ["housing-first"] }) { totalCount } }',
    );
    expect(services.totalCount).toBe(0);
  });
});

describe('the HSDS fields: an organisation’s parent and alternate names, a service’s texts', () => {
  const CREATE_CHILD = `mutation($input: OrganisationInput!) { createOrganisation(input: $input) {
    id version alternateNameFr alternateNameNl parentOrganisation { id nameFr parentOrganisation { id } } } }`;
  const UPDATE_ORG = `mutation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) { id version } }`;
  let parentId: string;
  let childId: string;

  const changeRows = (entityId: string) =>
    sql<{ field: string; before: unknown; after: unknown; operation: string }>(
      'select field, before, after, operation from events.change_log where entity_id = ? order by id',
      [entityId],
    );
  const problemFields = (error: { extensions?: Record<string, unknown> }) =>
    (error.extensions?.problems as Array<{ field: string }>).map((p) => p.field);

  it('creates an organisation with a parent and alternate names, and logs them', async () => {
    const parent = await expectData<{ createOrganisation: { id: string } }>(
      stack.gatewayUrl,
      CREATE_ORG,
      { input: { nameFr: 'Fédération de Test' } },
      editor,
    );
    parentId = parent.createOrganisation.id;
    const { createOrganisation } = await expectData<{
      createOrganisation: {
        id: string;
        alternateNameFr: string;
        alternateNameNl: string;
        parentOrganisation: { id: string; nameFr: string; parentOrganisation: null };
      };
    }>(
      stack.gatewayUrl,
      CREATE_CHILD,
      {
        input: {
          nameFr: 'Antenne de Test',
          alternateNameFr: 'ADT',
          alternateNameNl: 'Test-antenne',
          parentOrganisationId: parentId,
        },
      },
      editor,
    );
    childId = createOrganisation.id;
    expect(createOrganisation).toMatchObject({
      alternateNameFr: 'ADT',
      alternateNameNl: 'Test-antenne',
      parentOrganisation: { id: parentId, nameFr: 'Fédération de Test', parentOrganisation: null },
    });
    expect((await changeRows(childId)).map((row) => row.field)).toEqual([
      'nameFr',
      'alternateNameFr',
      'alternateNameNl',
      'parentOrganisationId',
    ]);
  });

  it('refuses a parent that does not exist, is the organisation itself or one of its descendants, and writes nothing', async () => {
    const before = [await count('actors.organisation'), await count('events.change_log')];
    const missing = await expectErrorCode(
      stack.gatewayUrl,
      CREATE_CHILD,
      { input: { nameFr: 'Orpheline de Test', parentOrganisationId: 'org:does-not-exist' } },
      'BAD_USER_INPUT',
      editor,
    );
    expect(problemFields(missing)).toEqual(['parentOrganisationId']);
    const itself = await expectErrorCode(
      stack.gatewayUrl,
      UPDATE_ORG,
      { input: { id: childId, version: 1, parentOrganisationId: childId } },
      'BAD_USER_INPUT',
      editor,
    );
    expect(problemFields(itself)).toEqual(['parentOrganisationId']);
    const cycle = await expectErrorCode(
      stack.gatewayUrl,
      UPDATE_ORG,
      { input: { id: parentId, version: 1, parentOrganisationId: childId } },
      'BAD_USER_INPUT',
      editor,
    );
    expect(problemFields(cycle)).toEqual(['parentOrganisationId']);
    expect([await count('actors.organisation'), await count('events.change_log')]).toEqual(before);
    const rows = await sql<{ id: string; version: number; parent_organisation_id: string | null }>(
      'select id, version, parent_organisation_id from actors.organisation where id in (?, ?) order by id',
      [parentId, childId],
    );
    expect(rows).toEqual(
      expect.arrayContaining([
        { id: parentId, version: 1, parent_organisation_id: null },
        { id: childId, version: 1, parent_organisation_id: parentId },
      ]),
    );
  });

  it('updates a service’s how to apply, logging one change with its before and after', async () => {
    const { createService } = await expectData<{ createService: { id: string } }>(
      stack.gatewayUrl,
      CREATE_SERVICE,
      {
        input: {
          organisationId: childId,
          nameFr: 'Permanence de Test',
          typeCodes: ['casg'],
          eligibilityFr: 'Habitants de la commune',
          howToApplyFr: 'Téléphoner le matin',
          costFr: 'Gratuit',
          costNl: 'Gratis',
        },
      },
      editor,
    );
    const serviceId = createService.id;
    const created = await changeRows(serviceId);
    const { updateService } = await expectData<{
      updateService: {
        version: number;
        howToApplyFr: string;
        eligibilityFr: string;
        costNl: string;
      };
    }>(
      stack.gatewayUrl,
      `mutation($input: UpdateServiceInput!) { updateService(input: $input) {
        version howToApplyFr eligibilityFr costNl } }`,
      { input: { id: serviceId, version: 1, howToApplyFr: 'Sans rendez-vous, le mardi' } },
      editor,
    );
    expect(updateService).toEqual({
      version: 2,
      howToApplyFr: 'Sans rendez-vous, le mardi',
      eligibilityFr: 'Habitants de la commune',
      costNl: 'Gratis',
    });
    expect((await changeRows(serviceId)).slice(created.length)).toEqual([
      {
        field: 'howToApplyFr',
        before: 'Téléphoner le matin',
        after: 'Sans rendez-vous, le mardi',
        operation: 'UPDATE',
      },
    ]);
  });

  it('reads the parents of a page of organisations in one batch, whatever its length', async () => {
    await sql('update actors.organisation set parent_organisation_id = ? where id <> ?', [
      parentId,
      parentId,
    ]);
    const query = `query($first: Int!) { organisations(first: $first) { edges { node {
      id parentOrganisation { id } } } } }`;
    const measure = async (first: number) => {
      const before = stack.actors.db.sql.count;
      const { organisations } = await expectData<{
        organisations: { edges: Array<{ node: { parentOrganisation: { id: string } | null } }> };
      }>(stack.gatewayUrl, query, { first });
      const parents = organisations.edges.filter((edge) => edge.node.parentOrganisation);
      expect(parents.length).toBeGreaterThanOrEqual(first - 1);
      return stack.actors.db.sql.count - before;
    };
    // The page's ids, the page, then its parents (none when they are all in the page already).
    expect(await measure(10)).toBeLessThanOrEqual(3);
    expect(await measure(100)).toBeLessThanOrEqual(3);
  });
});

describe('agréments', () => {
  it('lets an editor record an organisation’s agréments, checking their dates', async () => {
    const { createOrganisation } = await expectData<{
      createOrganisation: { id: string; version: number };
    }>(stack.gatewayUrl, CREATE_ORG, { input: { nameFr: 'SSM de Test' } }, editor);
    const update = `mutation($input: UpdateOrganisationInput!) { updateOrganisation(input: $input) {
      version agrements { authority kind number validFrom validTo } } }`;
    const agrement = {
      authority: 'COCOF',
      kind: 'service de santé mentale',
      number: 'SSM-42',
      validFrom: '2024-01-01',
      validTo: null,
    };
    const bad = await expectErrorCode(
      stack.gatewayUrl,
      update,
      {
        input: {
          id: createOrganisation.id,
          version: 1,
          agrements: [{ ...agrement, validTo: '2023-12-31' }],
        },
      },
      'BAD_USER_INPUT',
      editor,
    );
    expect(bad.extensions?.problems).toEqual([
      expect.objectContaining({ field: 'agrements[0].validTo' }),
    ]);
    const { updateOrganisation } = await expectData<{
      updateOrganisation: { version: number; agrements: unknown[] };
    }>(
      stack.gatewayUrl,
      update,
      { input: { id: createOrganisation.id, version: 1, agrements: [agrement] } },
      editor,
    );
    expect(updateOrganisation).toEqual({ version: 2, agrements: [agrement] });
    const rows = await sql<{ field: string; after: unknown }>(
      "select field, after from events.change_log where entity_id = ? and operation = 'UPDATE'",
      [createOrganisation.id],
    );
    expect(rows).toEqual([{ field: 'agrements', after: [agrement] }]);
  });
});

describe('contacts', () => {
  const CONTACTS = `contacts { name title phone email }`;
  const anne = {
    name: 'Anne Test',
    title: 'Accueil',
    phone: '+3225294120',
    email: 'accueil@test.example.be',
  };
  let organisationId: string;
  let siteId: string;

  it('refuses a contact without name or title, or with a bad e-mail, naming it, and writes nothing', async () => {
    organisationId = (
      await expectData<{ createOrganisation: { id: string } }>(
        stack.gatewayUrl,
        CREATE_ORG,
        { input: { nameFr: 'Maison de Test des contacts' } },
        editor,
      )
    ).createOrganisation.id;
    const before = [await count('actors.site'), await count('events.change_log')];
    const error = await expectErrorCode(
      stack.gatewayUrl,
      CREATE_SITE,
      {
        input: {
          organisationId,
          communeNis: '21004',
          contacts: [{ name: ' ', title: null, phone: '12', email: 'a@b' }],
        },
      },
      'BAD_USER_INPUT',
      editor,
    );
    const fields = (error.extensions?.problems as Array<{ field: string }>)
      .map((p) => p.field)
      .sort();
    expect(fields).toEqual(['contacts[0].email', 'contacts[0].name', 'contacts[0].phone']);
    expect([await count('actors.site'), await count('events.change_log')]).toEqual(before);
  });

  it('creates a site with a contact, its phone in E.164, and logs it', async () => {
    const { createSite } = await expectData<{ createSite: { id: string; contacts: unknown[] } }>(
      stack.gatewayUrl,
      `mutation($input: CreateSiteInput!) { createSite(input: $input) { id ${CONTACTS} } }`,
      {
        input: {
          organisationId,
          communeNis: '21004',
          contacts: [{ ...anne, name: ' Anne Test ', phone: '02/529.41.20' }],
        },
      },
      editor,
    );
    siteId = createSite.id;
    expect(createSite.contacts).toEqual([anne]);
    const rows = await sql<{ after: unknown }>(
      "select after from events.change_log where entity_id = ? and field = 'contacts' and operation = 'CREATE'",
      [siteId],
    );
    expect(rows).toEqual([{ after: [anne] }]);
  });

  it('lets a service have its own contacts at a site, else shows the site’s', async () => {
    const { createService } = await expectData<{ createService: { id: string } }>(
      stack.gatewayUrl,
      CREATE_SERVICE,
      {
        input: {
          organisationId,
          nameFr: 'Permanence des contacts',
          typeCodes: ['casg'],
          siteIds: [siteId],
        },
      },
      editor,
    );
    const serviceId = createService.id;
    const deliveries = `deliveries { ownContacts ${CONTACTS} site { id } }`;
    const { service } = await expectData<{ service: { deliveries: unknown[] } }>(
      stack.gatewayUrl,
      `{ service(id: "${serviceId}") { ${deliveries} } }`,
    );
    expect(service.deliveries).toEqual([
      { ownContacts: false, contacts: [anne], site: { id: siteId } },
    ]);
    const set = `mutation($service: ID!, $site: ID!, $version: Int!, $contacts: [ContactInput!]) {
      setServiceContactsAtSite(serviceId: $service, siteId: $site, version: $version, contacts: $contacts) {
        version ${deliveries} } }`;
    const bad = await expectErrorCode(
      stack.gatewayUrl,
      set,
      {
        service: serviceId,
        site: siteId,
        version: 1,
        contacts: [{ title: 'Médecin', email: 'x' }],
      },
      'BAD_USER_INPUT',
      editor,
    );
    expect(bad.extensions?.problems).toEqual([
      expect.objectContaining({ field: 'contacts[0].email' }),
    ]);
    const own = { name: null, title: 'Médecin', phone: '+32470123456', email: null };
    const { setServiceContactsAtSite } = await expectData<{
      setServiceContactsAtSite: { version: number; deliveries: unknown[] };
    }>(
      stack.gatewayUrl,
      set,
      {
        service: serviceId,
        site: siteId,
        version: 1,
        contacts: [{ title: 'Médecin', phone: '0470 12 34 56' }],
      },
      editor,
    );
    expect(setServiceContactsAtSite).toEqual({
      version: 2,
      deliveries: [{ ownContacts: true, contacts: [own], site: { id: siteId } }],
    });
    await expectErrorCode(
      stack.gatewayUrl,
      set,
      { service: serviceId, site: siteId, version: 1, contacts: null },
      'CONFLICT',
      editor,
    );
    const rows = await sql<{ field: string; before: unknown; after: unknown }>(
      "select field, before, after from events.change_log where entity_id = ? and operation = 'UPDATE'",
      [serviceId],
    );
    expect(rows).toEqual([{ field: `contacts@${siteId}`, before: null, after: [own] }]);
    const back = await expectData<{ setServiceContactsAtSite: { deliveries: unknown[] } }>(
      stack.gatewayUrl,
      set,
      { service: serviceId, site: siteId, version: 2, contacts: null },
      editor,
    );
    expect(back.setServiceContactsAtSite.deliveries).toEqual([
      { ownContacts: false, contacts: [anne], site: { id: siteId } },
    ]);
  });
});
