import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  GraphQLISODateTime,
  ID,
  Query,
  Resolver,
  Root,
} from 'type-graphql';

import { byIds, connectionFromIds, ConnectionType, PageArgs } from '@bxl/common';

import type { ActorsContext } from '../../context';
import { isOpenAt } from '../../records/opening-hours';
import {
  BassinRef,
  CommuneRef,
  GroupementRef,
  QuartierRef,
  referenceIn,
  SectorRef,
} from '../../territory/territory-refs';
import { Organisation } from '../organisation/organisation.entity';
import { Service } from '../service/service.entity';
import { ServiceFilter } from '../service/service.filter';
import { serviceIdsFor } from '../service/service.resolver';
import { OpeningHoursType } from './opening-hours.types';
import { Site } from './site.entity';

export const SiteConnection = ConnectionType(Site, 'Site');

@ArgsType()
class SitesArgs extends PageArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'Only sites in this territory (any layer), or possibly in it.',
  })
  territory?: string;

  @Field(() => ID, { nullable: true, description: 'Only this organisation’s sites.' })
  organisation?: string;

  @Field(() => ServiceFilter, {
    nullable: true,
    description: 'Only sites where at least one service matching this filter is delivered.',
  })
  services?: ServiceFilter;
}

@Resolver(() => Site)
export class SiteResolver {
  @Query(() => Site, { nullable: true, description: 'A site by id; null if none.' })
  site(@Arg('id', () => ID) id: string, @Ctx() context: ActorsContext) {
    return context.loaders.site.load(id);
  }

  @Query(() => [Site], {
    nullable: 'items',
    description:
      'Sites by id (archived ones too), in the order asked, null for an unknown id; at most 500.',
  })
  sitesByIds(
    @Arg('ids', () => [ID], { description: 'Site ids (at most 500).' }) ids: string[],
    @Ctx() context: ActorsContext,
  ) {
    return byIds(ids, (page) => context.loaders.site.loadMany(page));
  }

  @Query(() => SiteConnection, {
    description:
      'Sites (not archived), real before synthetic, then by commune and id, optionally in a territory (a site placed only by its commune or sub-municipality is listed where it may lie: see possibleTerritoryIds).',
  })
  async sites(@Args(() => SitesArgs) args: SitesArgs, @Ctx() context: ActorsContext) {
    const where = ['archived_at is null'];
    const params: unknown[] = [];
    if (args.territory) {
      where.push(
        '(territory_ids @> array[?]::text[] or possible_territory_ids @> array[?]::text[])',
      );
      params.push(args.territory, args.territory);
    }
    if (args.organisation) {
      where.push('organisation_id = ?');
      params.push(args.organisation);
    }
    if (args.services) {
      const serviceIds = await serviceIdsFor(context, args.services);
      if (serviceIds.length === 0) {
        return connectionFromIds([], args, async () => []);
      }
      where.push(
        'id in (select site_id from actors.service_at_site where service_id = any(array[?]::text[]))',
      );
      params.push(serviceIds);
    }
    const rows = await context.em.execute<Array<{ id: string }>>(
      `select id from actors.site where ${where.join(' and ')} order by synthetic, commune_nis, id`,
      params,
    );
    const ids = rows.map((row) => row.id);
    return connectionFromIds(ids, args, (page) => context.loaders.site.loadMany(page));
  }

  @FieldResolver(() => Organisation, { description: 'The organisation the site belongs to.' })
  organisation(@Root() site: Site, @Ctx() context: ActorsContext) {
    return context.loaders.organisation.load(site.organisationId);
  }

  @FieldResolver(() => [Service], { description: 'The services delivered here (not archived).' })
  async services(@Root() site: Site, @Ctx() context: ActorsContext) {
    const links = await context.loaders.servicesOfSite.load(site.id);
    return (await context.loaders.service.loadMany(links.map((link) => link.service_id))).filter(
      (service) => service instanceof Service,
    );
  }

  @FieldResolver(() => OpeningHoursType, {
    nullable: true,
    description:
      'Opening hours (Europe/Brussels); null when unknown (see hoursKnown): never invented for a real site.',
  })
  openingHours(@Root() site: Site) {
    return site.openingHours ?? null;
  }

  @FieldResolver(() => Boolean, {
    description:
      'Whether its opening hours are known (false: a page should say "hours unknown", not "closed").',
  })
  hoursKnown(@Root() site: Site) {
    return site.openingHours != null;
  }

  @FieldResolver(() => Boolean, {
    nullable: true,
    description:
      'Whether the site is open at this instant (Europe/Brussels time); null if its hours are unknown.',
  })
  openAt(@Root() site: Site, @Arg('at', () => GraphQLISODateTime) at: Date) {
    return site.openingHours ? isOpenAt(site.openingHours, at) : null;
  }

  @FieldResolver(() => CommuneRef, { description: 'The commune.' })
  commune(@Root() site: Site) {
    return Object.assign(new CommuneRef(), { id: `commune:${site.communeNis}` });
  }

  @FieldResolver(() => BassinRef, {
    nullable: true,
    description: 'The bassin, computed from the point (or the commune).',
  })
  bassin(@Root() site: Site) {
    return referenceIn(site.territoryIds, 'bassin');
  }

  @FieldResolver(() => GroupementRef, {
    nullable: true,
    description: 'The groupement, if the point lies in one.',
  })
  groupement(@Root() site: Site) {
    return referenceIn(site.territoryIds, 'groupement');
  }

  @FieldResolver(() => QuartierRef, {
    nullable: true,
    description: 'The Monitoring quartier (null without a point).',
  })
  quartier(@Root() site: Site) {
    return referenceIn(site.territoryIds, 'quartier');
  }

  @FieldResolver(() => SectorRef, {
    nullable: true,
    description: 'The statistical sector (null without a point).',
  })
  sector(@Root() site: Site) {
    return referenceIn(site.territoryIds, 'sector');
  }
}
