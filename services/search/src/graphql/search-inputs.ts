import { Field, Float, ID, InputType, registerEnumType } from 'type-graphql';

export enum SearchSort {
  RELEVANCE = 'RELEVANCE',
  DISTANCE = 'DISTANCE',
  NAME = 'NAME',
}
registerEnumType(SearchSort, {
  name: 'SearchSort',
  description: 'How hits are ordered.',
  valuesConfig: {
    RELEVANCE: {
      description: 'Best match first (nearest first when there are no words and a point).',
    },
    DISTANCE: { description: 'Nearest first (needs `near`).' },
    NAME: { description: 'By name in the language of the answer.' },
  },
});

export enum SearchTerritoryMode {
  LOCATED_IN = 'LOCATED_IN',
  SERVES = 'SERVES',
  BOTH = 'BOTH',
}
registerEnumType(SearchTerritoryMode, {
  name: 'SearchTerritoryMode',
  description: 'What "in a territory" means for a search.',
  valuesConfig: {
    LOCATED_IN: { description: 'Delivered at a site in the territory.' },
    SERVES: { description: 'Declares a service area covering (part of) it (sectors excepted).' },
    BOTH: { description: 'Either.' },
  },
});

export enum AccessCondition {
  LOW_THRESHOLD = 'lowThreshold',
  WITHOUT_APPOINTMENT = 'withoutAppointment',
  FREE = 'free',
  ACCEPTS_UNINSURED = 'acceptsUninsured',
  ACCEPTS_AMU = 'acceptsAmu',
  ANONYMOUS = 'anonymous',
}
registerEnumType(AccessCondition, {
  name: 'AccessCondition',
  description: 'An access condition a service meets.',
  valuesConfig: {
    LOW_THRESHOLD: { description: 'Low-threshold.' },
    WITHOUT_APPOINTMENT: { description: 'Without appointment.' },
    FREE: { description: 'Free of charge.' },
    ACCEPTS_UNINSURED: { description: 'Accepts people without health insurance.' },
    ACCEPTS_AMU: { description: 'Accepts AMU / a Fedasil réquisitoire.' },
    ANONYMOUS: { description: 'Anonymous.' },
  },
});

export enum SearchServiceStatus {
  ACTIVE = 'ACTIVE',
  INACTIVE = 'INACTIVE',
  DEFUNCT = 'DEFUNCT',
  TEMPORARILY_CLOSED = 'TEMPORARILY_CLOSED',
}
registerEnumType(SearchServiceStatus, {
  name: 'SearchServiceStatus',
  description: 'A service status to search among (default ACTIVE and TEMPORARILY_CLOSED).',
});

@InputType({ description: 'Search filters: every one given must hold; within a list, any value.' })
export class SearchFilters {
  @Field(() => [String], { nullable: true, description: 'Service type codes (any of).' })
  types?: string[];

  @Field(() => [ID], { nullable: true, description: 'Bassin ids (any of), where the site is.' })
  bassins?: string[];

  @Field(() => [ID], { nullable: true, description: 'Groupement ids (any of), where the site is.' })
  groupements?: string[];

  @Field(() => [ID], { nullable: true, description: 'Commune ids (any of), where the site is.' })
  communes?: string[];

  @Field(() => [String], { nullable: true, description: 'Languages spoken, ISO 639-1 (any of).' })
  languages?: string[];

  @Field(() => [String], { nullable: true, description: 'Target public codes (any of).' })
  publics?: string[];

  @Field(() => [AccessCondition], {
    nullable: true,
    description: 'Access conditions (all required).',
  })
  access?: AccessCondition[];

  @Field(() => [String], {
    nullable: true,
    description:
      'Agrément authorities of the organisation (any of): COCOF, COCOM, VGC, FLEMISH_COMMUNITY, FEDERAL, CPAS_LAW, OTHER.',
  })
  authorities?: string[];

  @Field(() => ID, {
    nullable: true,
    description: 'A territory of any layer (`groupement:…`, `bassin:nord`…).',
  })
  territory?: string;

  @Field(() => SearchTerritoryMode, {
    nullable: true,
    description: 'With `territory`: what "in" means (default BOTH).',
  })
  mode?: SearchTerritoryMode;

  @Field(() => Date, {
    nullable: true,
    description:
      'Open at this instant (Europe/Brussels weekly hours at the site; dated exceptions and public holidays are not taken into account by search).',
  })
  openAt?: Date;

  @Field({ nullable: true, description: 'Open now (same rule as `openAt`).' })
  openNow?: boolean;

  @Field(() => [SearchServiceStatus], {
    nullable: true,
    description: 'Statuses (default ACTIVE and TEMPORARILY_CLOSED).',
  })
  statuses?: SearchServiceStatus[];

  @Field(() => ID, { nullable: true, description: 'Only this organisation’s services.' })
  organisation?: string;

  @Field({ nullable: true, description: 'Editors only: include archived services.' })
  includeArchived?: boolean;

  @Field({
    nullable: true,
    description:
      'false: real records only; true: synthetic (example) records only; absent: both (real first at equal relevance).',
  })
  synthetic?: boolean;
}

@InputType({ description: 'A WGS84 point, and optionally a radius around it.' })
export class NearInput {
  @Field(() => Float, { description: 'Latitude (−90 to 90).' })
  latitude!: number;

  @Field(() => Float, { description: 'Longitude (−180 to 180).' })
  longitude!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Only hits within this many metres (1 to 50,000).',
  })
  radiusMeters?: number;
}
