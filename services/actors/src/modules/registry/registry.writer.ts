import { OptimisticLockError } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

import {
  appendChanges,
  assertNoProblems,
  BadUserInputError,
  changedFields,
  ConflictError,
  NotFoundError,
} from '@bxl/common';
import type { FieldChange, Identity, Operation, Problem } from '@bxl/common';

import type { TerritoryClient } from '../../territory/territory.client';
import { parentProblems } from '../organisation/organisation-hierarchy';
import { Organisation } from '../organisation/organisation.entity';
import {
  normaliseOrganisation,
  ORGANISATION_FIELDS,
  organisationProblems,
} from '../organisation/organisation.input';
import type {
  OrganisationInput,
  UpdateOrganisationInput,
} from '../organisation/organisation.input';
import type { RegistryRecord } from '../registry-record.entity';
import { checkVersion, given, kindOf, newId, pick } from './registry-record.helpers';
import { ServiceAtSite } from '../service/service-at-site.entity';
import { Service } from '../service/service.entity';
import { SERVICE_FIELDS, serviceProblems } from '../service/service.input';
import type {
  CreateServiceInput,
  ServiceInput,
  UpdateServiceInput,
} from '../service/service.input';
import { placeSites } from '../site/site-placement';
import type { Placement } from '../site/site-placement';
import { Site } from '../site/site.entity';
import { normaliseSite, SITE_FIELDS, siteProblems } from '../site/site.input';
import type { CreateSiteInput, SiteInput, UpdateSiteInput } from '../site/site.input';
import { loadTaxonomy } from '../taxonomy/taxonomy.repository';

/**
 * Every registry write: validated whole (every problem named by its field), checked against the
 * version it was made on, and written in one transaction with one change-log row per changed field.
 */
export class RegistryWriter {
  constructor(private readonly territories: TerritoryClient) {}

  private async commit<E extends RegistryRecord>(
    em: EntityManager,
    identity: Identity,
    record: E,
    name: string,
    operation: Operation,
    changes: FieldChange[],
    extra?: (tx: EntityManager) => Promise<void>,
  ): Promise<E> {
    em.persist(record);
    await extra?.(em);
    try {
      await em.flush();
    } catch (error) {
      if (error instanceof OptimisticLockError) {
        throw new ConflictError(`${name} ${record.id} was changed by someone else meanwhile`);
      }
      throw error;
    }
    await appendChanges(em, {
      actor: identity.subject,
      entity: name,
      entityId: record.id,
      operation,
      changes,
    });
    return record;
  }

  async createOrganisation(em: EntityManager, identity: Identity, input: OrganisationInput) {
    return em.transactional(async (em) => {
      assertNoProblems('Invalid organisation', [
        ...organisationProblems(input),
        ...(await parentProblems(em, input.parentOrganisationId, null)),
      ]);
      const values = normaliseOrganisation(input);
      const record = Object.assign(new Organisation(), pick(values, ORGANISATION_FIELDS), {
        id: newId('org', values.nameFr ?? values.nameNl),
        phones: values.phones ?? [],
        agrements: values.agrements ?? [],
        source: `editor:${identity.subject}`,
      });
      return this.commit(
        em,
        identity,
        record,
        'Organisation',
        'CREATE',
        changedFields(null, pick(record, ORGANISATION_FIELDS), ORGANISATION_FIELDS),
      );
    });
  }

  async updateOrganisation(em: EntityManager, identity: Identity, input: UpdateOrganisationInput) {
    return em.transactional(async (em) => {
      const record = await this.load(em, Organisation, input.id, input.version);
      const before = pick(record, ORGANISATION_FIELDS);
      const merged = { ...before, ...given(input, ORGANISATION_FIELDS) } as OrganisationInput;
      assertNoProblems('Invalid organisation', [
        ...organisationProblems(merged),
        ...(await parentProblems(em, merged.parentOrganisationId, record.id)),
      ]);
      const after = pick(normaliseOrganisation(merged), ORGANISATION_FIELDS);
      Object.assign(record, after, {
        phones: after.phones ?? [],
        agrements: after.agrements ?? [],
        updatedAt: new Date(),
      });
      return this.commit(
        em,
        identity,
        record,
        'Organisation',
        'UPDATE',
        changedFields(before, after, ORGANISATION_FIELDS),
      );
    });
  }

  async createService(em: EntityManager, identity: Identity, input: CreateServiceInput) {
    return em.transactional(async (em) => {
      await this.load(em, Organisation, input.organisationId, null, 'organisationId');
      const problems = await this.serviceProblems(em, input, input.organisationId);
      assertNoProblems('Invalid service', problems);
      const record = Object.assign(new Service(), pick(input, SERVICE_FIELDS), {
        id: newId('svc', input.nameFr ?? input.nameNl),
        organisationId: input.organisationId,
        typeCodes: input.typeCodes ?? [],
        publicCodes: input.publicCodes ?? [],
        languages: input.languages ?? [],
        serviceAreaIds: input.serviceAreaIds ?? [],
        source: `editor:${identity.subject}`,
      });
      for (const flag of [
        'lowThreshold',
        'withoutAppointment',
        'free',
        'acceptsUninsured',
        'acceptsAmu',
        'anonymous',
      ] as const) {
        record[flag] = input[flag] ?? false;
      }
      record.status = input.status ?? record.status;
      const changes = changedFields(
        null,
        { ...pick(record, SERVICE_FIELDS), siteIds: input.siteIds ?? [] },
        [...SERVICE_FIELDS, 'siteIds'],
      );
      return this.commit(em, identity, record, 'Service', 'CREATE', changes, (tx) =>
        this.linkSites(tx, record.id, input.siteIds ?? []),
      );
    });
  }

  async updateService(em: EntityManager, identity: Identity, input: UpdateServiceInput) {
    return em.transactional(async (em) => {
      const record = await this.load(em, Service, input.id, input.version);
      const siteIds = (
        await em.find(ServiceAtSite, { serviceId: record.id }, { orderBy: { siteId: 'asc' } })
      ).map((link) => link.siteId);
      const fields = [...SERVICE_FIELDS, 'siteIds'];
      const before = { ...pick(record, SERVICE_FIELDS), siteIds };
      const merged = { ...before, ...given(input, fields) } as ServiceInput;
      assertNoProblems(
        'Invalid service',
        await this.serviceProblems(em, merged, record.organisationId),
      );
      const after = {
        ...pick(merged, SERVICE_FIELDS),
        siteIds: [...(merged.siteIds ?? [])].sort(),
      };
      Object.assign(record, pick(after, SERVICE_FIELDS), { updatedAt: new Date() });
      const changes = changedFields(before, after, fields);
      const relink = changes.some((change) => change.field === 'siteIds');
      return this.commit(
        em,
        identity,
        record,
        'Service',
        'UPDATE',
        changes,
        relink ? (tx) => this.linkSites(tx, record.id, after.siteIds) : undefined,
      );
    });
  }

  async createSite(em: EntityManager, identity: Identity, input: CreateSiteInput) {
    return em.transactional(async (em) => {
      await this.load(em, Organisation, input.organisationId, null, 'organisationId');
      const placed = await this.place(input);
      const values = normaliseSite(placed.values);
      const record = Object.assign(new Site(), pick(values, SITE_FIELDS), {
        id: newId('site', input.nameFr ?? input.streetFr ?? input.nameNl ?? input.streetNl),
        organisationId: input.organisationId,
        phones: placed.values.phones ?? [],
        contacts: values.contacts ?? [],
        source: `editor:${identity.subject}`,
        ...placed.territories,
      });
      return this.commit(
        em,
        identity,
        record,
        'Site',
        'CREATE',
        changedFields(null, pick(record, SITE_FIELDS), SITE_FIELDS),
      );
    });
  }

  async updateSite(em: EntityManager, identity: Identity, input: UpdateSiteInput) {
    return em.transactional(async (em) => {
      const record = await this.load(em, Site, input.id, input.version);
      const before = pick(record, SITE_FIELDS);
      const update = given(input, SITE_FIELDS);
      const moved = 'latitude' in update || 'longitude' in update;
      const merged = {
        ...before,
        ...update,
        ...(moved && !('communeNis' in update) ? { communeNis: null } : {}),
      } as SiteInput;
      const placed = await this.place(merged);
      const after = pick(normaliseSite(placed.values), SITE_FIELDS);
      Object.assign(
        record,
        after,
        { phones: after.phones ?? [], contacts: after.contacts ?? [], updatedAt: new Date() },
        placed.territories,
      );
      return this.commit(
        em,
        identity,
        record,
        'Site',
        'UPDATE',
        changedFields(before, after, SITE_FIELDS),
      );
    });
  }

  /** Archive (hide from public lists) or restore a record of any kind. */
  async setArchived(
    em: EntityManager,
    identity: Identity,
    id: string,
    version: number,
    archived: boolean,
  ) {
    return em.transactional(async (em) => {
      const kind = kindOf(id);
      const record = await this.load<RegistryRecord>(
        em,
        kind.entity as new () => RegistryRecord,
        id,
        version,
      );
      if (Boolean(record.archivedAt) === archived) {
        return record;
      }
      const before = record.archivedAt ?? null;
      record.archivedAt = archived ? new Date() : null;
      const change = { field: 'archivedAt', before, after: record.archivedAt };
      return this.commit(em, identity, record, kind.name, archived ? 'ARCHIVE' : 'RESTORE', [
        change,
      ]);
    });
  }

  /** An editor confirms the record is true as it stands: `verifiedAt`/`verifiedBy`, not `updatedAt`. */
  async verify(em: EntityManager, identity: Identity, id: string, version: number) {
    return em.transactional(async (em) => {
      const kind = kindOf(id);
      const record = await this.load<RegistryRecord>(
        em,
        kind.entity as new () => RegistryRecord,
        id,
        version,
      );
      const before = {
        verifiedAt: record.verifiedAt ?? null,
        verifiedBy: record.verifiedBy ?? null,
      };
      record.verifiedAt = new Date();
      record.verifiedBy = identity.subject;
      const changes = changedFields(
        before,
        { verifiedAt: record.verifiedAt, verifiedBy: record.verifiedBy },
        ['verifiedAt', 'verifiedBy'],
      );
      return this.commit(em, identity, record, kind.name, 'VERIFY', changes);
    });
  }

  private async load<E extends RegistryRecord>(
    em: EntityManager,
    entity: new () => E,
    id: string,
    version: number | null,
    field?: string,
  ): Promise<E> {
    const record = (await em.findOne(entity as never, { id } as never)) as E | null;
    if (!record) {
      if (field) {
        throw new BadUserInputError(`Unknown ${field}`, [
          { field, message: `${id} does not exist` },
        ]);
      }
      throw new NotFoundError(entity.name, id);
    }
    if (version !== null) {
      checkVersion(record, version, entity.name);
    }
    return record;
  }

  /**
   * A parent organisation must exist (archived or not) and be neither the organisation itself nor
   * one of its descendants: the parent's chain of ancestors, read in one recursive query, must not
   * reach the organisation.
   */
  private async serviceProblems(
    em: EntityManager,
    values: ServiceInput,
    organisationId: string,
  ): Promise<Problem[]> {
    const problems = serviceProblems(values, await loadTaxonomy(em));
    const siteIds = values.siteIds ?? [];
    if (siteIds.length > 0) {
      const sites = await em.find(Site, { id: { $in: siteIds } });
      siteIds.forEach((siteId, index) => {
        const site = sites.find((candidate) => candidate.id === siteId);
        if (!site || site.organisationId !== organisationId) {
          problems.push({
            field: `siteIds[${index}]`,
            message: `${siteId} is not a site of ${organisationId}`,
          });
        }
      });
    }
    const areaIds = values.serviceAreaIds ?? [];
    const related = await this.territories.relatedIdsMany(areaIds);
    for (const [index, areaId] of areaIds.entries()) {
      if (!related[index]) {
        problems.push({
          field: `serviceAreaIds[${index}]`,
          message: `unknown territory ${areaId}`,
        });
      }
    }
    return problems;
  }

  private async linkSites(tx: EntityManager, serviceId: string, siteIds: string[]): Promise<void> {
    await tx.nativeDelete(ServiceAtSite, { serviceId });
    for (const siteId of siteIds) {
      tx.persist(Object.assign(new ServiceAtSite(), { serviceId, siteId }));
    }
  }

  /**
   * Validates a site's content and places it (see placeSites); with a point and a commune given,
   * they must agree.
   */
  private async place(values: SiteInput) {
    assertNoProblems('Invalid site', siteProblems(values));
    const { placements, problems } = await placeSites([values], this.territories);
    assertNoProblems(
      'Invalid site',
      problems.map(({ field, message }) => ({ field, message })),
    );
    const placement = placements[0] as Placement;
    if (values.communeNis && values.communeNis !== placement.communeNis) {
      throw new BadUserInputError('Invalid site', [
        {
          field: 'communeNis',
          message: `the point lies in commune ${placement.communeNis}, not ${values.communeNis}`,
        },
      ]);
    }
    return {
      values: { ...values, communeNis: placement.communeNis },
      territories: {
        territoryIds: placement.territoryIds,
        possibleTerritoryIds: placement.possibleTerritoryIds,
        positionPrecision: placement.positionPrecision,
        territoriesComputedAt: new Date(),
      },
    };
  }
}
