import type { EntityManager } from '@mikro-orm/postgresql';

import { BadUserInputError, RecordWriter } from '@bxl/common';
import type { Identity, RecordSpec } from '@bxl/common';

import type { TerritoryClient } from '../../territory/territory.client';
import type {
  OrganisationInput,
  UpdateOrganisationInput,
} from '../organisation/organisation.input';
import type { RegistryRecord } from '../registry-record.entity';
import type { CreateServiceInput, UpdateServiceInput } from '../service/service.input';
import type { CreateSiteInput, UpdateSiteInput } from '../site/site.input';
import { registrySpecs } from './registry.specs';
import type { RegistrySpecs } from './registry.specs';

/**
 * The editors' registry writes: common's RecordWriter, with the actors' kinds (registry.specs.ts).
 * Imports write through the same writer and specs (registry.importer.ts).
 */
export class RegistryWriter {
  private readonly writer = new RecordWriter();
  readonly specs: RegistrySpecs;

  constructor(territories: TerritoryClient) {
    this.specs = registrySpecs(territories);
  }

  createOrganisation(em: EntityManager, identity: Identity, input: OrganisationInput) {
    return this.writer.create(em, identity, this.specs.organisation, input);
  }

  updateOrganisation(em: EntityManager, identity: Identity, input: UpdateOrganisationInput) {
    return this.writer.update(em, identity, this.specs.organisation, input);
  }

  createService(em: EntityManager, identity: Identity, input: CreateServiceInput) {
    return this.writer.create(em, identity, this.specs.service, input);
  }

  updateService(em: EntityManager, identity: Identity, input: UpdateServiceInput) {
    return this.writer.update(em, identity, this.specs.service, input);
  }

  createSite(em: EntityManager, identity: Identity, input: CreateSiteInput) {
    return this.writer.create(em, identity, this.specs.site, input);
  }

  updateSite(em: EntityManager, identity: Identity, input: UpdateSiteInput) {
    return this.writer.update(em, identity, this.specs.site, input);
  }

  /** Archive (hide from public lists) or restore a record of any kind. */
  setArchived(
    em: EntityManager,
    identity: Identity,
    id: string,
    version: number,
    archived: boolean,
  ) {
    return this.writer.setArchived(em, identity, this.specOf(id), id, version, archived);
  }

  /** An editor confirms the record is true as it stands. */
  verify(em: EntityManager, identity: Identity, id: string, version: number) {
    return this.writer.verify(em, identity, this.specOf(id), id, version);
  }

  /** The kind of a registry id, by its prefix. */
  private specOf(id: string): RecordSpec<RegistryRecord> {
    const spec = Object.values(this.specs).find((candidate) =>
      id.startsWith(`${candidate.prefix}:`),
    );
    if (!spec) {
      throw new BadUserInputError(`Not a registry id: ${id}`, [
        { field: 'id', message: 'ids start with org:, svc: or site:' },
      ]);
    }
    return spec as RecordSpec<RegistryRecord>;
  }
}
