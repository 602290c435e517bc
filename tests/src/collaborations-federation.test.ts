import { setTimeout as sleep } from 'node:timers/promises';

import { expectData } from '@bxl/common/testkit';

import { organisationWithService, UPDATE_CLSS } from './support/collaborations-kit';
import { startTestStack } from './support/test-stack';
import type { TestStack } from './support/test-stack';

let stack: TestStack;
let organisations: Array<Awaited<ReturnType<typeof organisationWithService>>>;
beforeAll(async () => {
  stack = await startTestStack();
  organisations = [];
  for (const type of ['casg', 'medical-house', 'mental-health', 'raq', 'debt-mediation', 'cpas']) {
    organisations.push(await organisationWithService(stack, type));
  }
}, 180_000);
afterAll(() => stack?.stop());

const CUREGHEM = 'groupement:provisional-clss:cureghem';

const CHAIN = `query($id: ID!) { territory(id: $id) { ... on Groupement { id nameFr
  clss { id nameFr status host { id nameFr services { id } }
    coordinationCell { kind members { role personName
      organisation { id nameFr services { id nameFr types { code } } } } } } } } }`;

type Chain = {
  territory: {
    nameFr: string;
    clss: {
      id: string;
      host: { nameFr: string } | null;
      coordinationCell: {
        members: Array<{
          role: string;
          organisation: { id: string; nameFr: string; services: Array<{ id: string }> } | null;
        }>;
      };
    };
  };
};

/** Sets Cureghem's coordination cell to these organisations (one seat each). */
async function seatInCureghem(members: typeof organisations) {
  const { localSocialHealthContract } = await expectData<{
    localSocialHealthContract: { version: number };
  }>(stack.gatewayUrl, '{ localSocialHealthContract(id: "clss:cureghem") { version } }');
  await expectData(
    stack.gatewayUrl,
    UPDATE_CLSS,
    {
      input: {
        id: 'clss:cureghem',
        version: localSocialHealthContract.version,
        coordinationCell: members.map((member) => ({
          role: 'ASSOCIATIVE_SECTOR_REPRESENTATIVE',
          organisationId: member.organisationId,
        })),
      },
    },
    stack.as('editor'),
  );
}

/** Waits until no subgraph sends SQL for a moment (the search indexer follows the change log). */
async function settle(): Promise<void> {
  const total = () =>
    stack.actors.db.sql.count + stack.territories.db.sql.count + stack.collaborations.db.sql.count;
  for (let last = -1; last !== total(); ) {
    last = total();
    await sleep(700);
  }
}

/** The SQL statements each subgraph sends to answer one operation. */
async function measure<T>(query: string, variables: Record<string, unknown>) {
  await settle();
  const before = {
    territories: stack.territories.db.sql.count,
    actors: stack.actors.db.sql.count,
    collaborations: stack.collaborations.db.sql.count,
  };
  const data = await expectData<T>(stack.gatewayUrl, query, variables);
  const count = {
    territories: stack.territories.db.sql.count - before.territories,
    actors: stack.actors.db.sql.count - before.actors,
    collaborations: stack.collaborations.db.sql.count - before.collaborations,
  };
  return { data, count };
}

describe('groupement → CLSS → coordination cell → organisations → services, in one operation', () => {
  it('answers through three subgraphs with the same number of SQL statements for 2 or 6 members', async () => {
    await seatInCureghem(organisations.slice(0, 2));
    const two = await measure<Chain>(CHAIN, { id: CUREGHEM });
    await seatInCureghem(organisations);
    const six = await measure<Chain>(CHAIN, { id: CUREGHEM });

    const clss = six.data.territory.clss;
    expect(six.data.territory.nameFr).toBe('CLSS Cureghem');
    expect(clss.id).toBe('clss:cureghem');
    expect(clss.host?.nameFr).toMatch(/^CPAS d'Anderlecht/);
    expect(clss.coordinationCell.members.map((m) => m.organisation?.id)).toEqual(
      organisations.map((o) => o.organisationId),
    );
    for (const member of clss.coordinationCell.members) {
      const seated = organisations.find((o) => o.organisationId === member.organisation?.id);
      expect(member.organisation?.services.map((s) => s.id)).toEqual([seated?.serviceId]);
    }
    expect(two.data.territory.clss.coordinationCell.members).toHaveLength(2);

    expect(six.count).toEqual(two.count);
    // territories: the groupement; collaborations: the CLSS by territory, then every member at once;
    // actors: the gateway fetches the host and the members apart, each one batch of organisations and
    // one of their services, plus the service-type taxonomy once.
    expect(six.count).toEqual({ territories: 1, collaborations: 2, actors: 5 });
  });

  it('lists the CLSS of a bassin with their members, in statements that do not grow with them', async () => {
    const query = `{ bassins { id clss { id coordinationCell { members { organisation { id services { id } } } } } } }`;
    const { data, count } = await measure<{
      bassins: Array<{ id: string; clss: Array<{ id: string }> }>;
    }>(query, {});
    const centreOuest = data.bassins.find((b) => b.id === 'bassin:centre-ouest');
    expect(centreOuest?.clss.map((c) => c.id)).toEqual(
      expect.arrayContaining(['clss:cureghem', 'clss:marolles', 'clss:gare-de-l-ouest']),
    );
    expect(data.bassins.find((b) => b.id === 'bassin:sud')?.clss.map((c) => c.id)).not.toContain(
      'clss:cureghem',
    );
    expect(count.collaborations).toBeLessThanOrEqual(2);
    expect(count.actors).toBeLessThanOrEqual(2);
  });
});
