import {
  Arg,
  Args,
  ArgsType,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Query,
  Resolver,
  Root,
} from 'type-graphql';

import { ConnectionType, pageWindow, toConnection } from '@bxl/common';

import type { ActorsContext } from '../../context';
import { Service } from '../service/service.entity';
import { Site } from '../site/site.entity';
import { Organisation } from './organisation.entity';

export const OrganisationConnection = ConnectionType(Organisation, 'Organisation');

@ArgsType()
class OrganisationsArgs {
  @Field(() => ID, {
    nullable: true,
    description: 'Only organisations with a site in this territory.',
  })
  territory?: string;

  @Field(() => Int, { defaultValue: 50, description: 'Page size (1–500).' })
  first!: number;

  @Field(() => String, {
    nullable: true,
    description: 'Cursor of the last item of the previous page.',
  })
  after?: string | null;
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

  @Query(() => OrganisationConnection, {
    description: 'Organisations (not archived), by name then id.',
  })
  async organisations(
    @Args(() => OrganisationsArgs) args: OrganisationsArgs,
    @Ctx() context: ActorsContext,
  ) {
    const window = pageWindow(args.first, args.after);
    const params: unknown[] = [];
    let territory = '';
    if (args.territory) {
      territory = `and exists (select 1 from actors.site t where t.organisation_id = o.id and t.archived_at is null
        and t.territory_ids @> array[?]::text[])`;
      params.push(args.territory);
    }
    const rows = await context.em.execute<Array<{ id: string }>>(
      `select o.id from actors.organisation o where o.archived_at is null ${territory}
       order by o.synthetic, lower(coalesce(o.name_fr, o.name_nl, '')), o.id`,
      params,
    );
    const ids = rows.map((row) => row.id);
    const page = await context.loaders.organisation.loadMany(
      ids.slice(window.offset, window.offset + window.limit),
    );
    return toConnection(page as Organisation[], window.offset, ids.length);
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
