import { Entity, Index, Property } from '@mikro-orm/decorators/legacy';
import { Directive, Field, Float, ID, ObjectType } from 'type-graphql';

import { CollaborationRecord } from '../record/collaboration-record.entity';
import { ClssStatus } from './clss.enums';
import { Deliverable, RolePerson } from './deliverable.type';

@Entity({ schema: 'collaborations', tableName: 'local_social_health_contract' })
@Index({ properties: ['groupementId'] })
@ObjectType({
  description:
    'A CLSS (contrat local social-santé): a groupement’s contract, hosted by the CPAS, with a working group, a coordination cell and deliverables.',
})
@Directive('@key(fields: "id")')
export class LocalSocialHealthContract extends CollaborationRecord {
  @Property({ type: 'text' })
  @Field({ description: 'Name in French.' })
  nameFr!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Name in Dutch.' })
  nameNl?: string | null;

  /** GraphQL: `groupement` (a territories entity). */
  @Property({ type: 'text' })
  @Field(() => ID, { description: 'The groupement’s id (`groupement:…`).' })
  groupementId!: string;

  /** Computed from the groupement by the territories subgraph: its communes, bassins, region. */
  @Property({ type: 'text[]' })
  territoryIds: string[] = [];

  /** GraphQL: `host` (an actors Organisation). */
  @Property({ type: 'text', nullable: true })
  @Field(() => ID, {
    nullable: true,
    description: 'The host CPAS’s organisation id; null if unknown.',
  })
  hostOrganisationId?: string | null;

  @Property({ type: 'text' })
  @Field(() => ClssStatus, { description: 'Where it stands.' })
  status!: ClssStatus;

  @Property({ type: 'date', nullable: true })
  @Field(() => String, { nullable: true, description: 'Start of its period (YYYY-MM-DD).' })
  periodStart?: string | null;

  @Property({ type: 'date', nullable: true })
  @Field(() => String, { nullable: true, description: 'End of its period (YYYY-MM-DD).' })
  periodEnd?: string | null;

  @Property({ type: 'double', nullable: true })
  @Field(() => Float, { nullable: true, description: 'Yearly funding in euros, if known.' })
  yearlyFunding?: number | null;

  @Property({ type: 'json', nullable: true })
  @Field(() => RolePerson, {
    nullable: true,
    description: 'The groupement référent (a role; name and contact only if given).',
  })
  groupementReferent?: RolePerson | null;

  @Property({ type: 'json' })
  @Field(() => [Deliverable], { description: 'Its deliverables (each dated), in the order given.' })
  deliverables: Deliverable[] = [];
}
