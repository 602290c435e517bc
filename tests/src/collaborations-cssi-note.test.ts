import { MINIMUM_FRAME_STAFFING } from '@bxl/collaborations/testkit';
import { expectData, expectErrorCode } from '@bxl/common/testkit';

import {
  collaborationsSql,
  organisationWithService,
  problemFields,
} from './support/collaborations-kit';
import { startTestStack } from './support/test-stack';
import type { TestStack } from './support/test-stack';

// A CSSI record against what the CSSI note asks of it: its origin picks its budget, the four
// integration criteria count in its readiness, specialised missions and the inclusive function
// show which of their requirements are not recorded.

let stack: TestStack;
let mentalHealth: Awaited<ReturnType<typeof organisationWithService>>;
beforeAll(async () => {
  stack = await startTestStack({ seeded: false });
  mentalHealth = await organisationWithService(stack, 'mental-health');
}, 180_000);
afterAll(() => stack?.stop());

const { count, changes } = collaborationsSql(() => stack);

const CENTRE = `id version origin
  readiness { meetsFrame meetsIntegrationCriteria ready
    criteria { criterion { code source } status met } missingCriteria { code } }
  specialisedMissions { mission missingRequirements }
  inclusiveFunction { outreach missingRequirements }`;

interface Centre {
  id: string;
  version: number;
  origin: string | null;
  readiness: {
    meetsFrame: boolean;
    meetsIntegrationCriteria: boolean;
    ready: boolean;
    criteria: Array<{
      criterion: { code: string; source: string };
      status: string | null;
      met: boolean;
    }>;
    missingCriteria: Array<{ code: string }>;
  };
  specialisedMissions: Array<{ mission: string; missingRequirements: string[] }>;
  inclusiveFunction: { outreach: boolean; missingRequirements: string[] } | null;
}

async function create(input: Record<string, unknown>): Promise<Centre> {
  const data = await expectData<{ createIntegratedCentre: Centre }>(
    stack.gatewayUrl,
    `mutation($input: IntegratedCentreInput!) { createIntegratedCentre(input: $input) { ${CENTRE} } }`,
    { input: { status: 'PROJECT', ...input } },
    stack.as('editor'),
  );
  return data.createIntegratedCentre;
}

async function update(input: Record<string, unknown>): Promise<Centre> {
  const data = await expectData<{ updateIntegratedCentre: Centre }>(
    stack.gatewayUrl,
    `mutation($input: UpdateIntegratedCentreInput!) { updateIntegratedCentre(input: $input) { ${CENTRE} } }`,
    { input },
    stack.as('editor'),
  );
  return data.updateIntegratedCentre;
}

const BUDGET = `query($id: ID!) { integratedCentre(id: $id) {
  own: budget { kind total publishedTotal lines { code amount textFr } }
  asNew: budget(kind: NEW) { kind total } } }`;

describe('a CSSI says whether it is new or existing, and its budget follows', () => {
  it('costs an existing service 160,000 € and, once recorded as new, 500,000 €; the change is logged', async () => {
    const centre = await create({ nameFr: 'CSSI existant (test)', origin: 'EXISTING' });
    expect(centre.origin).toBe('EXISTING');
    const before = await expectData<{
      integratedCentre: { own: { kind: string; total: number; lines: Array<{ code: string }> } };
    }>(stack.gatewayUrl, BUDGET, { id: centre.id });
    expect(before.integratedCentre.own).toMatchObject({ kind: 'EXISTING', total: 160_000 });
    expect(before.integratedCentre.own.lines.map((line) => line.code)).toEqual([
      'ADMINISTRATION',
      'RECEPTION',
      'COORDINATION',
      'PSYCHOLOGIST',
    ]);

    await update({ id: centre.id, version: centre.version, origin: 'NEW' });
    const after = await expectData<{ integratedCentre: { own: { kind: string; total: number } } }>(
      stack.gatewayUrl,
      BUDGET,
      { id: centre.id },
    );
    expect(after.integratedCentre.own).toMatchObject({ kind: 'NEW', total: 500_000 });
    expect(
      (await changes(centre.id))
        .filter((change) => change.operation === 'UPDATE')
        .map((change) => change.field),
    ).toEqual(['origin']);
  });

  it('asks for a kind (BAD_USER_INPUT naming it) when the centre does not say, and answers any kind asked', async () => {
    const centre = await create({ nameFr: 'CSSI sans origine (test)' });
    expect(centre.origin).toBeNull();
    const error = await expectErrorCode(
      stack.gatewayUrl,
      BUDGET,
      { id: centre.id },
      'BAD_USER_INPUT',
    );
    expect(problemFields(error)).toEqual(['kind']);
    const asked = await expectData<{
      integratedCentre: { asNew: { kind: string; total: number } };
    }>(
      stack.gatewayUrl,
      `query($id: ID!) { integratedCentre(id: $id) { asNew: budget(kind: NEW) { kind total } } }`,
      { id: centre.id },
    );
    expect(asked.integratedCentre.asNew).toEqual({ kind: 'NEW', total: 500_000 });
  });
});

describe('readiness counts the four integration criteria', () => {
  it('is not ready with the frame met until all four criteria are declared met', async () => {
    const criteria = [
      { criterion: 'BENEFICIARY_CONCERTATION', status: 'MET', evidence: 'weekly case meeting' },
      { criterion: 'SHARED_PROFESSIONAL_SECRECY', status: 'MET' },
      { criterion: 'COMMUNITY_ACTION', status: 'IN_PROGRESS' },
    ];
    const centre = await create({
      nameFr: 'CSSI critères (test)',
      staffing: MINIMUM_FRAME_STAFFING,
      integrationCriteria: criteria,
    });
    expect(centre.readiness).toMatchObject({
      meetsFrame: true,
      meetsIntegrationCriteria: false,
      ready: false,
    });
    expect(centre.readiness.criteria.map((c) => [c.criterion.code, c.status, c.met])).toEqual([
      ['BENEFICIARY_CONCERTATION', 'MET', true],
      ['SHARED_PROFESSIONAL_SECRECY', 'MET', true],
      ['COMMUNITY_ACTION', 'IN_PROGRESS', false],
      ['COMMON_PROJECT', null, false],
    ]);
    expect(centre.readiness.criteria[0]?.criterion.source).toMatch(/§ 2\.5 .*item 1$/);
    expect(centre.readiness.missingCriteria.map((c) => c.code)).toEqual([
      'COMMUNITY_ACTION',
      'COMMON_PROJECT',
    ]);

    const met = await update({
      id: centre.id,
      version: centre.version,
      integrationCriteria: [
        ...criteria.slice(0, 2),
        { criterion: 'COMMUNITY_ACTION', status: 'MET' },
        { criterion: 'COMMON_PROJECT', status: 'MET', evidence: 'projet de service' },
      ],
    });
    expect(met.readiness).toMatchObject({ meetsIntegrationCriteria: true, ready: true });
    expect(met.readiness.missingCriteria).toEqual([]);
  });
});

describe('specialised missions and the inclusive function show what the note requires and is missing', () => {
  it('lists a missing convention and frame extension until they are recorded', async () => {
    const centre = await create({
      nameFr: 'CSSI mission spécialisée (test)',
      specialisedMissions: [{ mission: 'MENTAL_HEALTH', serviceId: mentalHealth.serviceId }],
      inclusiveFunction: { outreach: true, emergencyReactivity: false },
    });
    expect(centre.specialisedMissions).toEqual([
      { mission: 'MENTAL_HEALTH', missingRequirements: ['CONVENTION', 'FRAME_EXTENSION'] },
    ]);
    expect(centre.inclusiveFunction).toEqual({
      outreach: true,
      missingRequirements: ['FRAME_EXTENSION'],
    });
    const recorded = await update({
      id: centre.id,
      version: centre.version,
      specialisedMissions: [
        { mission: 'MENTAL_HEALTH', serviceId: mentalHealth.serviceId, frameExtensionFte: 0.5 },
      ],
      inclusiveFunction: { outreach: true, emergencyReactivity: false, frameExtensionFte: 1 },
    });
    expect(recorded.specialisedMissions[0]?.missingRequirements).toEqual(['CONVENTION']);
    expect(recorded.inclusiveFunction?.missingRequirements).toEqual([]);
  });

  it('refuses a mission code of the withdrawn provisional list and a negative frame extension, naming each field', async () => {
    const centres = await count('collaborations.integrated_centre');
    const error = await expectErrorCode(
      stack.gatewayUrl,
      `mutation($input: IntegratedCentreInput!) { createIntegratedCentre(input: $input) { id } }`,
      {
        input: {
          nameFr: 'CSSI refusé (test)',
          status: 'PROJECT',
          missionCoverage: [{ mission: 'SOCIAL_WORK', coverage: 'COVERED' }],
          inclusiveFunction: { outreach: false, emergencyReactivity: true, frameExtensionFte: -1 },
        },
      },
      'BAD_USER_INPUT',
      stack.as('editor'),
    );
    expect(problemFields(error)).toEqual([
      'inclusiveFunction.frameExtensionFte',
      'missionCoverage[0].mission',
    ]);
    expect(await count('collaborations.integrated_centre')).toBe(centres);
  });
});
