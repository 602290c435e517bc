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

type RecordKind = keyof RegistrySpecs;
type RecordOf<K extends RecordKind> = RegistrySpecs[K] extends RecordSpec<infer E> ? E : never;

/** What an editor sends to create, and to correct, a record of each kind. */
interface RegistryInputs {
  organisation: { create: OrganisationInput; update: UpdateOrganisationInput };
  service: { create: CreateServiceInput; update: UpdateServiceInput };
  site: { create: CreateSiteInput; update: UpdateSiteInput };
}

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

  /** A new record of this kind, as an editor sends it. */
  create<K extends RecordKind>(
    em: EntityManager,
    identity: Identity,
    kind: K,
    input: RegistryInputs[K]['create'],
  ): Promise<RecordOf<K>> {
    return this.writer.create(em, identity, this.spec(kind), input);
  }

  /** A correction of a record of this kind, at the version the editor read. */
  update<K extends RecordKind>(
    em: EntityManager,
    identity: Identity,
    kind: K,
    input: RegistryInputs[K]['update'],
  ): Promise<RecordOf<K>> {
    return this.writer.update(em, identity, this.spec(kind), input);
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

  private spec<K extends RecordKind>(kind: K): RecordSpec<RecordOf<K>> {
    return this.specs[kind] as unknown as RecordSpec<RecordOf<K>>;
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
