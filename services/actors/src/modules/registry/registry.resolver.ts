import { Arg, createUnionType, Ctx, ID, Int, Mutation, Resolver } from 'type-graphql';

import { requireRole, Role } from '@bxl/common';

import type { ActorsContext } from '../../context';
import { Organisation } from '../organisation/organisation.entity';
import { OrganisationInput, UpdateOrganisationInput } from '../organisation/organisation.input';
import { Service } from '../service/service.entity';
import { CreateServiceInput, UpdateServiceInput } from '../service/service.input';
import { refreshSiteTerritories } from '../site/site-territories.refresher';
import { Site } from '../site/site.entity';
import { CreateSiteInput, UpdateSiteInput } from '../site/site.input';

export const RegistryEntry = createUnionType({
  name: 'RegistryEntry',
  description: 'An organisation, a service or a site.',
  types: () => [Organisation, Service, Site] as const,
});

/** The registry editors' writes: every one needs the editor role, is validated, versioned and logged. */
@Resolver()
export class RegistryResolver {
  private writer(context: ActorsContext) {
    return {
      identity: requireRole(context.identity, Role.EDITOR),
      writer: context.services.writer,
      em: context.em,
    };
  }

  @Mutation(() => Organisation, { description: 'Editors: add an organisation.' })
  createOrganisation(
    @Arg('input', () => OrganisationInput) input: OrganisationInput,
    @Ctx() context: ActorsContext,
  ) {
    const { identity, writer, em } = this.writer(context);
    return writer.create(em, identity, 'organisation', input);
  }

  @Mutation(() => Organisation, {
    description: 'Editors: correct an organisation (at the version read).',
  })
  updateOrganisation(
    @Arg('input', () => UpdateOrganisationInput) input: UpdateOrganisationInput,
    @Ctx() context: ActorsContext,
  ) {
    const { identity, writer, em } = this.writer(context);
    return writer.update(em, identity, 'organisation', input);
  }

  @Mutation(() => Service, { description: 'Editors: add a service to an organisation.' })
  createService(
    @Arg('input', () => CreateServiceInput) input: CreateServiceInput,
    @Ctx() context: ActorsContext,
  ) {
    const { identity, writer, em } = this.writer(context);
    return writer.create(em, identity, 'service', input);
  }

  @Mutation(() => Service, { description: 'Editors: correct a service (at the version read).' })
  updateService(
    @Arg('input', () => UpdateServiceInput) input: UpdateServiceInput,
    @Ctx() context: ActorsContext,
  ) {
    const { identity, writer, em } = this.writer(context);
    return writer.update(em, identity, 'service', input);
  }

  @Mutation(() => Site, {
    description: 'Editors: add a site; its territories are computed from its point.',
  })
  createSite(
    @Arg('input', () => CreateSiteInput) input: CreateSiteInput,
    @Ctx() context: ActorsContext,
  ) {
    const { identity, writer, em } = this.writer(context);
    return writer.create(em, identity, 'site', input);
  }

  @Mutation(() => Site, {
    description: 'Editors: correct a site; moving its point recomputes its territories.',
  })
  updateSite(
    @Arg('input', () => UpdateSiteInput) input: UpdateSiteInput,
    @Ctx() context: ActorsContext,
  ) {
    const { identity, writer, em } = this.writer(context);
    return writer.update(em, identity, 'site', input);
  }

  @Mutation(() => RegistryEntry, {
    description: 'Editors: archive a record (hidden from public lists, kept).',
  })
  archive(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Ctx() context: ActorsContext,
  ) {
    const { identity, writer, em } = this.writer(context);
    return writer.setArchived(em, identity, id, version, true);
  }

  @Mutation(() => RegistryEntry, { description: 'Editors: restore an archived record.' })
  restore(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Ctx() context: ActorsContext,
  ) {
    const { identity, writer, em } = this.writer(context);
    return writer.setArchived(em, identity, id, version, false);
  }

  @Mutation(() => Int, {
    description:
      'Admins: recompute every site’s territories (after a territory layer changed, e.g. official groupements imported); returns how many sites moved.',
  })
  refreshSiteTerritories(@Ctx() context: ActorsContext) {
    const identity = requireRole(context.identity, Role.ADMIN);
    return refreshSiteTerritories(context.em, context.services.territories, identity.subject);
  }

  @Mutation(() => RegistryEntry, {
    description: 'Editors: confirm a record is true as it stands (sets verifiedAt/By).',
  })
  verify(
    @Arg('id', () => ID) id: string,
    @Arg('version', () => Int) version: number,
    @Ctx() context: ActorsContext,
  ) {
    const { identity, writer, em } = this.writer(context);
    return writer.verify(em, identity, id, version);
  }
}
