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

const { changes } = collaborationsSql(() => stack);

describe('CLSS deliverables', () => {
  const DELIVERABLES = `query($id: ID!) { localSocialHealthContract(id: $id) { version periodStart periodEnd
    deliverables { kind title date status actions { title themes } projects { title organisationId amount } } } }`;

  it('keeps dated deliverables with their actions and funded projects, and validates them', async () => {
    const carrier = await organisationWithService(stack, 'casg');
    const id = 'clss:colignon';
    const read = async () =>
      (
        await expectData<{
          localSocialHealthContract: {
            version: number;
            periodStart: string;
            deliverables: unknown[];
          };
        }>(stack.gatewayUrl, DELIVERABLES, { id })
      ).localSocialHealthContract;
    const deliverables = [
      {
        kind: 'DIAGNOSTIC',
        title: null,
        date: '2024-06-30',
        status: 'DONE',
        actions: [],
        projects: [],
      },
      {
        kind: 'ACTION_PLAN',
        title: 'Plan 2025',
        date: '2025-01-15',
        status: 'IN_PROGRESS',
        actions: [
          { title: 'Permanence logement', themes: ['HOUSING_LOSS_PREVENTION', 'REHOUSING'] },
        ],
        projects: [],
      },
      {
        kind: 'CALL_FOR_PROJECTS',
        title: 'Appel 2025',
        date: '2025-03-01',
        status: 'DONE',
        actions: [],
        projects: [
          { title: 'Accès aux droits', organisationId: carrier.organisationId, amount: 25000 },
        ],
      },
    ];
    const { version } = await read();
    const input = { id, version, periodStart: '2024-01-01', periodEnd: '2029-12-31', deliverables };
    await expectData(stack.gatewayUrl, UPDATE_CLSS, { input }, stack.as('editor'));
    const after = await read();
    expect(after).toMatchObject({ version: version + 1, periodStart: '2024-01-01', deliverables });
    // The same content again changes nothing: no new version, no change-log row.
    await expectData(
      stack.gatewayUrl,
      UPDATE_CLSS,
      { input: { ...input, version: after.version } },
      stack.as('editor'),
    );
    expect((await read()).version).toBe(after.version);
    // A funded project's organisation is the actors entity, resolved through the gateway.
    const { localSocialHealthContract } = await expectData<{
      localSocialHealthContract: {
        deliverables: Array<{ projects: Array<{ organisation: { id: string; nameFr: string } }> }>;
      };
    }>(
      stack.gatewayUrl,
      `query($id: ID!) { localSocialHealthContract(id: $id) { deliverables { projects { organisation { id nameFr } } } } }`,
      { id },
    );
    const project = localSocialHealthContract.deliverables[2]?.projects[0];
    expect(project?.organisation.id).toBe(carrier.organisationId);
    expect(project?.organisation.nameFr).toEqual(expect.any(String));
    expect((await changes(id)).map((row) => row.field)).toEqual([
      'periodStart',
      'periodEnd',
      'deliverables',
    ]);

    const wrong = await expectErrorCode(
      stack.gatewayUrl,
      UPDATE_CLSS,
      {
        input: {
          id,
          version: after.version,
          periodEnd: '2023-12-31',
          deliverables: [
            {
              ...deliverables[1],
              date: '2025-02-30',
              actions: [{ title: 'x', themes: ['GARDENING'] }],
            },
            {
              ...deliverables[2],
              projects: [{ title: 'y', organisationId: 'org:nobody', amount: -1 }],
            },
          ],
        },
      },
      'BAD_USER_INPUT',
      stack.as('editor'),
    );
    expect(problemFields(wrong)).toEqual([
      'deliverables[0].actions[0].themes[0]',
      'deliverables[0].date',
      'deliverables[1].projects[0].amount',
      'deliverables[1].projects[0].organisationId',
      'periodEnd',
    ]);
  });
});
