import { encodeIdentity, IDENTITY_HEADER } from '@bxl/common';
import { expectData, expectErrorCode } from '@bxl/common/testkit';

import {
  collaborationsSql,
  organisationWithService,
  problemFields,
  UPDATE_CLSS,
} from './support/collaborations-kit';
import { startTestStack } from './support/test-stack';
import type { TestStack } from './support/test-stack';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack();
}, 180_000);
afterAll(() => stack?.stop());

const { count, changes } = collaborationsSql(() => stack);

const READ = `query($id: ID!) { localSocialHealthContract(id: $id) { id version
  workingGroup { members { role } } coordinationCell { members { role } } } }`;

async function current(id: string) {
  const { localSocialHealthContract } = await expectData<{
    localSocialHealthContract: {
      version: number;
      workingGroup: { members: Array<{ role: string }> };
      coordinationCell: { members: Array<{ role: string }> };
    };
  }>(stack.gatewayUrl, READ, { id });
  return localSocialHealthContract;
}

describe('CLSS bodies: members by role', () => {
  it('keeps each body’s members with their role, and logs one change per changed field', async () => {
    const a = await organisationWithService(stack, 'casg');
    const b = await organisationWithService(stack, 'medical-house');
    const id = 'clss:koekelberg';
    const { version } = await current(id);
    const { updateLocalSocialHealthContract: updated } = await expectData<{
      updateLocalSocialHealthContract: {
        version: number;
        workingGroup: { kind: string; members: Array<Record<string, unknown>> };
        coordinationCell: { kind: string; members: Array<Record<string, unknown>> };
      };
    }>(
      stack.gatewayUrl,
      UPDATE_CLSS,
      {
        input: {
          id,
          version,
          periodStart: '2025-01-01',
          workingGroup: [
            { role: 'FIELD_ASSOCIATION', organisationId: a.organisationId },
            { role: 'CITIZEN', personName: 'Residents’ committee' },
          ],
          coordinationCell: [
            {
              role: 'CLSS_COORDINATOR',
              personName: 'A. Coordinator',
              personContact: 'clss@example.org',
            },
            {
              role: 'ASSOCIATIVE_SECTOR_REPRESENTATIVE',
              organisationId: b.organisationId,
              serviceId: b.serviceId,
            },
          ],
        },
      },
      stack.as('editor'),
    );
    expect(updated.version).toBe(version + 1);
    expect(updated.workingGroup).toEqual({
      kind: 'WORKING_GROUP',
      members: [
        { role: 'FIELD_ASSOCIATION', organisation: { id: a.organisationId }, personName: null },
        { role: 'CITIZEN', organisation: null, personName: 'Residents’ committee' },
      ],
    });
    expect(updated.coordinationCell.members.map((m) => m.role)).toEqual([
      'CLSS_COORDINATOR',
      'ASSOCIATIVE_SECTOR_REPRESENTATIVE',
    ]);
    const logged = await changes(id);
    expect(logged.map((row) => [row.entity, row.field, row.operation])).toEqual([
      ['LocalSocialHealthContract', 'periodStart', 'UPDATE'],
      ['LocalSocialHealthContract', 'workingGroup', 'UPDATE'],
      ['LocalSocialHealthContract', 'coordinationCell', 'UPDATE'],
    ]);
    // The organisation now lists the CLSS body it sits in, with its role.
    const { organisation } = await expectData<{
      organisation: {
        collaborations: Array<{ body: string; role: string; collaboration: { id: string } }>;
      };
    }>(
      stack.gatewayUrl,
      `query($id: ID!) { organisation(id: $id) { collaborations { body role
         collaboration { ... on LocalSocialHealthContract { id } } } } }`,
      { id: a.organisationId },
    );
    expect(organisation.collaborations).toEqual([
      { body: 'WORKING_GROUP', role: 'FIELD_ASSOCIATION', collaboration: { id } },
    ]);
  });

  it('refuses an unknown role, or a role of another body, naming the field; nothing written', async () => {
    const id = 'clss:karreveld';
    const before = await current(id);
    const error = await expectErrorCode(
      stack.gatewayUrl,
      UPDATE_CLSS,
      {
        input: {
          id,
          version: before.version,
          workingGroup: [{ role: 'TREASURER', personName: 'X' }],
          // A working-group role is not a coordination-cell role.
          coordinationCell: [{ role: 'CITIZEN', personName: 'Y' }],
        },
      },
      'BAD_USER_INPUT',
      stack.as('editor'),
    );
    expect(problemFields(error)).toEqual(['coordinationCell[0].role', 'workingGroup[0].role']);
    expect(await current(id)).toEqual(before);
    expect(await changes(id)).toEqual([]);
  });

  it('refuses an organisation the actors registry does not know; nothing written', async () => {
    const id = 'clss:peterbos';
    const before = await current(id);
    const members = await count('collaborations.member');
    const error = await expectErrorCode(
      stack.gatewayUrl,
      UPDATE_CLSS,
      {
        input: {
          id,
          version: before.version,
          coordinationCell: [{ role: 'RESEARCHER', organisationId: 'org:does-not-exist' }],
        },
      },
      'BAD_USER_INPUT',
      stack.as('editor'),
    );
    expect(error.extensions?.problems).toEqual([
      {
        field: 'coordinationCell[0].organisationId',
        message: 'unknown organisation org:does-not-exist',
      },
    ]);
    expect(await count('collaborations.member')).toBe(members);
    expect(await changes(id)).toEqual([]);
  });

  it('refuses a stale version (CONFLICT)', async () => {
    const id = 'clss:saint-josse';
    const { version } = await current(id);
    const input = { id, version, note: 'first' };
    await expectData(stack.gatewayUrl, UPDATE_CLSS, { input }, stack.as('editor'));
    await expectErrorCode(
      stack.gatewayUrl,
      UPDATE_CLSS,
      { input: { ...input, note: 'second' } },
      'CONFLICT',
      stack.as('editor'),
    );
    expect((await changes(id)).map((row) => row.after)).toEqual(['first']);
  });

  it('creates a CLSS only on a groupement without one, and archives', async () => {
    const create = `mutation($input: LocalSocialHealthContractInput!) {
      createLocalSocialHealthContract(input: $input) { id version status groupement { id } communeIds } }`;
    const groupementId = 'groupement:provisional-clss:bas-de-saint-gilles';
    const input = { nameFr: 'CLSS Bas de Saint-Gilles', groupementId, status: 'PLANNED' };
    const taken = await expectErrorCode(
      stack.gatewayUrl,
      create,
      { input },
      'BAD_USER_INPUT',
      stack.as('editor'),
    );
    expect(problemFields(taken)).toEqual(['groupementId']);
    const seeded = await current('clss:bas-de-saint-gilles');
    await expectData(
      stack.gatewayUrl,
      'mutation($id: ID!, $version: Int!) { archiveCollaboration(id: $id, version: $version) { ... on LocalSocialHealthContract { archivedAt } } }',
      { id: 'clss:bas-de-saint-gilles', version: seeded.version },
      stack.as('editor'),
    );
    const { createLocalSocialHealthContract: created } = await expectData<{
      createLocalSocialHealthContract: { id: string; status: string; communeIds: string[] };
    }>(stack.gatewayUrl, create, { input }, stack.as('editor'));
    expect(created.status).toBe('PLANNED');
    expect(created.communeIds).toContain('commune:21013');
    const unknown = await expectErrorCode(
      stack.gatewayUrl,
      create,
      { input: { ...input, groupementId: 'groupement:provisional-clss:nowhere', status: null } },
      'BAD_USER_INPUT',
      stack.as('editor'),
    );
    expect(problemFields(unknown)).toEqual(['groupementId', 'status']);
    expect((await changes(created.id)).map((row) => row.field)).toEqual([
      'nameFr',
      'groupementId',
      'status',
    ]);
    // Restoring the archived CLSS would give the groupement two: refused, nothing written.
    const archived = await current('clss:bas-de-saint-gilles');
    const restore = await expectErrorCode(
      stack.gatewayUrl,
      'mutation($id: ID!, $version: Int!) { restoreCollaboration(id: $id, version: $version) { ... on LocalSocialHealthContract { archivedAt } } }',
      { id: 'clss:bas-de-saint-gilles', version: archived.version },
      'BAD_USER_INPUT',
      stack.as('editor'),
    );
    expect(problemFields(restore)).toEqual(['groupementId']);
    expect((await current('clss:bas-de-saint-gilles')).version).toBe(archived.version);
  });
});

describe('write authorization', () => {
  const variables = { input: { id: 'clss:marolles', version: 1, note: 'x' } };

  it('refuses anonymous callers, callers without the editor role, and a forged identity', async () => {
    await expectErrorCode(stack.gatewayUrl, UPDATE_CLSS, variables, 'UNAUTHENTICATED');
    await expectErrorCode(stack.gatewayUrl, UPDATE_CLSS, variables, 'FORBIDDEN', stack.as());
    const forged = { [IDENTITY_HEADER]: encodeIdentity({ subject: 'mallory', roles: ['editor'] }) };
    await expectErrorCode(
      stack.collaborations.url,
      UPDATE_CLSS,
      variables,
      'UNAUTHENTICATED',
      forged,
    );
    expect(await changes('clss:marolles')).toEqual([]);
  });

  it('lets an admin write as an editor', async () => {
    const { localSocialHealthContract } = await expectData<{
      localSocialHealthContract: { version: number };
    }>(stack.gatewayUrl, 'query { localSocialHealthContract(id: "clss:marolles") { version } }');
    await expectData(
      stack.gatewayUrl,
      UPDATE_CLSS,
      { input: { ...variables.input, version: localSocialHealthContract.version } },
      stack.as('admin'),
    );
  });
});
