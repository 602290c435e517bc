import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Query,
  Resolver,
  Root,
} from 'type-graphql';

import { byIds, connectionFromIds, ConnectionType, hasRole, PageArgs, Role } from '@bxl/common';

import type { ActorsContext } from '../../context';
import { Organisation } from '../organisation/organisation.entity';
import { Site } from '../site/site.entity';
import { TaxonomyTerm } from '../taxonomy/taxonomy-term.entity';
import { termKey } from '../taxonomy/taxonomy.repository';
import { Taxonomy } from '../actor.enums';
import { Service } from './service.entity';
import { ServiceFilter } from './service.filter';
import { findServiceIds } from './service.repository';
import type { ServiceFilterContext } from './service.repository';
import { SpokenLanguage, spokenLanguage } from './spoken-language';

export const ServiceConnection = ConnectionType(Service, 'Service');

@ArgsType()
export class ServicesArgs extends PageArgs {
  @Field(() => ServiceFilter, { nullable: true, description: 'Which services.' })
  filter?: ServiceFilter;
}

/** The ids of the services matching a filter, for this caller (editors may ask for archived ones). */
export async function serviceIdsFor(
  context: ActorsContext,
  filter: ServiceFilter,
): Promise<string[]> {
  return findServiceIds(context.em, filter, await serviceFilterContext(context, filter));
}

/** What a filter is checked against, for this caller (the needs are read only when it names some). */
export async function serviceFilterContext(
  context: ActorsContext,
  filter: ServiceFilter,
): Promise<ServiceFilterContext> {
  return {
    relatedTerritories: (id) => context.loaders.relatedTerritories.load(id),
    codes: await context.loaders.taxonomy(),
    needCodes: filter.needs?.length ? new Set((await context.loaders.needs()).keys()) : undefined,
    canSeeArchived: hasRole(context.identity, Role.EDITOR),
  };
}

/** A page of services matching a filter, loaded through the request's loader. */
export async function servicePage(
  context: ActorsContext,
  args: ServicesArgs,
  filter: ServiceFilter = args.filter ?? {},
) {
  const ids = await serviceIdsFor(context, filter);
  return connectionFromIds(ids, args, (page) => context.loaders.service.loadMany(page));
}

async function terms(context: ActorsContext, taxonomy: Taxonomy, codes: string[]) {
  const { terms: all } = await context.loaders.taxonomy();
  return codes
    .map((code) => all.get(termKey(taxonomy, code)))
    .filter((term): term is TaxonomyTerm => Boolean(term));
}

@Resolver(() => Service)
export class ServiceResolver {
  @Query(() => Service, {
    nullable: true,
    description: 'A service by id; null if none. Archived services only for editors.',
  })
  async service(@Arg('id', () => ID) id: string, @Ctx() context: ActorsContext) {
    const service = await context.loaders.service.load(id);
    return service?.archivedAt && !hasRole(context.identity, Role.EDITOR) ? null : service;
  }

  @Query(() => [Service], {
    nullable: 'items',
    description:
      'Services by id (archived ones too), in the order asked, null for an unknown id; at most 500 (what the search indexer reads).',
  })
  async servicesByIds(
    @Arg('ids', () => [ID], { description: 'Service ids (at most 500).' }) ids: string[],
    @Ctx() context: ActorsContext,
  ) {
    return byIds(ids, (page) => context.loaders.service.loadMany(page));
  }

  @Query(() => ServiceConnection, {
    description:
      'Services matching a filter, real before synthetic, then by name and id (a stable order); archived ones only for editors who ask.',
  })
  services(@Args(() => ServicesArgs) args: ServicesArgs, @Ctx() context: ActorsContext) {
    return servicePage(context, args);
  }

  @FieldResolver(() => Organisation, { description: 'The organisation offering it.' })
  organisation(@Root() service: Service, @Ctx() context: ActorsContext) {
    return context.loaders.organisation.load(service.organisationId);
  }

  @FieldResolver(() => [Site], { description: 'Where it is delivered (sites not archived).' })
  async sites(@Root() service: Service, @Ctx() context: ActorsContext) {
    const links = await context.loaders.sitesOfService.load(service.id);
    return (await context.loaders.site.loadMany(links.map((link) => link.site_id))).filter(
      (site) => site instanceof Site,
    );
  }

  @FieldResolver(() => [TaxonomyTerm], { description: 'Its service types.' })
  types(@Root() service: Service, @Ctx() context: ActorsContext) {
    return terms(context, Taxonomy.SERVICE_TYPE, service.typeCodes);
  }

  @FieldResolver(() => [TaxonomyTerm], { description: 'Its target publics.' })
  publics(@Root() service: Service, @Ctx() context: ActorsContext) {
    return terms(context, Taxonomy.TARGET_PUBLIC, service.publicCodes);
  }

  @FieldResolver(() => [SpokenLanguage], {
    description:
      'The languages it is delivered in, with their names (`languages` gives the codes).',
  })
  spokenLanguages(@Root() service: Service) {
    return service.languages.map(spokenLanguage);
  }

  @FieldResolver(() => Boolean, {
    description:
      'Whether the service is in this territory only probably: none of its sites surely lies in it and no declared service area covers it, but a site placed only by its commune or sub-municipality may lie in it (what `services(filter: { territory })` lists along with the sure ones).',
  })
  async probableIn(
    @Arg('territory', () => ID, { description: 'A territory id of any layer.' }) territory: string,
    @Root() service: Service,
    @Ctx() context: ActorsContext,
  ): Promise<boolean> {
    const sites = await this.sites(service, context);
    if (sites.some((site) => site.territoryIds.includes(territory))) {
      return false;
    }
    const related = (await context.loaders.relatedTerritories.load(territory)) ?? [territory];
    if (service.serviceAreaIds.some((id) => related.includes(id))) {
      return false;
    }
    return sites.some((site) => site.possibleTerritoryIds.includes(territory));
  }

  @FieldResolver(() => [ID], {
    description: 'Territories it declares to serve (ids of any layer); empty: where its sites are.',
  })
  serviceAreas(@Root() service: Service) {
    return service.serviceAreaIds;
  }
}
