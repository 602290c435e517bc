import { countChangeLog, readChangeLog } from '@bxl/common';
import { expectData, expectErrorCode } from '@bxl/common/testkit';

import { actorsSql, CREATE_ORG, CREATE_SERVICE, CREATE_SITE } from './support/actors-kit';
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

  const changeRows = async (entityId: string) =>
    (await readChangeLog(log(), { entityId })).map(({ field, before, after, operation }) => ({
      field,
      before,
      after,
      operation,
    }));
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
    const before = [await count('actors.organisation'), await countChangeLog(log())];
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
    expect([await count('actors.organisation'), await countChangeLog(log())]).toEqual(before);
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
    const rows = await readChangeLog(log(), {
      entityId: createOrganisation.id,
      operation: 'UPDATE',
    });
    expect(rows.map(({ field, after }) => ({ field, after }))).toEqual([
      { field: 'agrements', after: [agrement] },
    ]);
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
    const before = [await count('actors.site'), await countChangeLog(log())];
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
    expect([await count('actors.site'), await countChangeLog(log())]).toEqual(before);
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
    const rows = await readChangeLog(log(), {
      entityId: siteId,
      field: 'contacts',
      operation: 'CREATE',
    });
    expect(rows.map(({ after }) => ({ after }))).toEqual([{ after: [anne] }]);
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
    const rows = await readChangeLog(log(), { entityId: serviceId, operation: 'UPDATE' });
    expect(rows.map(({ field, before, after }) => ({ field, before, after }))).toEqual([
      { field: `contacts@${siteId}`, before: null, after: [own] },
    ]);
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
