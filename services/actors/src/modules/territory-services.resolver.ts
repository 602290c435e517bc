import DataLoader from 'dataloader';
import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ClassType } from 'type-graphql';

import { connectionFromIds } from '@bxl/common';

import type { ActorsContext } from '../context';
import { BassinRef, CommuneRef, GroupementRef, QuartierRef } from '../territory/territory-refs';
import type { TerritoryReference } from '../territory/territory-refs';
import { Taxonomy } from './actor.enums';
import { ServiceCount } from './service/service-count';
import type { ServiceFilter } from './service/service.filter';
import { findServiceIdsByTerritory } from './service/service.repository';
import { ServiceConnection, serviceFilterContext, ServicesArgs } from './service/service.resolver';
import { termKey } from './taxonomy/taxonomy.repository';

/**
 * This request's loader of the service ids in each territory for one filter: a list of territories
 * asking the same services(filter) of each costs one statement, not one per territory.
 */
function serviceIdsInTerritories(context: ActorsContext, filter: ServiceFilter) {
  const key = JSON.stringify(filter);
  let loader = context.loaders.serviceIdsInTerritory.get(key);
  if (!loader) {
    loader = new DataLoader<string, string[]>(async (ids) => {
      const related = await context.loaders.relatedTerritories.loadMany(ids);
      const territories = ids.map((id, index) => {
        const answer = related[index];
        return { id, related: Array.isArray(answer) ? answer : [id] };
      });
      const found = await findServiceIdsByTerritory(
        context.em,
        filter,
        territories,
        await serviceFilterContext(context, filter),
      );
      return ids.map((id) => found.get(id) ?? []);
    });
    context.loaders.serviceIdsInTerritory.set(key, loader);
  }
  return loader;
}

/**
 * What actors adds to a territory type of the territories subgraph: its services (located in it,
 * serving it, or both) and their counts per type — "which plannings, SSM, debt-mediation services
 * operate in this groupement".
 */
function territoryServicesResolver(reference: ClassType<TerritoryReference>) {
  @Resolver(() => reference)
  class TerritoryServicesResolver {
    @FieldResolver(() => ServiceConnection, {
      description:
        'Services operating here (filter.mode: located in, serving, or both; default both).',
    })
    async services(
      @Root() territory: TerritoryReference,
      @Args(() => ServicesArgs) args: ServicesArgs,
      @Ctx() context: ActorsContext,
    ) {
      const ids = await serviceIdsInTerritories(context, args.filter ?? {}).load(territory.id);
      return connectionFromIds(ids, args, (page) => context.loaders.service.loadMany(page));
    }

    @FieldResolver(() => [ServiceCount], {
      description: 'Active services here per service type, by meaning of "here".',
    })
    async serviceCounts(
      @Root() territory: TerritoryReference,
      @Ctx() context: ActorsContext,
    ): Promise<ServiceCount[]> {
      const [rows, { terms }] = await Promise.all([
        context.loaders.serviceCounts.load(territory.id),
        context.loaders.taxonomy(),
      ]);
      return rows.flatMap((row) => {
        const type = terms.get(termKey(Taxonomy.SERVICE_TYPE, row.code));
        return type
          ? [
              {
                type,
                locatedIn: row.located_in,
                probable: row.probable,
                serves: row.serves,
                total: row.total,
                real: row.real,
                synthetic: row.synthetic,
              },
            ]
          : [];
      });
    }
  }
  return TerritoryServicesResolver;
}

export const territoryServicesResolvers = [BassinRef, CommuneRef, GroupementRef, QuartierRef].map(
  territoryServicesResolver,
);
