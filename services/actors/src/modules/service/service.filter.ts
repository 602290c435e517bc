import { Field, GraphQLISODateTime, ID, InputType } from 'type-graphql';

import { ServiceStatus, TerritoryMode } from '../actor.enums';
import { ServiceProblem } from './service-problems';

@InputType({ description: 'Access conditions a service must all meet (true = required).' })
export class AccessFilter {
  @Field({ nullable: true, description: 'Low-threshold.' })
  lowThreshold?: boolean;

  @Field({ nullable: true, description: 'Without appointment.' })
  withoutAppointment?: boolean;

  @Field({ nullable: true, description: 'Free of charge.' })
  free?: boolean;

  @Field({ nullable: true, description: 'Accepts people without health insurance.' })
  acceptsUninsured?: boolean;

  @Field({ nullable: true, description: 'Accepts AMU / a Fedasil réquisitoire.' })
  acceptsAmu?: boolean;

  @Field({ nullable: true, description: 'Anonymous.' })
  anonymous?: boolean;
}

@InputType({ description: 'Which services to list. Every criterion given must hold.' })
export class ServiceFilter {
  @Field(() => [String], { nullable: true, description: 'Service type codes (any of).' })
  types?: string[];

  @Field(() => ID, {
    nullable: true,
    description: 'A territory of any layer (`groupement:…`, `bassin:nord`…).',
  })
  territory?: string;

  @Field(() => TerritoryMode, {
    nullable: true,
    description:
      'With `territory`: located in it, serving it, or both (default BOTH). Located in includes a site placed only by its commune or sub-municipality that may lie in the territory (flagged by `probableIn` on each service).',
  })
  mode?: TerritoryMode;

  @Field(() => [String], { nullable: true, description: 'Languages spoken, ISO 639-1 (any of).' })
  languages?: string[];

  @Field(() => [String], { nullable: true, description: 'Target public codes (any of).' })
  publics?: string[];

  @Field(() => [String], {
    nullable: true,
    description:
      'Need codes (any of; see `needs`): services whose types or publics meet one of them, partly included.',
  })
  needs?: string[];

  @Field(() => AccessFilter, { nullable: true, description: 'Access conditions (all required).' })
  access?: AccessFilter;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description:
      'Open at this instant (Europe/Brussels opening hours) at one of its sites at least.',
  })
  openAt?: Date;

  @Field(() => [ServiceStatus], {
    nullable: true,
    description: 'Statuses (default ACTIVE and TEMPORARILY_CLOSED).',
  })
  statuses?: ServiceStatus[];

  @Field(() => ID, { nullable: true, description: 'Only this organisation’s services.' })
  organisation?: string;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: only generated demonstration records; false: only real ones; omitted: both (real first).',
  })
  synthetic?: boolean;

  @Field({ nullable: true, description: 'Editors only: include archived services.' })
  includeArchived?: boolean;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description:
      'Only services never verified or last verified before this instant (the editors’ work list of records to check).',
  })
  unverifiedSince?: Date;

  @Field(() => GraphQLISODateTime, {
    nullable: true,
    description: 'Only services changed since this instant (the editors’ list of recent changes).',
  })
  changedSince?: Date;

  @Field(() => [ServiceProblem], {
    nullable: true,
    description:
      'Only services with one of these problems (the editors’ work list of records to complete).',
  })
  problems?: ServiceProblem[];
}
