import { Field, Float, ID, InputType, Int } from 'type-graphql';

import type { Problem } from '@bxl/common';

import { ACTION_THEMES, BodyKind } from '../../rules/pssi-rules';
import { MemberInput } from '../member/member.input';
import type { ActorReference } from '../record/actor-references';
import type { RecordSpec, Values } from '../record/record-spec';
import {
  dateProblems,
  knownCode,
  nonNegative,
  periodProblems,
  required,
} from '../record/validation';
import { ClssStatus } from './clss.enums';
import { LocalSocialHealthContract } from './clss.entity';
import { DeliverableInput, RolePerson } from './deliverable.type';

@InputType({
  description: 'A CLSS’s content. On update, a field left out stays as it is; null clears it.',
})
export class LocalSocialHealthContractInput {
  @Field(() => String, { nullable: true, description: 'Name in French (required).' })
  nameFr?: string | null;

  @Field(() => String, { nullable: true, description: 'Name in Dutch.' })
  nameNl?: string | null;

  @Field(() => ID, {
    nullable: true,
    description: 'The groupement (required; one CLSS per groupement).',
  })
  groupementId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The host CPAS (an actors Organisation id).' })
  hostOrganisationId?: string | null;

  @Field(() => ClssStatus, { nullable: true, description: 'Where it stands (required).' })
  status?: ClssStatus | null;

  @Field(() => String, { nullable: true, description: 'Start of its period (YYYY-MM-DD).' })
  periodStart?: string | null;

  @Field(() => String, { nullable: true, description: 'End of its period (YYYY-MM-DD).' })
  periodEnd?: string | null;

  @Field(() => Float, { nullable: true, description: 'Yearly funding in euros (0 or more).' })
  yearlyFunding?: number | null;

  @Field(() => RolePerson, { nullable: true, description: 'The groupement référent.' })
  groupementReferent?: RolePerson | null;

  @Field(() => [DeliverableInput], {
    nullable: true,
    description: 'Its deliverables (the whole list).',
  })
  deliverables?: DeliverableInput[] | null;

  @Field(() => [MemberInput], {
    nullable: true,
    description: 'The working group’s members (the whole list).',
  })
  workingGroup?: MemberInput[] | null;

  @Field(() => [MemberInput], {
    nullable: true,
    description: 'The coordination cell’s members (the whole list).',
  })
  coordinationCell?: MemberInput[] | null;

  @Field(() => String, { nullable: true, description: 'What is known and not known.' })
  note?: string | null;
}

@InputType({ description: 'Changes to a CLSS, at the version they were made against.' })
export class UpdateLocalSocialHealthContractInput extends LocalSocialHealthContractInput {
  @Field(() => ID, { description: 'The CLSS.' })
  id!: string;

  @Field(() => Int, { description: 'The version read; a newer one means CONFLICT.' })
  version!: number;
}

function deliverableProblems(deliverables: readonly DeliverableInput[]): Problem[] {
  return deliverables.flatMap((deliverable, index) => {
    const field = `deliverables[${index}]`;
    return [
      ...dateProblems(deliverable.date, `${field}.date`),
      ...(deliverable.actions ?? []).flatMap((action, a) =>
        action.themes.flatMap((theme, t) =>
          knownCode(ACTION_THEMES, theme, `${field}.actions[${a}].themes[${t}]`, 'theme'),
        ),
      ),
      ...(deliverable.projects ?? []).flatMap((project, p) =>
        nonNegative(project.amount, `${field}.projects[${p}].amount`),
      ),
    ];
  });
}

export const clssSpec: RecordSpec<LocalSocialHealthContract> = {
  entity: LocalSocialHealthContract,
  name: 'LocalSocialHealthContract',
  prefix: 'clss',
  fields: [
    'nameFr',
    'nameNl',
    'groupementId',
    'hostOrganisationId',
    'status',
    'periodStart',
    'periodEnd',
    'yearlyFunding',
    'groupementReferent',
    'deliverables',
    'note',
  ],
  defaults: { deliverables: [] },
  bodies: { workingGroup: BodyKind.WORKING_GROUP, coordinationCell: BodyKind.COORDINATION_CELL },
  problems: (values: Values) => [
    ...required(values.nameFr, 'nameFr'),
    ...required(values.groupementId, 'groupementId'),
    ...required(values.status, 'status'),
    ...periodProblems(values.periodStart as string, values.periodEnd as string, [
      'periodStart',
      'periodEnd',
    ]),
    ...nonNegative(values.yearlyFunding as number, 'yearlyFunding'),
    ...deliverableProblems(values.deliverables as DeliverableInput[]),
  ],
  references: (values: Values): ActorReference[] => [
    ...(values.hostOrganisationId
      ? [
          {
            kind: 'organisation' as const,
            id: values.hostOrganisationId as string,
            field: 'hostOrganisationId',
          },
        ]
      : []),
    ...(values.deliverables as DeliverableInput[]).flatMap((deliverable, index) =>
      (deliverable.projects ?? []).map((project, p) => ({
        kind: 'organisation' as const,
        id: project.organisationId,
        field: `deliverables[${index}].projects[${p}].organisationId`,
      })),
    ),
  ],
  check: async (em, values, id) => {
    const other = await em.findOne(LocalSocialHealthContract, {
      groupementId: values.groupementId as string,
      archivedAt: null,
      ...(id ? { id: { $ne: id } } : {}),
    });
    return other
      ? [{ field: 'groupementId', message: `the groupement already has a CLSS: ${other.id}` }]
      : [];
  },
  derivedFrom: ['groupementId'],
  derive: async (values, clients) => {
    const id = values.groupementId as string | null;
    if (!id) {
      return { set: {}, problems: [] };
    }
    const ids = id.startsWith('groupement:') ? await clients.territories.withEnclosing(id) : null;
    return ids
      ? { set: { territoryIds: ids }, problems: [] }
      : { set: {}, problems: [{ field: 'groupementId', message: `unknown groupement ${id}` }] };
  },
  nameOf: (values) => values.nameFr as string,
};
