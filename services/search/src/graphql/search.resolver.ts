import type { GraphQLResolveInfo } from 'graphql';
import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  Info,
  Int,
  Mutation,
  Query,
  Resolver,
} from 'type-graphql';

import {
  assertNoProblems,
  ForbiddenError,
  hasRole,
  Language,
  requireRole,
  Role,
} from '@bxl/common';

import type { SearchContext } from '../context';
import type { Highlight, ServiceFacet, ServiceResults } from '../engine/search-engine';
import { facetLabels } from './facet-labels';
import { noResultsHelp } from './no-results';
import type { AlternativeSource } from './no-results';
import { OrganisationRef, reference, ServiceRef, SiteRef } from './references';
import { NearInput, SearchFilters, SearchSort } from './search-inputs';
import {
  engineLanguage,
  endCursor,
  offsetFrom,
  serviceQuery,
  textProblems,
} from './search-request';
import {
  OrganisationSearchResult,
  ReindexResult,
  SearchAlternativeKind,
  SearchStatus,
  SearchSuggestion,
  ServiceSearchResult,
} from './search-results';
import type { HighlightType, SuggestionKind, ServiceFacets } from './search-results';
import { searchStatus } from './search-status';
import { selects } from './selection';
import { placedProbably } from './hit-placement';

@ArgsType()
class SearchServicesArgs {
  @Field({
    defaultValue: '',
    description:
      'Words, as typed (FR or NL, typos, acronyms, places); empty: the filtered list. At most 500 characters.',
  })
  query!: string;

  @Field(() => SearchFilters, { nullable: true, description: 'Filters (all must hold).' })
  filters?: SearchFilters;

  @Field(() => NearInput, {
    nullable: true,
    description: 'A point: distances, and a radius if given.',
  })
  near?: NearInput;

  @Field(() => SearchSort, {
    defaultValue: SearchSort.RELEVANCE,
    description: 'Order of the hits.',
  })
  sort!: SearchSort;

  @Field(() => Int, { defaultValue: 20, description: 'Page size (1–100).' })
  first!: number;

  @Field({ nullable: true, description: 'The `endCursor` of the previous page.' })
  after?: string;

  @Field(() => Language, {
    nullable: true,
    description: 'Language of highlights and name order (default: Accept-Language, else French).',
  })
  language?: Language;
}

@ArgsType()
class SearchOrganisationsArgs {
  @Field({ defaultValue: '', description: 'Words, as typed; empty: every organisation by name.' })
  query!: string;

  @Field(() => Int, { defaultValue: 20, description: 'Page size (1–100).' })
  first!: number;

  @Field({ nullable: true, description: 'The `endCursor` of the previous page.' })
  after?: string;

  @Field(() => Language, { nullable: true, description: 'Language of highlights and name order.' })
  language?: Language;

  @Field({ defaultValue: false, description: 'Editors only: include archived organisations.' })
  includeArchived!: boolean;
}

const FACET_FIELDS: Record<keyof ServiceFacets, ServiceFacet> = {
  types: 'types',
  bassins: 'bassin',
  groupements: 'groupement',
  communes: 'commune',
  languages: 'languages',
  publics: 'publics',
  needs: 'needs',
  access: 'access',
  authorities: 'authorities',
  synthetic: 'synthetic',
};

/** The engine's facet counts, each value with its names. */
async function labelledFacets(
  results: ServiceResults,
  language: Language,
  vocabulary: SearchContext['services']['vocabulary'],
): Promise<ServiceFacets> {
  const labels = await facetLabels(vocabulary);
  return Object.fromEntries(
    Object.entries(FACET_FIELDS).map(([field, facet]) => {
      const labelOf = labels[field as keyof ServiceFacets];
      return [
        field,
        results.facets[facet].map((count) => {
          const label = labelOf(count.value);
          return {
            ...count,
            labelFr: label.fr,
            labelNl: label.nl,
            label: language === Language.NL ? label.nl : label.fr,
          };
        }),
      ];
    }),
  ) as unknown as ServiceFacets;
}

const highlightsOut = (highlights: Highlight[]): HighlightType[] =>
  highlights.map((highlight) => ({
    ...highlight,
    language: highlight.language === 'nl' ? Language.NL : Language.FR,
  }));

function requireEditorFor(asked: boolean | undefined, context: SearchContext): void {
  if (asked && !hasRole(context.identity, Role.EDITOR)) {
    throw new ForbiddenError('Only editors can search archived records');
  }
}

@Resolver()
export class SearchResolver {
  @Query(() => ServiceSearchResult, {
    description:
      'Services found by words (French or Dutch, typos, accents, acronyms and synonyms, place names), filters and distance; one hit per service and site, with facets.',
  })
  async searchServices(
    @Args(() => SearchServicesArgs) args: SearchServicesArgs,
    @Ctx() context: SearchContext,
    @Info() info: GraphQLResolveInfo,
  ): Promise<ServiceSearchResult> {
    requireEditorFor(args.filters?.includeArchived, context);
    const language = args.language ?? context.language;
    const query = {
      ...(await serviceQuery(args, language, context.services.vocabulary)),
      highlight: selects(info, ['hits', 'highlights']),
    };
    const { engine, vocabulary } = context.services;
    const results: ServiceResults = await engine.searchServices(query);
    const next = query.offset + results.hits.length;
    const empty = results.hits.length === 0 && query.offset === 0;
    const sources: AlternativeSource[] = [
      {
        kind: SearchAlternativeKind.TYPE,
        items: async () => (await vocabulary.values()).typeLabels,
      },
      {
        kind: SearchAlternativeKind.NEED,
        items: async () => (await vocabulary.values()).needLabels,
      },
    ];
    return {
      total: results.total,
      hits: results.hits.map((hit) => ({
        service: reference(ServiceRef, hit.document.serviceId),
        site: hit.document.siteId ? reference(SiteRef, hit.document.siteId) : null,
        score: hit.score,
        highlights: highlightsOut(hit.highlights),
        distanceMeters: hit.distanceMeters,
        synthetic: hit.document.synthetic,
        probable: placedProbably(hit.document, query.filters.territory),
      })),
      facets: await labelledFacets(results, language, vocabulary),
      endCursor: endCursor(query.offset, results.hits.length, results.total),
      hasNextPage: next < results.total,
      language,
      engine: engine.name,
      noResults: empty ? await noResultsHelp(query, engine, sources) : null,
    };
  }

  @Query(() => OrganisationSearchResult, {
    description: 'Organisations found by name, alternate name, place or description.',
  })
  async searchOrganisations(
    @Args(() => SearchOrganisationsArgs) args: SearchOrganisationsArgs,
    @Ctx() context: SearchContext,
  ): Promise<OrganisationSearchResult> {
    requireEditorFor(args.includeArchived, context);
    const problems = textProblems(args.query, args.first);
    const offset = offsetFrom(args.after, problems);
    assertNoProblems('Invalid search', problems);
    const language = args.language ?? context.language;
    const results = await context.services.engine.searchOrganisations({
      text: args.query,
      language: engineLanguage(language),
      includeArchived: args.includeArchived,
      offset,
      limit: args.first,
    });
    const next = offset + results.hits.length;
    return {
      total: results.total,
      hits: results.hits.map((hit) => ({
        organisation: reference(OrganisationRef, hit.document.id),
        score: hit.score,
        highlights: highlightsOut(hit.highlights),
      })),
      endCursor: endCursor(offset, results.hits.length, results.total),
      hasNextPage: next < results.total,
    };
  }

  @Query(() => [SearchSuggestion], {
    description:
      'Completions of what is being typed: service and organisation names, service types, places.',
  })
  async searchSuggestions(
    @Arg('prefix', { description: 'What has been typed so far (at most 100 characters).' })
    prefix: string,
    @Arg('first', () => Int, { defaultValue: 8, description: 'How many (1–20).' }) first: number,
    @Arg('language', () => Language, { nullable: true, description: 'Language of the names.' })
    language: Language | undefined,
    @Ctx() context: SearchContext,
  ): Promise<SearchSuggestion[]> {
    const problems = [];
    if (prefix.length > 100) {
      problems.push({ field: 'prefix', message: 'at most 100 characters' });
    }
    if (!(first >= 1 && first <= 20)) {
      problems.push({ field: 'first', message: 'between 1 and 20' });
    }
    assertNoProblems('Invalid suggestion request', problems);
    const suggestions = await context.services.engine.suggest(
      prefix,
      engineLanguage(language ?? context.language),
      first,
    );
    return suggestions.map((suggestion) => ({
      text: suggestion.text,
      kind: suggestion.kind as SuggestionKind,
    }));
  }

  @Query(() => SearchStatus, {
    description: 'The search index: engine, documents, and how far behind the change log it is.',
  })
  searchStatus(@Ctx() context: SearchContext): Promise<SearchStatus> {
    return searchStatus(context.services);
  }

  @Mutation(() => ReindexResult, {
    description:
      'Admins: rebuilds the whole search index from the directory (what `npm run reindex` calls).',
  })
  async reindexSearch(@Ctx() context: SearchContext): Promise<ReindexResult> {
    requireRole(context.identity, Role.ADMIN);
    const started = Date.now();
    const counts = await context.services.indexer.rebuild();
    return {
      ...counts,
      seconds: (Date.now() - started) / 1000,
      engine: context.services.engine.name,
    };
  }
}
