import { Entity, Property } from '@mikro-orm/decorators/legacy';
import { Directive, Field, ObjectType } from 'type-graphql';

import type { AgrementRecord } from '../../records/registry-records';
import { RegistryRecord } from '../registry-record.entity';

@Entity({ schema: 'actors', tableName: 'organisation' })
@ObjectType({
  implements: RegistryRecord,
  description:
    'An organisation (HSDS organization): an ASBL/VZW, a CPAS/OCMW, a public body… that delivers services.',
})
@Directive('@key(fields: "id")')
export class Organisation extends RegistryRecord {
  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Official name in French.' })
  nameFr?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Official name in Dutch.' })
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
    description: 'Other or commonly used name in French, e.g. an acronym (HSDS alternate_name).',
  })
  alternateNameFr?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'Other or commonly used name in Dutch, e.g. an acronym (HSDS alternate_name).',
  })
  alternateNameNl?: string | null;

  /** The organisation it belongs to (HSDS parent_organization_id); GraphQL: `parentOrganisation`. */
  @Property({ type: 'text', nullable: true })
  parentOrganisationId?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Legal status (ASBL/VZW, CPAS/OCMW, …).' })
  legalStatus?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'KBO/BCE enterprise number, 10 digits (checksum validated).',
  })
  enterpriseNumber?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Website (http/https URL).' })
  website?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Contact e-mail.' })
  email?: string | null;

  @Property({ type: 'text[]' })
  @Field(() => [String], { description: 'Phone numbers, E.164 (+32…).' })
  phones: string[] = [];

  /** Its agréments; null in rows written without any (see the resolver). */
  @Property({ type: 'json', nullable: true })
  agrements: AgrementRecord[] | null = [];

  @Property({ type: 'text', nullable: true, unique: true })
  @Field(() => String, {
    nullable: true,
    description: 'Its id in the system it was imported from.',
  })
  externalId?: string | null;
}
