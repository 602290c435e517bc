import { expectData } from '@bxl/common/testkit';
import { seedCollaborations } from '@bxl/collaborations';

import { startTestStack } from './support/test-stack';
import type { TestStack } from './support/test-stack';

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ syntheticServices: 300 });
}, 180_000);
afterAll(() => stack?.stop());

interface Clss {
  id: string;
  nameFr: string;
  status: string;
  synthetic: boolean;
  note: string | null;
  source: string;
  groupement: { id: string; nameFr: string };
  host: { id: string; nameFr: string } | null;
  communeIds: string[];
}

const CLSS_LIST = `{ localSocialHealthContracts(first: 100) { totalCount edges { node {
  id nameFr status synthetic note source groupement { id nameFr } host { id nameFr } communeIds } } } }`;

async function allClss(): Promise<Clss[]> {
  const data = await expectData<{
    localSocialHealthContracts: { edges: Array<{ node: Clss }> };
  }>(stack.gatewayUrl, CLSS_LIST);
  return data.localSocialHealthContracts.edges.map((edge) => edge.node);
}

describe('the collaborations seed', () => {
  it('has the 9 existing CLSS on their provisional groupements, the others named with details unknown', async () => {
    const clss = await allClss();
    const existing = clss.filter((c) => c.status === 'EXISTING');
    expect(existing).toHaveLength(9);
    expect(clss.filter((c) => c.status === 'NAMED_DETAILS_UNKNOWN').length).toBe(clss.length - 9);
    for (const c of clss) {
      expect(c.synthetic).toBe(false);
      expect(c.groupement.id).toMatch(/^groupement:provisional-clss:/);
      // The territories subgraph knows the groupement (its name comes from there).
      expect(c.groupement.nameFr).toBe(c.nameFr);
      expect(c.source).toMatch(/clss-quartiers\.csv/);
      expect(c.communeIds.length).toBeGreaterThan(0);
    }
  });

  it('hosts each existing CLSS at the CPAS of its commune when the registry has it, else says so', async () => {
    const clss = await allClss();
    const byName = new Map(clss.map((c) => [c.nameFr, c]));
    const anderlecht = byName.get('CLSS Cureghem')?.host;
    expect(anderlecht?.nameFr).toMatch(/^CPAS d'Anderlecht/);
    expect(byName.get('CLSS Wayez et Centre historique')?.host?.id).toBe(anderlecht?.id);
    expect(byName.get('CLSS Colignon')?.host?.nameFr).toMatch(/^CPAS de Schaerbeek/);
    expect(byName.get('CLSS Marolles')?.host?.nameFr).toMatch(/^CPAS de la Ville de Bruxelles/);
    const { localSocialHealthContract: cureghem } = await expectData<{
      localSocialHealthContract: {
        name: { text: string; language: string };
        bassins: Array<{ id: string }>;
      };
    }>(
      stack.gatewayUrl,
      '{ localSocialHealthContract(id: "clss:cureghem") { name(language: NL) { text language } bassins { id } } }',
    );
    expect(cureghem).toEqual({
      name: { text: 'LSGC Cureghem', language: 'NL' },
      bassins: [{ id: 'bassin:centre-ouest' }],
    });
    const molenbeek = byName.get("CLSS Gare de l'Ouest");
    expect(molenbeek?.host).toBeNull();
    expect(molenbeek?.note).toMatch(/not in the actor registry/);
    expect(
      clss.filter((c) => c.status === 'NAMED_DETAILS_UNKNOWN').every((c) => c.host === null),
    ).toBe(true);
  });

  it('labels its example CSSI, convention and network synthetic, over synthetic actors', async () => {
    const data = await expectData<{
      integratedCentres: { edges: Array<{ node: Record<string, unknown> }> };
      conventions: { edges: Array<{ node: Record<string, unknown> }> };
      networks: { edges: Array<{ node: Record<string, unknown> }> };
    }>(
      stack.gatewayUrl,
      `{ integratedCentres { edges { node { synthetic nameFr nameNl origin budget { kind total }
           members { organisation { synthetic } } } } }
         conventions { edges { node { synthetic objectFr parties { organisation { synthetic } } } } }
         networks { edges { node { synthetic nameFr members { organisation { synthetic } } } } } }`,
    );
    const nodes = [
      ...data.integratedCentres.edges,
      ...data.conventions.edges,
      ...data.networks.edges,
    ].map((edge) => edge.node);
    expect(nodes).toHaveLength(3);
    // The example centre says it is a new structure, and its budget follows (CSSI note § 2.3).
    expect(data.integratedCentres.edges[0]?.node).toMatchObject({
      origin: 'NEW',
      budget: { kind: 'NEW', total: 500_000 },
    });
    for (const node of nodes) {
      expect(node.synthetic).toBe(true);
      expect(`${node.nameFr ?? node.objectFr}`).toMatch(/^\[Synthetic\]/);
      const members = (node.members ?? node.parties) as Array<{
        organisation: { synthetic: boolean };
      }>;
      expect(members.length).toBeGreaterThan(1);
      expect(members.every((m) => m.organisation.synthetic)).toBe(true);
    }
  });

  it('seeds again without adding or changing anything', async () => {
    const count = async () =>
      (
        await stack.collaborations.db.em.fork().execute<Array<{ n: number }>>(
          `select (select count(*) from collaborations.local_social_health_contract)
              + (select count(*) from collaborations.member)
              + (select count(*) from collaborations.integrated_centre)::int as n`,
        )
      )[0]?.n;
    const before = await count();
    await seedCollaborations(stack.collaborations.db.em.fork(), stack.collaborations.services);
    expect(await count()).toBe(before);
  });
});
