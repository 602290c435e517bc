import { Entity, Enum, Index, Property } from '@mikro-orm/decorators/legacy';
import { Directive, Field, Int, ObjectType } from 'type-graphql';

import { ServiceStatus } from '../actor.enums';
import { RegistryRecord } from '../registry-record.entity';

@Entity({ schema: 'actors', tableName: 'service' })
@Index({ properties: ['typeCodes'], type: 'gin' })
@Index({ properties: ['serviceAreaIds'], type: 'gin' })
@ObjectType({
  implements: RegistryRecord,
  description:
    'A service (HSDS service): what an organisation offers — its types, publics, languages, access conditions, where it is delivered and which territories it serves.',
})
@Directive('@key(fields: "id")')
export class Service extends RegistryRecord {
  @Property({ type: 'text', index: true })
  organisationId!: string;

  @Property({ type: 'text[]' })
  typeCodes: string[] = [];

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Name in French.' })
  nameFr?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Name in Dutch.' })
  nameNl?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Description in French.' })
  descriptionFr?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Description in Dutch.' })
  descriptionNl?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'Who may use it, in French (HSDS eligibility_description).',
  })
  eligibilityFr?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'Who may use it, in Dutch (HSDS eligibility_description).',
  })
  eligibilityNl?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'How to apply or get in, in French (HSDS application_process).',
  })
  howToApplyFr?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'How to apply or get in, in Dutch (HSDS application_process).',
  })
  howToApplyNl?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'What it costs, free text in French (HSDS cost_options[].option).',
  })
  costFr?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'What it costs, free text in Dutch (HSDS cost_options[].option).',
  })
  costNl?: string | null;

  @Property({ type: 'text[]' })
  publicCodes: string[] = [];

  @Property({ type: 'text[]' })
  @Field(() => [String], { description: 'Languages spoken, ISO 639-1 codes.' })
  languages: string[] = [];

  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true, description: 'Eligibility: minimum age.' })
  minimumAge?: number | null;

  @Property({ type: 'integer', nullable: true })
  @Field(() => Int, { nullable: true, description: 'Eligibility: maximum age.' })
  maximumAge?: number | null;

  @Property({ type: 'boolean', default: false })
  @Field({ description: 'Low-threshold (bas seuil / laagdrempelig).' })
  lowThreshold: boolean = false;

  @Property({ type: 'boolean', default: false })
  @Field({ description: 'Receives without appointment.' })
  withoutAppointment: boolean = false;

  @Property({ type: 'boolean', default: false })
  @Field({ description: 'Free of charge.' })
  free: boolean = false;

  @Property({ type: 'boolean', default: false })
  @Field({ description: 'Accepts people without health insurance.' })
  acceptsUninsured: boolean = false;

  @Property({ type: 'boolean', default: false })
  @Field({ description: 'Accepts urgent medical aid (AMU/DMH) or a Fedasil réquisitoire.' })
  acceptsAmu: boolean = false;

  @Property({ type: 'boolean', default: false })
  @Field({ description: 'Can be used anonymously.' })
  anonymous: boolean = false;

  @Enum({ items: () => ServiceStatus })
  @Field(() => ServiceStatus, { description: 'Whether it operates.' })
  status: ServiceStatus = ServiceStatus.ACTIVE;

  /** Territory ids it declares to serve (any layer); empty: where its sites are. */
  @Property({ type: 'text[]' })
  serviceAreaIds: string[] = [];

  @Property({ type: 'text', nullable: true, unique: true })
  @Field(() => String, {
    nullable: true,
    description: 'Its id in the system it was imported from.',
  })
  externalId?: string | null;
}
