import { expectData, expectErrorCode } from '@bxl/common/testkit';

import {
  collaborationsSql,
  CREATE_CENTRE,
  organisationWithService,
  problemFields,
} from './support/collaborations-kit';
import { startTestStack } from './support/test-stack';
import type { TestStack } from './support/test-stack';

let stack: TestStack;
let medicalHouse: Awaited<ReturnType<typeof organisationWithService>>;
let casg: Awaited<ReturnType<typeof organisationWithService>>;
let debtMediation: Awaited<ReturnType<typeof organisationWithService>>;
beforeAll(async () => {
  stack = await startTestStack();
  medicalHouse = await organisationWithService(stack, 'medical-house');
  casg = await organisationWithService(stack, 'casg');
  debtMediation = await organisationWithService(stack, 'debt-mediation');
}, 180_000);
afterAll(() => stack?.stop());

const { count, changes } = collaborationsSql(() => stack);

/** A frame short of 1 FTE social worker, 0.5 reception, 0.5 community action, a GP and a nurse. */
const partialStaffing = [
  { function: 'SOCIAL_WORKER', fte: 1.5 },
  { function: 'SOCIAL_WORKER', fte: 0.5 },
  { function: 'ADMINISTRATION', fte: 1 },
  { function: 'RECEPTION', fte: 1 },
  { function: 'COORDINATION', fte: 1 },
  { function: 'GENERAL_PRACTITIONER', fte: 0.8 },
  { function: 'PSYCHOLOGIST', fte: 0.5 },
];

const centreInput = () => ({
  nameFr: 'CSSI test',
  status: 'SETTING_UP',
  administrativeModel: 'UMBRELLA_ASBL',
  territoryId: 'groupement:provisional-clss:cureghem',
  staffing: partialStaffing,
  missionCoverage: [
    { mission: 'LONG_TERM_FOLLOW_UP', coverage: 'COVERED', how: 'two social workers' },
  ],
  specialisedMissions: [{ mission: 'DEBT_MEDIATION', serviceId: debtMediation.serviceId }],
  members: [
    {
      role: 'LEAD_ORGANISATION',
      organisationId: medicalHouse.organisationId,
      serviceId: medicalHouse.serviceId,
    },
    { role: 'MEMBER_ORGANISATION', organisationId: casg.organisationId },
  ],
});

describe('a CSSI against the minimum frame', () => {
  it('lists exactly the missing functions and how much is missing; none once the frame is met', async () => {
    const { createIntegratedCentre: centre } = await expectData<{
      createIntegratedCentre: {
        id: string;
        version: number;
        readiness: { meetsFrame: boolean; missing: Array<Record<string, unknown>> };
      };
    }>(stack.gatewayUrl, CREATE_CENTRE, { input: centreInput() }, stack.as('editor'));
    expect(centre.readiness.meetsFrame).toBe(false);
    expect(centre.readiness.missing).toEqual([
      { function: 'SOCIAL_WORKER', unit: 'FTE', minimum: 3, present: 2, missing: 1 },
      { function: 'RECEPTION', unit: 'FTE', minimum: 1.5, present: 1, missing: 0.5 },
      { function: 'COMMUNITY_ACTION', unit: 'FTE', minimum: 0.5, present: 0, missing: 0.5 },
      { function: 'GENERAL_PRACTITIONER', unit: 'PERSONS', minimum: 2, present: 1, missing: 1 },
      { function: 'NON_MEDICAL_HEALTH', unit: 'PERSONS', minimum: 1, present: 0, missing: 1 },
    ]);
    const completed = [
      ...partialStaffing,
      { function: 'SOCIAL_WORKER', fte: 1 },
      { function: 'RECEPTION', fte: 0.5 },
      { function: 'COMMUNITY_ACTION', fte: 0.5 },
      { function: 'GENERAL_PRACTITIONER', fte: 0.5 },
      { function: 'NON_MEDICAL_HEALTH', fte: 0.3 },
    ];
    const { updateIntegratedCentre } = await expectData<{
      updateIntegratedCentre: { readiness: { meetsFrame: boolean; missing: unknown[] } };
    }>(
      stack.gatewayUrl,
      `mutation($input: UpdateIntegratedCentreInput!) { updateIntegratedCentre(input: $input) {
         readiness { meetsFrame missing { function } } } }`,
      { input: { id: centre.id, version: centre.version, staffing: completed } },
      stack.as('editor'),
    );
    expect(updateIntegratedCentre.readiness).toEqual({ meetsFrame: true, missing: [] });
    expect(
      (await changes(centre.id)).filter((c) => c.operation === 'UPDATE').map((c) => c.field),
    ).toEqual(['staffing']);
  });

  it('costs the published 500,000 € as a new structure and 160,000 € as an existing service, with the breakdowns', async () => {
    const { createIntegratedCentre } = await expectData<{ createIntegratedCentre: { id: string } }>(
      stack.gatewayUrl,
      CREATE_CENTRE,
      { input: { ...centreInput(), nameFr: 'CSSI budget' } },
      stack.as('editor'),
    );
    const { integratedCentre } = await expectData<{
      integratedCentre: Record<
        'new' | 'existing',
        { total: number; lines: Array<{ code: string; fte: number | null; amount: number }> }
      >;
    }>(
      stack.gatewayUrl,
      `query($id: ID!) { integratedCentre(id: $id) {
         new: budget(kind: NEW) { total lines { code fte amount } }
         existing: budget(kind: EXISTING) { total lines { code fte amount } } } }`,
      { id: createIntegratedCentre.id },
    );
    const rows = (lines: Array<{ code: string; fte: number | null; amount: number }>) =>
      lines.map((line) => [line.code, line.fte, line.amount]);
    expect(integratedCentre.new.total).toBe(500_000);
    expect(rows(integratedCentre.new.lines)).toEqual([
      ['SOCIAL_WORKER', 3, 180_000],
      ['ADMINISTRATION', 1, 60_000],
      ['RECEPTION', 1.5, 90_000],
      ['COMMUNITY_ACTION', null, 40_000],
      ['COORDINATION', 1, 80_000],
      ['RUNNING_COSTS', null, 30_000],
      ['PSYCHOLOGIST', null, 20_000],
    ]);
    expect(integratedCentre.existing.total).toBe(160_000);
    expect(rows(integratedCentre.existing.lines)).toEqual([
      ['ADMINISTRATION', 0.5, 30_000],
      ['RECEPTION', 0.5, 30_000],
      ['COORDINATION', 1, 80_000],
      ['PSYCHOLOGIST', null, 20_000],
    ]);
  });

  it('shows the twelve missions, its members, and its place in each member’s collaborations', async () => {
    const { createIntegratedCentre } = await expectData<{ createIntegratedCentre: { id: string } }>(
      stack.gatewayUrl,
      CREATE_CENTRE,
      { input: { ...centreInput(), nameFr: 'CSSI missions' } },
      stack.as('editor'),
    );
    const id = createIntegratedCentre.id;
    const data = await expectData<{
      integratedCentre: {
        missions: Array<{ mission: { code: string }; coverage: string | null }>;
        specialisedMissions: Array<{ mission: string; service: { id: string; nameFr: string } }>;
      };
      organisation: {
        collaborations: Array<{ body: string; role: string; collaboration: { id: string } }>;
      };
      inCureghem: { edges: Array<{ node: { id: string } }> };
      inSud: { edges: Array<{ node: { id: string } }> };
    }>(
      stack.gatewayUrl,
      `query($id: ID!, $org: ID!) {
         integratedCentre(id: $id) { missions { mission { code } coverage }
           specialisedMissions { mission service { id nameFr } } }
         organisation(id: $org) { collaborations { body role collaboration { ... on IntegratedCentre { id } } } }
         inCureghem: integratedCentres(territory: "commune:21001", memberOrganisation: $org) { edges { node { id } } }
         inSud: integratedCentres(territory: "bassin:sud", memberOrganisation: $org) { edges { node { id } } } }`,
      { id, org: medicalHouse.organisationId },
    );
    expect(data.integratedCentre.missions).toHaveLength(12);
    expect(data.integratedCentre.missions.filter((m) => m.coverage)).toEqual([
      { mission: { code: 'LONG_TERM_FOLLOW_UP' }, coverage: 'COVERED' },
    ]);
    expect(data.integratedCentre.specialisedMissions).toEqual([
      {
        mission: 'DEBT_MEDIATION',
        service: { id: debtMediation.serviceId, nameFr: `${debtMediation.name} service` },
      },
    ]);
    expect(data.organisation.collaborations).toContainEqual({
      body: 'CENTRE',
      role: 'LEAD_ORGANISATION',
      collaboration: { id },
    });
    expect(data.inCureghem.edges.map((e) => e.node.id)).toContain(id);
    expect(data.inSud.edges).toEqual([]);
  });
});

describe('CSSI validation', () => {
  it('refuses negative FTE, unknown functions and a specialised service of the wrong type, naming each field; nothing written', async () => {
    const centres = await count('collaborations.integrated_centre');
    const error = await expectErrorCode(
      stack.gatewayUrl,
      CREATE_CENTRE,
      {
        input: {
          ...centreInput(),
          staffing: [
            { function: 'JUGGLER', fte: 1 },
            { function: 'SOCIAL_WORKER', fte: -0.5 },
          ],
          specialisedMissions: [{ mission: 'DEBT_MEDIATION', serviceId: casg.serviceId }],
          members: [
            {
              role: 'LEAD_ORGANISATION',
              organisationId: casg.organisationId,
              serviceId: medicalHouse.serviceId,
            },
          ],
        },
      },
      'BAD_USER_INPUT',
      stack.as('editor'),
    );
    expect(problemFields(error)).toEqual([
      'members[0].serviceId',
      'specialisedMissions[0].serviceId',
      'staffing[0].function',
      'staffing[1].fte',
    ]);
    expect(await count('collaborations.integrated_centre')).toBe(centres);
  });
});
