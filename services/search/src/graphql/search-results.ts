import { Field, Float, Int, ObjectType, registerEnumType } from 'type-graphql';
import { GraphQLISODateTime } from 'type-graphql';

import { Language } from '@bxl/common';

import { OrganisationRef, ServiceRef, SiteRef } from './references';

@ObjectType('SearchHighlight', { description: 'A matched field, with the matched words marked.' })
export class HighlightType {
  @Field({ description: 'The field: name, organisationName, description, placeNames.' })
  field!: string;

  @Field(() => Language, { description: 'The language of the snippet.' })
  language!: Language;

  @Field({
    description: 'The text, matched words between `<mark>` and `</mark>` (the only markup).',
  })
  snippet!: string;
}

@ObjectType({ description: 'One service at one site found by a search.' })
export class ServiceHit {
  @Field(() => ServiceRef, {
    description: 'The service (its fields come from the actors subgraph).',
  })
  service!: InstanceType<typeof ServiceRef>;

  @Field(() => SiteRef, {
    nullable: true,
    description: 'The site it is delivered at; null for a service without a site.',
  })
  site!: InstanceType<typeof SiteRef> | null;

  @Field(() => Float, {
    description: 'Relevance in [0, 1], higher is better (engine-specific); 0 without words.',
  })
  score!: number;

  @Field(() => [HighlightType], { description: 'What matched, in the language of the answer.' })
  highlights!: HighlightType[];

  @Field(() => Float, {
    nullable: true,
    description: 'Metres from `near` to the site; null without `near` or a point.',
  })
  distanceMeters!: number | null;

  @Field({ description: 'Synthetic test data, not a real service.' })
  synthetic!: boolean;

  @Field({
    description:
      'True when the hit answers the territory filter only because its site, placed by commune or sub-municipality alone, may lie in the territory (see Site.positionPrecision and possibleTerritoryIds); such hits come after the ones known to be there.',
  })
  probable!: boolean;
}

@ObjectType({ description: 'A facet value and how many hits have it.' })
export class FacetValue {
  @Field({
    description:
      'A code (types, publics, needs, access, authorities, languages) or a territory id.',
  })
  value!: string;

  @Field({ description: 'Its name in French (a territory, term, language or condition name).' })
  labelFr!: string;

  @Field({ description: 'Its name in Dutch.' })
  labelNl!: string;

  @Field({ description: 'Its name in the language of the answer (`language`).' })
  label!: string;

  @Field(() => Int, { description: 'Hits with this value.' })
  count!: number;
}

@ObjectType({
  description: 'Counts of the hits by facet, largest first, over every hit (not only the page).',
})
export class ServiceFacets {
  @Field(() => [FacetValue], { description: 'By service type code.' })
  types!: FacetValue[];

  @Field(() => [FacetValue], { description: 'By bassin id of the site.' })
  bassins!: FacetValue[];

  @Field(() => [FacetValue], { description: 'By groupement id of the site.' })
  groupements!: FacetValue[];

  @Field(() => [FacetValue], { description: 'By commune id of the site.' })
  communes!: FacetValue[];

  @Field(() => [FacetValue], { description: 'By language spoken.' })
  languages!: FacetValue[];

  @Field(() => [FacetValue], { description: 'By target public code.' })
  publics!: FacetValue[];

  @Field(() => [FacetValue], {
    description: 'By need code (the needs its types and publics meet).',
  })
  needs!: FacetValue[];

  @Field(() => [FacetValue], { description: 'By access condition.' })
  access!: FacetValue[];

  @Field(() => [FacetValue], { description: 'By agrément authority of the organisation.' })
  authorities!: FacetValue[];

  @Field(() => [FacetValue], {
    description:
      'By whether the record is synthetic (an example): values "false" (real) and "true".',
  })
  synthetic!: FacetValue[];
}

export enum SearchAlternativeKind {
  TYPE = 'TYPE',
  NEED = 'NEED',
  PLACE = 'PLACE',
}
registerEnumType(SearchAlternativeKind, {
  name: 'SearchAlternativeKind',
  description: 'What a suggested alternative is.',
  valuesConfig: {
    TYPE: { description: 'A service type (filter `types`).' },
    NEED: { description: 'A need of the needs vocabulary.' },
    PLACE: { description: 'A territory (filter `territory`).' },
  },
});

@ObjectType({ description: 'Something close to what was asked that the directory has.' })
export class SearchAlternative {
  @Field(() => SearchAlternativeKind, { description: 'A service type, a need or a place.' })
  kind!: SearchAlternativeKind;

  @Field({ description: 'Its code (type code, need code) or territory id, to filter by.' })
  code!: string;

  @Field({ description: 'Its name in French.' })
  labelFr!: string;

  @Field({ description: 'Its name in Dutch.' })
  labelNl!: string;
}

@ObjectType({
  description:
    'Why nothing was found and what to try instead: the nearest types (and needs), a relaxed query.',
})
export class NoResultsHelp {
  @Field({ description: 'What happened, in the language of the answer.' })
  message!: string;

  @Field(() => [SearchAlternative], {
    description: 'The nearest service types (and needs) to the words typed, best first.',
  })
  suggestions!: SearchAlternative[];

  @Field(() => String, {
    nullable: true,
    description: 'A query that finds something: the words kept (null when none does).',
  })
  relaxedQuery!: string | null;

  @Field(() => [String], {
    description:
      'The filters (field names) the relaxed query leaves out; empty when it keeps them.',
  })
  relaxedWithout!: string[];

  @Field(() => Int, {
    description: 'How many hits the relaxed query finds (0 when there is none).',
  })
  relaxedTotal!: number;
}

@ObjectType({ description: 'A page of service search hits, with the total and the facets.' })
export class ServiceSearchResult {
  @Field(() => Int, { description: 'Hits in all (exact on the PostgreSQL engine).' })
  total!: number;

  @Field(() => [ServiceHit], { description: 'This page of hits, best first.' })
  hits!: ServiceHit[];

  @Field(() => ServiceFacets, { description: 'Counts by facet over every hit.' })
  facets!: ServiceFacets;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor for the next page; null on the last one.',
  })
  endCursor!: string | null;

  @Field({ description: 'Whether there are more hits.' })
  hasNextPage!: boolean;

  @Field(() => Language, {
    description: 'The language highlights (and names, when sorted) are in.',
  })
  language!: Language;

  @Field({ description: 'The engine that answered: postgres or meilisearch.' })
  engine!: string;

  @Field(() => NoResultsHelp, {
    nullable: true,
    description:
      'When the first page is empty: why, the nearest types (and needs) and a relaxed query; null otherwise.',
  })
  noResults!: NoResultsHelp | null;
}

@ObjectType({ description: 'An organisation found by a search.' })
export class OrganisationHit {
  @Field(() => OrganisationRef, {
    description: 'The organisation (fields from the actors subgraph).',
  })
  organisation!: InstanceType<typeof OrganisationRef>;

  @Field(() => Float, { description: 'Relevance in [0, 1] (engine-specific); 0 without words.' })
  score!: number;

  @Field(() => [HighlightType], { description: 'What matched.' })
  highlights!: HighlightType[];
}

@ObjectType({ description: 'A page of organisation search hits.' })
export class OrganisationSearchResult {
  @Field(() => Int, { description: 'Hits in all.' })
  total!: number;

  @Field(() => [OrganisationHit], { description: 'This page, best first.' })
  hits!: OrganisationHit[];

  @Field(() => String, {
    nullable: true,
    description: 'Cursor for the next page; null on the last one.',
  })
  endCursor!: string | null;

  @Field({ description: 'Whether there are more hits.' })
  hasNextPage!: boolean;
}

export enum SuggestionKind {
  SERVICE = 'SERVICE',
  ORGANISATION = 'ORGANISATION',
  TYPE = 'TYPE',
  PLACE = 'PLACE',
}
registerEnumType(SuggestionKind, {
  name: 'SuggestionKind',
  description: 'What a suggestion names.',
});

@ObjectType({ description: 'A completion for search-as-you-type.' })
export class SearchSuggestion {
  @Field({ description: 'The text to show and to search.' })
  text!: string;

  @Field(() => SuggestionKind, {
    description: 'A service or organisation name, a service type, a place.',
  })
  kind!: SuggestionKind;
}

@ObjectType({
  description: 'The search index: which engine, how full, how far behind the change log.',
})
export class SearchStatus {
  @Field({ description: 'postgres (embedded) or meilisearch.' })
  engine!: string;

  @Field({ description: 'Whether the engine answers.' })
  available!: boolean;

  @Field(() => Int, {
    nullable: true,
    description: 'Service documents (one per service and site); null when unavailable.',
  })
  serviceDocuments!: number | null;

  @Field(() => Int, {
    nullable: true,
    description:
      'Service documents the embedded engine answers searches from in memory; null while that index loads (searches then run in PostgreSQL alone) or when the engine has none (Meilisearch, SEARCH_MEMORY_INDEX=off).',
  })
  serviceDocumentsInMemory!: number | null;

  @Field(() => Int, {
    nullable: true,
    description: 'Organisation documents; null when unavailable.',
  })
  organisationDocuments!: number | null;

  @Field({ description: 'The indexer’s position in the change log (transaction:id).' })
  cursor!: string;

  @Field(() => GraphQLISODateTime, { nullable: true, description: 'When the cursor last moved.' })
  cursorUpdatedAt!: Date | null;

  @Field(() => Int, { description: 'Changes written after the cursor, not yet indexed.' })
  lagChanges!: number;

  @Field(() => Float, {
    nullable: true,
    description: 'Age in seconds of the oldest change not yet indexed; null when none.',
  })
  lagSeconds!: number | null;
}

@ObjectType({ description: 'What a full reindex did.' })
export class ReindexResult {
  @Field(() => Int, { description: 'Service documents written.' })
  services!: number;

  @Field(() => Int, { description: 'Organisation documents written.' })
  organisations!: number;

  @Field(() => Float, { description: 'How long it took, in seconds.' })
  seconds!: number;

  @Field({ description: 'The engine rebuilt.' })
  engine!: string;
}
