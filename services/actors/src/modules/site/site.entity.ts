import { Entity, Enum, Index, Property } from '@mikro-orm/decorators/legacy';
import { Directive, Field, Float, ObjectType } from 'type-graphql';

import type { OpeningHours } from '../../records/opening-hours';
import type { ContactRecord } from '../../records/registry-records';
import { PositionPrecision } from '../actor.enums';
import { RegistryRecord } from '../registry-record.entity';
import { Contact } from './contact.type';

@Entity({ schema: 'actors', tableName: 'site' })
@Index({ properties: ['territoryIds'], type: 'gin' })
@Index({ properties: ['possibleTerritoryIds'], type: 'gin' })
@ObjectType({
  implements: RegistryRecord,
  description:
    'A site (HSDS location): an address where services are delivered, with its territories computed from its point.',
})
@Directive('@key(fields: "id")')
export class Site extends RegistryRecord {
  @Property({ type: 'text', index: true })
  organisationId!: string;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'Name of the site in French, if it has one.',
  })
  nameFr?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Name of the site in Dutch.' })
  nameNl?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Street in French.' })
  streetFr?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Street in Dutch.' })
  streetNl?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'House number (and box).' })
  number?: string | null;

  @Property({ type: 'text', nullable: true })
  @Field(() => String, { nullable: true, description: 'Postcode.' })
  postcode?: string | null;

  /** NIS code of the commune; the commune territory is `commune:<nis>`. */
  @Property({ type: 'text' })
  communeNis!: string;

  @Property({ type: 'double', nullable: true })
  @Field(() => Float, { nullable: true, description: 'Latitude (WGS84), if geocoded.' })
  latitude?: number | null;

  @Property({ type: 'double', nullable: true })
  @Field(() => Float, { nullable: true, description: 'Longitude (WGS84), if geocoded.' })
  longitude?: number | null;

  @Enum({ items: () => PositionPrecision })
  @Field(() => PositionPrecision, { description: 'How precisely the site is placed.' })
  positionPrecision: PositionPrecision = PositionPrecision.COMMUNE;

  @Property({ type: 'text[]' })
  @Field(() => [String], { description: 'Phone numbers, E.164.' })
  phones: string[] = [];

  @Property({ type: 'json', default: '[]' })
  @Field(() => [Contact], { description: 'Named contacts at the site (HSDS contact).' })
  contacts: ContactRecord[] = [];

  @Property({ type: 'text', nullable: true })
  @Field(() => String, {
    nullable: true,
    description: 'Accessibility (wheelchair, lift, …), free text.',
  })
  accessibility?: string | null;

  @Property({ type: 'json', nullable: true })
  openingHours?: OpeningHours | null;

  /**
   * Every territory containing the site, one per layer (sector, quartier, commune, groupement,
   * bassin, region), computed by the territories subgraph from the point (or the commune alone).
   */
  @Property({ type: 'text[]' })
  territoryIds: string[] = [];

  /**
   * The territories a coarsely placed site (commune or sub-municipality only) may lie in but is not
   * known to: finer layers, and the bassins of a split commune. Empty for a point.
   */
  @Property({ type: 'text[]', defaultRaw: "'{}'" })
  @Field(() => [String], {
    description:
      'Ids of the territories the site may lie in without being known to (its position is coarser than they are: see positionPrecision); empty when it is placed by a point.',
  })
  possibleTerritoryIds: string[] = [];

  @Property({ type: 'datetime', nullable: true })
  territoriesComputedAt?: Date | null;

  @Property({ type: 'text', nullable: true, unique: true })
  @Field(() => String, {
    nullable: true,
    description: 'Its id in the system it was imported from.',
  })
  externalId?: string | null;
}
