import { Field, ID, InputType, Int } from 'type-graphql';

import type { Problem } from '@bxl/common';

import { INTEGRATION_CRITERIA, SPECIALISED_MISSIONS } from '../../rules/cssi-integration';
import { CSSI_MISSIONS } from '../../rules/cssi-missions';
import { STAFF_FUNCTIONS } from '../../rules/cssi-rules';
import { BodyKind, findCode } from '../../rules/pssi-rules';
import { Convention } from '../convention/convention.entity';
import { MemberInput } from '../member/member.input';
import type { ActorReference } from '../record/actor-references';
import type { RecordSpec, Values } from '../record/record-spec';
import { deriveTerritories } from '../record/territory-derivation';
import { duplicates, knownCode, nonNegative, required, share } from '../record/validation';
import {
  InclusiveFunctionInput,
  IntegrationCriterionLine,
  MissionCoverageLine,
  SpecialisedMissionInput,
  StaffingLine,
} from './cssi-parts.type';
import { AdministrativeModel, CentreOrigin, CentreStatus } from './cssi.enums';
import { IntegratedCentre } from './cssi.entity';

@InputType({
  description: 'A CSSI’s content. On update, a field left out stays as it is; null clears it.',
})
export class IntegratedCentreInput {
  @Field(() => String, { nullable: true, description: 'Name in French (required).' })
  nameFr?: string | null;

  @Field(() => String, { nullable: true, description: 'Name in Dutch.' })
  nameNl?: string | null;

  @Field(() => CentreStatus, { nullable: true, description: 'Where it stands (required).' })
  status?: CentreStatus | null;

  @Field(() => CentreOrigin, {
    nullable: true,
    description: 'New structure or existing service: decides its budget.',
  })
  origin?: CentreOrigin | null;

  @Field(() => AdministrativeModel, { nullable: true, description: 'Its administrative model.' })
  administrativeModel?: AdministrativeModel | null;

  @Field(() => ID, { nullable: true, description: 'The territory it serves (any layer id).' })
  territoryId?: string | null;

  @Field(() => [StaffingLine], {
    nullable: true,
    description: 'Staff by function (the whole list).',
  })
  staffing?: StaffingLine[] | null;

  @Field(() => [MissionCoverageLine], {
    nullable: true,
    description: 'How it covers its missions (the whole list).',
  })
  missionCoverage?: MissionCoverageLine[] | null;

  @Field(() => [IntegrationCriterionLine], {
    nullable: true,
    description: 'The integration criteria (the whole list).',
  })
  integrationCriteria?: IntegrationCriterionLine[] | null;

  @Field(() => [SpecialisedMissionInput], {
    nullable: true,
    description: 'Its specialised missions (the whole list).',
  })
  specialisedMissions?: SpecialisedMissionInput[] | null;

  @Field(() => InclusiveFunctionInput, { nullable: true, description: 'Its inclusive function.' })
  inclusiveFunction?: InclusiveFunctionInput | null;

  @Field(() => [MemberInput], {
    nullable: true,
    description: 'Its member organisations and services (the whole list).',
  })
  members?: MemberInput[] | null;

  @Field(() => String, { nullable: true, description: 'What is known and not known.' })
  note?: string | null;
}

@InputType({ description: 'Changes to a CSSI, at the version they were made against.' })
export class UpdateIntegratedCentreInput extends IntegratedCentreInput {
  @Field(() => ID, { description: 'The CSSI.' })
  id!: string;

  @Field(() => Int, { description: 'The version read; a newer one means CONFLICT.' })
  version!: number;
}

function centreProblems(values: Values): Problem[] {
  const staffing = values.staffing as StaffingLine[];
  const missions = values.missionCoverage as MissionCoverageLine[];
  const criteria = values.integrationCriteria as IntegrationCriterionLine[];
  const specialised = values.specialisedMissions as SpecialisedMissionInput[];
  const inclusive = values.inclusiveFunction as InclusiveFunctionInput | null;
  return [
    ...required(values.nameFr, 'nameFr'),
    ...required(values.status, 'status'),
    ...staffing.flatMap((line, i) => [
      ...knownCode(STAFF_FUNCTIONS, line.function, `staffing[${i}].function`, 'staff function'),
      ...nonNegative(line.fte, `staffing[${i}].fte`),
      ...nonNegative(line.persons, `staffing[${i}].persons`),
    ]),
    ...missions.flatMap((line, i) =>
      knownCode(CSSI_MISSIONS, line.mission, `missionCoverage[${i}].mission`, 'mission'),
    ),
    ...duplicates(
      missions.map((line) => line.mission),
      'missionCoverage',
      'mission',
    ),
    ...criteria.flatMap((line, i) =>
      knownCode(
        INTEGRATION_CRITERIA,
        line.criterion,
        `integrationCriteria[${i}].criterion`,
        'criterion',
      ),
    ),
    ...duplicates(
      criteria.map((line) => line.criterion),
      'integrationCriteria',
      'criterion',
    ),
    ...specialised.flatMap((line, i) => [
      ...knownCode(
        SPECIALISED_MISSIONS,
        line.mission,
        `specialisedMissions[${i}].mission`,
        'specialised mission',
      ),
      ...nonNegative(line.frameExtensionFte, `specialisedMissions[${i}].frameExtensionFte`),
    ]),
    ...share(inclusive?.amuOrFedasilShare, 'inclusiveFunction.amuOrFedasilShare'),
    ...nonNegative(inclusive?.frameExtensionFte, 'inclusiveFunction.frameExtensionFte'),
  ];
}

export const cssiSpec: RecordSpec<IntegratedCentre> = {
  entity: IntegratedCentre,
  name: 'IntegratedCentre',
  prefix: 'cssi',
  fields: [
    'nameFr',
    'nameNl',
    'status',
    'origin',
    'administrativeModel',
    'territoryId',
    'staffing',
    'missionCoverage',
    'integrationCriteria',
    'specialisedMissions',
    'inclusiveFunction',
    'note',
  ],
  defaults: { staffing: [], missionCoverage: [], integrationCriteria: [], specialisedMissions: [] },
  bodies: { members: BodyKind.CENTRE },
  problems: centreProblems,
  references: (values) =>
    (values.specialisedMissions as SpecialisedMissionInput[]).map(
      (line, i): ActorReference => ({
        kind: 'service',
        id: line.serviceId,
        field: `specialisedMissions[${i}].serviceId`,
        type: findCode(SPECIALISED_MISSIONS, line.mission)?.serviceType,
      }),
    ),
  check: async (em, values) => {
    const links = values.specialisedMissions as SpecialisedMissionInput[];
    const ids = links.flatMap((line) => (line.conventionId ? [line.conventionId] : []));
    const found = ids.length > 0 ? await em.find(Convention, { id: { $in: ids } }) : [];
    return links.flatMap((line, i) =>
      line.conventionId && !found.some((convention) => convention.id === line.conventionId)
        ? [
            {
              field: `specialisedMissions[${i}].conventionId`,
              message: `unknown convention ${line.conventionId}`,
            },
          ]
        : [],
    );
  },
  derivedFrom: ['territoryId'],
  derive: deriveTerritories,
  nameOf: (values) => values.nameFr as string,
};
