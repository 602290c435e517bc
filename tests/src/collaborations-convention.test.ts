import { expectData, expectErrorCode } from '@bxl/common/testkit';

import {
  collaborationsSql,
  CREATE_CONVENTION,
  organisationWithService,
  problemFields,
} from './support/collaborations-kit';
import { startTestStack } from './support/test-stack';
import type { TestStack } from './support/test-stack';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
}, 180_000);
afterAll(() => stack?.stop());

const { count, logged } = collaborationsSql(() => stack);

describe('conventions', () => {
  it('refuses a party’s service id that does not exist, clearly, and writes nothing', async () => {
    const a = await organisationWithService(stack, 'medical-house');
    const b = await organisationWithService(stack, 'debt-mediation');
    const before = {
      conventions: await count('collaborations.convention'),
      members: await count('collaborations.member'),
      log: await logged('Convention'),
    };
    const error = await expectErrorCode(
      stack.gatewayUrl,
      CREATE_CONVENTION,
      {
        input: {
          kind: 'SPECIALISED_MISSION',
          objectFr: 'Médiation de dettes',
          parties: [
            { role: 'PARTY', organisationId: a.organisationId },
            { role: 'PARTY', organisationId: b.organisationId, serviceId: 'svc:does-not-exist' },
          ],
        },
      },
      'BAD_USER_INPUT',
      stack.as('editor'),
    );
    expect(error.message).toMatch(/Invalid Convention/);
    expect(error.extensions?.problems).toEqual([
      { field: 'parties[1].serviceId', message: 'unknown service svc:does-not-exist' },
    ]);
    expect({
      conventions: await count('collaborations.convention'),
      members: await count('collaborations.member'),
      log: await logged('Convention'),
    }).toEqual(before);
  });

  it('binds at least two organisations, and lists them as parties', async () => {
    const a = await organisationWithService(stack, 'casg');
    const b = await organisationWithService(stack, 'mental-health');
    const single = await expectErrorCode(
      stack.gatewayUrl,
      CREATE_CONVENTION,
      {
        input: {
          kind: 'PARTNERSHIP',
          objectFr: 'x',
          parties: [{ role: 'PARTY', organisationId: a.organisationId }],
        },
      },
      'BAD_USER_INPUT',
      stack.as('editor'),
    );
    expect(problemFields(single)).toEqual(['parties']);
    const { createConvention } = await expectData<{
      createConvention: { id: string; parties: Array<Record<string, unknown>> };
    }>(
      stack.gatewayUrl,
      CREATE_CONVENTION,
      {
        input: {
          kind: 'REFERRAL',
          objectFr: 'Orientation réciproque',
          startDate: '2026-01-01',
          parties: [
            { role: 'PARTY', organisationId: a.organisationId },
            { role: 'PARTY', organisationId: b.organisationId, serviceId: b.serviceId },
          ],
        },
      },
      stack.as('editor'),
    );
    expect(createConvention.parties).toEqual([
      { role: 'PARTY', organisation: { id: a.organisationId }, service: null },
      { role: 'PARTY', organisation: { id: b.organisationId }, service: { id: b.serviceId } },
    ]);
    const { conventions } = await expectData<{
      conventions: { edges: Array<{ node: { id: string } }> };
    }>(
      stack.gatewayUrl,
      'query($org: ID!) { conventions(memberOrganisation: $org) { edges { node { id } } } }',
      { org: b.organisationId },
    );
    expect(conventions.edges.map((edge) => edge.node.id)).toEqual([createConvention.id]);
    const { organisation } = await expectData<{
      organisation: { collaborations: Array<Record<string, unknown>> };
    }>(
      stack.gatewayUrl,
      `query($org: ID!) { organisation(id: $org) { collaborations { body role
         collaboration { __typename ... on Convention { id kind } } } } }`,
      { org: b.organisationId },
    );
    expect(organisation.collaborations).toEqual([
      {
        body: 'CONVENTION',
        role: 'PARTY',
        collaboration: { __typename: 'Convention', id: createConvention.id, kind: 'REFERRAL' },
      },
    ]);
  });
});

describe('networks', () => {
  it('are listed on the territories they work on and for their members', async () => {
    const a = await organisationWithService(stack, 'raq');
    const { createNetwork } = await expectData<{ createNetwork: { id: string } }>(
      stack.gatewayUrl,
      `mutation($input: NetworkInput!) { createNetwork(input: $input) { id } }`,
      {
        input: {
          nameFr: 'Réseau Forest',
          territoryId: 'commune:21007',
          members: [{ role: 'COORDINATOR', organisationId: a.organisationId }],
        },
      },
      stack.as('editor'),
    );
    const ids = async (territory: string) =>
      (
        await expectData<{ networks: { edges: Array<{ node: { id: string } }> } }>(
          stack.gatewayUrl,
          'query($t: ID!, $org: ID!) { networks(territory: $t, memberOrganisation: $org) { edges { node { id } } } }',
          { t: territory, org: a.organisationId },
        )
      ).networks.edges.map((edge) => edge.node.id);
    expect(await ids('commune:21007')).toEqual([createNetwork.id]);
    expect(await ids('bassin:sud')).toEqual([createNetwork.id]);
    expect(await ids('commune:21004')).toEqual([]);
    const unknown = await expectErrorCode(
      stack.gatewayUrl,
      `mutation($input: NetworkInput!) { createNetwork(input: $input) { id } }`,
      { input: { nameFr: 'Nowhere', territoryId: 'commune:99999' } },
      'BAD_USER_INPUT',
      stack.as('editor'),
    );
    expect(problemFields(unknown)).toEqual(['territoryId']);
  });
});

describe('the regional committee and the référents quartiers', () => {
  it('keeps the regional committee’s members by role, with its four missions', async () => {
    const brusano = await organisationWithService(stack, 'other');
    const read = `{ regionalCommittee { id version body { kind missions { code } members { role organisation { id } } } } }`;
    type Committee = {
      regionalCommittee: {
        id: string;
        version: number;
        body: { kind: string; missions: unknown[]; members: unknown[] };
      };
    };
    const { regionalCommittee } = await expectData<Committee>(stack.gatewayUrl, read);
    expect(regionalCommittee.body.missions).toHaveLength(4);
    const update = `mutation($input: UpdateRegionalCommitteeInput!) { updateRegionalCommittee(input: $input) { version } }`;
    const wrong = await expectErrorCode(
      stack.gatewayUrl,
      update,
      {
        input: {
          version: regionalCommittee.version,
          members: [{ role: 'CLSS_COORDINATOR', personName: 'x' }],
        },
      },
      'BAD_USER_INPUT',
      stack.as('editor'),
    );
    expect(problemFields(wrong)).toEqual(['members[0].role']);
    await expectData(
      stack.gatewayUrl,
      update,
      {
        input: {
          version: regionalCommittee.version,
          members: [{ role: 'BRUSANO', organisationId: brusano.organisationId }],
        },
      },
      stack.as('editor'),
    );
    const after = await expectData<Committee>(stack.gatewayUrl, read);
    expect(after.regionalCommittee.body.members).toEqual([
      { role: 'BRUSANO', organisation: { id: brusano.organisationId } },
    ]);
  });

  it('gives a référent quartier only to a commune no CLSS covers', async () => {
    const create = `mutation($input: QuartierReferentInput!) { createQuartierReferent(input: $input) { id communeId } }`;
    const covered = await expectErrorCode(
      stack.gatewayUrl,
      create,
      { input: { communeId: 'commune:21001', personName: 'A' } },
      'BAD_USER_INPUT',
      stack.as('editor'),
    );
    expect(problemFields(covered)).toEqual(['communeId']);
    const { createQuartierReferent } = await expectData<{ createQuartierReferent: { id: string } }>(
      stack.gatewayUrl,
      create,
      { input: { communeId: 'commune:21016', personName: 'B', personContact: 'b@example.org' } },
      stack.as('editor'),
    );
    const { territory } = await expectData<{
      territory: { quartierReferents: Array<{ id: string; personName: string }>; clss: unknown[] };
    }>(
      stack.gatewayUrl,
      '{ territory(id: "commune:21016") { ... on Commune { clss { id } quartierReferents { id personName } } } }',
    );
    expect(territory).toEqual({
      clss: [],
      quartierReferents: [{ id: createQuartierReferent.id, personName: 'B' }],
    });
  });
});
