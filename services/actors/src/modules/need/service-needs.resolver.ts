import { Ctx, Field, FieldResolver, ObjectType, Resolver, Root } from 'type-graphql';

import type { ActorsContext } from '../../context';
import { Service } from '../service/service.entity';
import { Need, NeedLink } from './need.entity';
import { needsOfService } from './need.repository';

@ObjectType({ description: 'A need a service meets, and through which of its types or publics.' })
export class ServiceNeed {
  @Field(() => Need, { description: 'The need.' })
  need!: Need;

  @Field({ description: 'True when every link it meets the need through is partial.' })
  partial!: boolean;

  @Field(() => [NeedLink], { description: 'The need’s links matching its types and publics.' })
  via!: NeedLink[];
}

@Resolver(() => Service)
export class ServiceNeedsResolver {
  @FieldResolver(() => [ServiceNeed], {
    description:
      'The needs its service types and publics meet (see `needs`), fully first, then by code.',
  })
  async needs(@Root() service: Service, @Ctx() context: ActorsContext): Promise<ServiceNeed[]> {
    const met = needsOfService((await context.loaders.needs()).values(), service).map(
      ({ need, via }) => ({ need, via, partial: via.every((link) => link.partial) }),
    );
    return met.sort(
      (a, b) => Number(a.partial) - Number(b.partial) || a.need.code.localeCompare(b.need.code),
    );
  }
}
