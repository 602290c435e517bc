import { Field, ID, InputType, Int } from 'type-graphql';

import type { ActorReference } from '../record/actor-references';
import type { RecordSpec } from '../record/record-spec';
import { required } from '../record/validation';
import { LocalSocialHealthContract } from '../clss/clss.entity';
import { QuartierReferent } from './quartier-referent.entity';

@InputType({
  description: 'A référent quartier. On update, a field left out stays as it is; null clears it.',
})
export class QuartierReferentInput {
  @Field(() => ID, { nullable: true, description: 'The commune (`commune:<NIS>`), no CLSS in it.' })
  communeId?: string | null;

  @Field(() => ID, { nullable: true, description: 'The employing organisation, if any.' })
  organisationId?: string | null;

  @Field(() => String, { nullable: true, description: 'The person’s name, only if given.' })
  personName?: string | null;

  @Field(() => String, { nullable: true, description: 'A professional contact, only if given.' })
  personContact?: string | null;

  @Field(() => String, { nullable: true, description: 'A note.' })
  note?: string | null;
}

@InputType({ description: 'Changes to a référent quartier, at a version.' })
export class UpdateQuartierReferentInput extends QuartierReferentInput {
  @Field(() => ID, { description: 'The référent quartier.' })
  id!: string;

  @Field(() => Int, { description: 'The version read; a newer one means CONFLICT.' })
  version!: number;
}

export const quartierReferentSpec: RecordSpec<QuartierReferent> = {
  entity: QuartierReferent,
  name: 'QuartierReferent',
  prefix: 'referent',
  fields: ['communeId', 'organisationId', 'personName', 'personContact', 'note'],
  defaults: {},
  bodies: {},
  problems: (values) => [
    ...required(values.communeId, 'communeId'),
    ...(values.communeId && !String(values.communeId).startsWith('commune:')
      ? [{ field: 'communeId', message: 'a commune id (`commune:<NIS>`)' }]
      : []),
  ],
  references: (values): ActorReference[] =>
    values.organisationId
      ? [{ kind: 'organisation', id: values.organisationId as string, field: 'organisationId' }]
      : [],
  check: async (em, values) => {
    const communeId = values.communeId as string | null;
    const covering = communeId
      ? await em.findOne(LocalSocialHealthContract, {
          territoryIds: { $contains: [communeId] },
          archivedAt: null,
        })
      : null;
    return covering
      ? [{ field: 'communeId', message: `${communeId} has a CLSS (${covering.id})` }]
      : [];
  },
  derivedFrom: ['communeId'],
  derive: async (values, clients) => {
    const id = values.communeId as string | null;
    const known = id?.startsWith('commune:') ? await clients.territories.withEnclosing(id) : [];
    return {
      set: {},
      problems: known ? [] : [{ field: 'communeId', message: `unknown commune ${id}` }],
    };
  },
  nameOf: (values) => `${values.communeId ?? ''} ${values.personName ?? ''}`,
};
