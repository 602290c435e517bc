import { Args, Ctx, FieldResolver, Resolver, Root } from 'type-graphql';
import type { ClassType } from 'type-graphql';

import type { ActorsContext } from '../context';
import { BassinRef, CommuneRef, GroupementRef, QuartierRef } from '../territory/territory-refs';
import type { TerritoryReference } from '../territory/territory-refs';
import { Taxonomy } from './actor.enums';
import { ServiceCount } from './service/service-count';
import { ServiceConnection, servicePage, ServicesArgs } from './service/service.resolver';
import { termKey } from './taxonomy/taxonomy.repository';

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
    services(
      @Root() territory: TerritoryReference,
      @Args(() => ServicesArgs) args: ServicesArgs,
      @Ctx() context: ActorsContext,
    ) {
      return servicePage(context, args, { ...args.filter, territory: territory.id });
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
