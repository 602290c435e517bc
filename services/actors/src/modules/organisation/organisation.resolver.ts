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

import { byIds, connectionFromIds, ConnectionType, PageArgs } from '@bxl/common';

import type { ActorsContext } from '../../context';
import type { AgrementRecord } from '../../records/registry-records';
import { Service } from '../service/service.entity';
import { ServiceFilter } from '../service/service.filter';
import { serviceIdsFor } from '../service/service.resolver';
import { Site } from '../site/site.entity';
import { Agrement } from './agrement.type';
import { Organisation } from './organisation.entity';

export const OrganisationConnection = ConnectionType(Organisation, 'Organisation');

@ArgsType()
class OrganisationsArgs extends PageArgs {
  @Field(() => ID, {
    nullable: true,
    description:
      'Only organisations with a site in this territory, or placed only by its commune or sub-municipality and possibly in it.',
  })
  territory?: string;

  @Field(() => Boolean, {
    nullable: true,
    description:
      'true: only generated demonstration records; false: only real ones; omitted: both (real first).',
  })
  synthetic?: boolean;

  @Field(() => ServiceFilter, {
    nullable: true,
    description: 'Only organisations offering at least one service matching this filter.',
  })
  services?: ServiceFilter;
}

@Resolver(() => Organisation)
export class OrganisationResolver {
  @Query(() => Organisation, {
    nullable: true,
    description: 'An organisation by id; null if none.',
  })
  organisation(@Arg('id', () => ID) id: string, @Ctx() context: ActorsContext) {
    return context.loaders.organisation.load(id);
  }

  @Query(() => [Organisation], {
    nullable: 'items',
    description:
      'Organisations by id (archived ones too), in the order asked, null for an unknown id; at most 500.',
  })
  async organisationsByIds(
    @Arg('ids', () => [ID], { description: 'Organisation ids (at most 500).' }) ids: string[],
    @Ctx() context: ActorsContext,
  ) {
    return byIds(ids, (page) => context.loaders.organisation.loadMany(page));
  }

  @Query(() => OrganisationConnection, {
    description: 'Organisations (not archived), real before synthetic, then by name and id.',
  })
  async organisations(
    @Args(() => OrganisationsArgs) args: OrganisationsArgs,
    @Ctx() context: ActorsContext,
  ) {
    const where = ['o.archived_at is null'];
    const params: unknown[] = [];
    if (args.territory) {
      where.push(`exists (select 1 from actors.site t where t.organisation_id = o.id and t.archived_at is null
        and (t.territory_ids @> array[?]::text[] or t.possible_territory_ids @> array[?]::text[]))`);
      params.push(args.territory, args.territory);
    }
    if (args.synthetic != null) {
      where.push('o.synthetic = ?');
      params.push(args.synthetic);
    }
    if (args.services) {
      const serviceIds = await serviceIdsFor(context, args.services);
      if (serviceIds.length === 0) {
        return connectionFromIds([], args, async () => []);
      }
      where.push(
        'o.id in (select organisation_id from actors.service where id = any(array[?]::text[]))',
      );
      params.push(serviceIds);
    }
    const rows = await context.em.execute<Array<{ id: string }>>(
      `select o.id from actors.organisation o where ${where.join(' and ')}
       order by o.synthetic, lower(coalesce(o.name_fr, o.name_nl, '')), o.id`,
      params,
    );
    const ids = rows.map((row) => row.id);
    return connectionFromIds(ids, args, (page) => context.loaders.organisation.loadMany(page));
  }

  @FieldResolver(() => Organisation, {
    nullable: true,
    description:
      'The organisation it belongs to (HSDS parent_organization_id), archived or not; null if none.',
  })
  parentOrganisation(@Root() organisation: Organisation, @Ctx() context: ActorsContext) {
    return organisation.parentOrganisationId
      ? context.loaders.organisation.load(organisation.parentOrganisationId)
      : null;
  }

  @FieldResolver(() => [Agrement], { description: 'Its agréments (official recognitions).' })
  agrements(@Root() organisation: Organisation): AgrementRecord[] {
    return organisation.agrements ?? [];
  }

  @FieldResolver(() => [Service], { description: 'Its services (not archived), by name.' })
  services(@Root() organisation: Organisation, @Ctx() context: ActorsContext) {
    return context.loaders.servicesOfOrganisation.load(organisation.id);
  }

  @FieldResolver(() => [Site], { description: 'Its sites (not archived).' })
  sites(@Root() organisation: Organisation, @Ctx() context: ActorsContext) {
    return context.loaders.sitesOfOrganisation.load(organisation.id);
  }
}
