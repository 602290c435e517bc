import {
  Arg,
  Ctx,
  Field,
  FieldResolver,
  ID,
  Int,
  Mutation,
  ObjectType,
  Resolver,
  Root,
} from 'type-graphql';

import {
  appendChanges,
  assertNoProblems,
  assertVersion,
  BadUserInputError,
  requireRole,
  Role,
} from '@bxl/common';

import type { ActorsContext } from '../../context';
import { openingHoursProblems } from '../../records/opening-hours';
import type { OpeningHours } from '../../records/opening-hours';
import type { ContactRecord } from '../../records/registry-records';
import { Contact, ContactInput, contactProblems, normaliseContacts } from '../site/contact.type';
import { OpeningHoursInput, OpeningHoursType } from '../site/opening-hours.types';
import { Site } from '../site/site.entity';
import { ServiceAtSite } from './service-at-site.entity';
import { Service } from './service.entity';

@ObjectType({
  description:
    'A service delivered at a site (HSDS service_at_location), with the hours and contacts that apply there.',
})
export class ServiceDelivery {
  siteId!: string;

  @Field(() => OpeningHoursType, {
    nullable: true,
    description: 'The service’s own hours here, else the site’s.',
  })
  openingHours!: OpeningHours | null;

  @Field({ description: 'True when the service keeps its own hours at this site.' })
  ownHours!: boolean;

  @Field(() => [Contact], { description: 'The service’s own contacts here, else the site’s.' })
  contacts!: ContactRecord[];

  @Field({ description: 'True when the service has its own contacts at this site.' })
  ownContacts!: boolean;
}

/**
 * Sets one of a service's own properties at one of its sites (hours or contacts; null: back to the
 * site's), at the version read, with one change-log row `<property>@<siteId>`.
 */
async function setAtSite<K extends 'openingHours' | 'contacts'>(
  context: ActorsContext,
  actor: string,
  target: { serviceId: string; siteId: string; version: number },
  property: K,
  value: ServiceAtSite[K],
): Promise<Service> {
  const { serviceId, siteId, version } = target;
  return context.em.transactional(async (em) => {
    const service = await em.findOne(Service, { id: serviceId });
    const link = await em.findOne(ServiceAtSite, { serviceId, siteId });
    if (!service || !link) {
      throw new BadUserInputError('Unknown delivery', [
        { field: 'siteId', message: `${serviceId} is not delivered at ${siteId}` },
      ]);
    }
    assertVersion(service, version, 'Service');
    const before = link[property] ?? null;
    link[property] = value;
    service.updatedAt = new Date();
    em.persist([link, service]);
    await em.flush();
    await appendChanges(em, {
      actor,
      entity: 'Service',
      entityId: serviceId,
      operation: 'UPDATE',
      changes: [{ field: `${property}@${siteId}`, before, after: value }],
    });
    return service;
  });
}

@Resolver(() => ServiceDelivery)
export class ServiceDeliveryResolver {
  @FieldResolver(() => Site, { description: 'The site.' })
  site(@Root() delivery: ServiceDelivery, @Ctx() context: ActorsContext) {
    return context.loaders.site.load(delivery.siteId);
  }
}

@Resolver(() => Service)
export class ServiceDeliveriesResolver {
  @FieldResolver(() => [ServiceDelivery], {
    description: 'Where it is delivered, with the hours that apply at each site.',
  })
  async deliveries(
    @Root() service: Service,
    @Ctx() context: ActorsContext,
  ): Promise<ServiceDelivery[]> {
    const links = await context.loaders.sitesOfService.load(service.id);
    const sites = await context.loaders.site.loadMany(links.map((link) => link.site_id));
    return links.map((link, index) => {
      const site = sites[index];
      const siteHours = site instanceof Site ? (site.openingHours ?? null) : null;
      const siteContacts = site instanceof Site ? (site.contacts ?? []) : [];
      return {
        siteId: link.site_id,
        openingHours: link.opening_hours ?? siteHours,
        ownHours: link.opening_hours !== null,
        contacts: link.contacts ?? siteContacts,
        ownContacts: link.contacts !== null,
      };
    });
  }

  @Mutation(() => Service, {
    description:
      'Editors: give a service its own hours at one of its sites (null: back to the site’s hours).',
  })
  async setServiceHoursAtSite(
    @Arg('serviceId', () => ID) serviceId: string,
    @Arg('siteId', () => ID) siteId: string,
    @Arg('version', () => Int) version: number,
    @Arg('openingHours', () => OpeningHoursInput, { nullable: true })
    openingHours: OpeningHours | null,
    @Ctx() context: ActorsContext,
  ) {
    const identity = requireRole(context.identity, Role.EDITOR);
    if (openingHours) {
      assertNoProblems('Invalid opening hours', openingHoursProblems(openingHours, 'openingHours'));
    }
    return setAtSite(
      context,
      identity.subject,
      { serviceId, siteId, version },
      'openingHours',
      openingHours,
    );
  }

  @Mutation(() => Service, {
    description:
      'Editors: give a service its own contacts at one of its sites (null: back to the site’s contacts).',
  })
  async setServiceContactsAtSite(
    @Arg('serviceId', () => ID) serviceId: string,
    @Arg('siteId', () => ID) siteId: string,
    @Arg('version', () => Int) version: number,
    @Arg('contacts', () => [ContactInput], { nullable: true })
    contacts: ContactRecord[] | null,
    @Ctx() context: ActorsContext,
  ) {
    const identity = requireRole(context.identity, Role.EDITOR);
    if (contacts) {
      assertNoProblems('Invalid contacts', contactProblems(contacts, 'contacts'));
    }
    const after = contacts ? normaliseContacts(contacts) : null;
    return setAtSite(context, identity.subject, { serviceId, siteId, version }, 'contacts', after);
  }
}
