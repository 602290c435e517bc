import { Entity, Property } from '@mikro-orm/decorators/legacy';
import { Directive, Field, ID, ObjectType } from 'type-graphql';

import { CollaborationRecord } from '../record/collaboration-record.entity';
import type { MissionCoverageLine } from './cssi-parts.type';
import {
  InclusiveFunction,
  IntegrationCriterionLine,
  SpecialisedMissionLink,
  StaffingLine,
} from './cssi-parts.type';
import { AdministrativeModel, CentreOrigin, CentreStatus } from './cssi.enums';

@Entity({ schema: 'collaborations', tableName: 'integrated_centre' })
@ObjectType({
  description:
    'A CSSI (centre social-santé intégré): social work, GP care, psychological support and community action under one roof, checked against the PSSI’s minimum frame.',
})
@Directive('@key(fields: "id")')
export class IntegratedCentre extends CollaborationRecord {
  @Property({ type: 'text' })
  @Field({ description: 'Name in French.' })
  nameFr!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Name in Dutch.' })
  nameNl?: string | null;

  @Property({ type: 'text' })
  @Field(() => CentreStatus, { description: 'Where it stands.' })
  status!: CentreStatus;

  @Property({ type: 'text', nullable: true })
  @Field(() => CentreOrigin, {
    nullable: true,
    description:
      'New structure or existing service (its budget follows); null: not recorded (records made before the field existed).',
  })
  origin?: CentreOrigin | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => AdministrativeModel, { nullable: true, description: 'Its administrative model.' })
  administrativeModel?: AdministrativeModel | null;

  /** GraphQL: `territory` is left to clients by id; lists filter on `territoryIds`. */
  @Property({ type: 'text', nullable: true })
  @Field(() => ID, {
    nullable: true,
    description: 'The territory it serves (a groupement, commune… id).',
  })
  territoryId?: string | null;

  /** The territory and the larger ones it lies in (from the territories subgraph). */
  @Property({ type: 'text[]' })
  territoryIds: string[] = [];

  @Property({ type: 'json' })
  @Field(() => [StaffingLine], { description: 'Its staff by function, in FTE.' })
  staffing: StaffingLine[] = [];

  @Property({ type: 'json' })
  missionCoverage: MissionCoverageLine[] = [];

  @Property({ type: 'json' })
  @Field(() => [IntegrationCriterionLine], {
    description: 'The integration criteria it declared, with status and evidence.',
  })
  integrationCriteria: IntegrationCriterionLine[] = [];

  @Property({ type: 'json' })
  @Field(() => [SpecialisedMissionLink], {
    description: 'Its specialised missions, each by convention with a specialised service.',
  })
  specialisedMissions: SpecialisedMissionLink[] = [];

  @Property({ type: 'json', nullable: true })
  @Field(() => InclusiveFunction, {
    nullable: true,
    description: 'Its inclusive function, if it has one.',
  })
  inclusiveFunction?: InclusiveFunction | null;
}
