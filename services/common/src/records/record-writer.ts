import { OptimisticLockError } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

import { assertNoProblems, ConflictError, NotFoundError } from '../errors';
import { appendChangeEntries, changedFields } from '../events/change-log.writer';
import type { ChangeEntry, FieldChange, Operation } from '../events/change-log.writer';
import type { Identity } from '../identity/identity';
import { slugify } from '../text';
import { assertVersion, givenFields, newRecordId, pickFields } from './record-fields';
import { loggedFields } from './record-spec';
import type { RecordSpec, Values, VerifiableRecord, WritableRecord } from './record-spec';

/** One record of a bulk write (an import, a seed): its key and its values. */
export interface UpsertItem {
  key: { id: string; externalId?: string | null; synthetic: boolean; source: string };
  /** The values it carries: a field left out keeps the registry's value. */
  values: Values;
}

export interface UpsertOutcome<E> {
  record: E;
  operation: 'CREATE' | 'UPDATE' | 'UNCHANGED';
  changes: FieldChange[];
}

const createOnly = (spec: Pick<RecordSpec, 'createOnly'>) => spec.createOnly ?? [];

const invalid = (spec: Pick<RecordSpec, 'invalid' | 'name'>) =>
  spec.invalid ?? `Invalid ${spec.name}`;

/**
 * Every record write of every subgraph, for any kind a RecordSpec describes: validated whole (every
 * problem named by its field), checked against the version it was made on, written in one
 * transaction with one change-log row per changed field.
 */
export class RecordWriter {
  async create<E extends WritableRecord>(
    em: EntityManager,
    identity: Identity,
    spec: RecordSpec<E>,
    input: object,
  ): Promise<E> {
    return em.transactional(async (tx) => {
      const fields = [...loggedFields(spec), ...createOnly(spec)];
      const given = normalise(spec, givenFields(input, fields));
      const validated = await this.validate(tx, spec, given, null, true);
      const values = { ...given, ...validated.values };
      const record = Object.assign(
        new spec.entity(),
        pickFields(values, createOnly(spec)),
        pickFields(values, spec.fields),
        validated.derived,
        { id: newRecordId(spec.prefix, spec.nameOf(values)), source: `editor:${identity.subject}` },
      );
      const changes = changedFields(null, values, loggedFields(spec));
      return this.commit(tx, identity, spec, record, 'CREATE', changes);
    });
  }

  async update<E extends WritableRecord>(
    em: EntityManager,
    identity: Identity,
    spec: RecordSpec<E>,
    input: { id: string; version: number },
  ): Promise<E> {
    return em.transactional(async (tx) => {
      const record = await this.load(tx, spec, input.id, input.version);
      const before = {
        ...pickFields(record, [...createOnly(spec), ...spec.fields]),
        ...(await linksOf(tx, spec, record.id)),
      };
      const given = givenFields(input, loggedFields(spec));
      const merged = spec.merge ? spec.merge(before, given) : { ...before, ...given };
      const asked = changedFields(before, normalise(spec, merged), loggedFields(spec));
      if (asked.length === 0) {
        return record;
      }
      const rederive = asked.some((change) => spec.derivedFrom?.includes(change.field) ?? true);
      const validated = await this.validate(tx, spec, normalise(spec, merged), record, rederive);
      const after = normalise(spec, { ...merged, ...validated.values });
      const changes = changedFields(before, after, loggedFields(spec));
      if (changes.length === 0) {
        return record;
      }
      Object.assign(record, pickFields(after, spec.fields), validated.derived, {
        updatedAt: new Date(),
      });
      return this.commit(tx, identity, spec, record, 'UPDATE', changes);
    });
  }

  /** Archive (hide from lists) or restore. */
  async setArchived<E extends WritableRecord>(
    em: EntityManager,
    identity: Identity,
    spec: RecordSpec<E>,
    id: string,
    version: number,
    archived: boolean,
  ): Promise<E> {
    return em.transactional(async (tx) => {
      const record = await this.load(tx, spec, id, version);
      if (Boolean(record.archivedAt) === archived) {
        return record;
      }
      if (!archived && spec.restoreProblems) {
        assertNoProblems(`Cannot restore ${spec.name}`, await spec.restoreProblems(tx, record));
      }
      const before = record.archivedAt ?? null;
      record.archivedAt = archived ? new Date() : null;
      const change = { field: 'archivedAt', before, after: record.archivedAt };
      return this.commit(tx, identity, spec, record, archived ? 'ARCHIVE' : 'RESTORE', [change]);
    });
  }

  /** An editor confirms the record is true as it stands: `verifiedAt`/`verifiedBy`, not `updatedAt`. */
  async verify<E extends VerifiableRecord>(
    em: EntityManager,
    identity: Identity,
    spec: RecordSpec<E>,
    id: string,
    version: number,
  ): Promise<E> {
    return em.transactional(async (tx) => {
      const record = await this.load(tx, spec, id, version);
      const fields = ['verifiedAt', 'verifiedBy'];
      const before = pickFields(record, fields);
      record.verifiedAt = new Date();
      record.verifiedBy = identity.subject;
      const changes = changedFields(before, pickFields(record, fields), fields);
      return this.commit(tx, identity, spec, record, 'VERIFY', changes);
    });
  }

  /**
   * Writes many records of one kind in the caller's transaction, validated by the caller: each
   * upserted by external id (else by id), in two lookups, one flush and a few log statements.
   * `keepExisting` (a seed) only adds the records not there yet and logs nothing, so it never
   * overwrites an editor's correction. Links are the caller's: they span kinds.
   */
  async upsertMany<E extends WritableRecord>(
    tx: EntityManager,
    identity: Identity,
    spec: RecordSpec<E>,
    items: readonly UpsertItem[],
    options: { operation?: Operation; keepExisting?: boolean } = {},
  ): Promise<Array<UpsertOutcome<E>>> {
    const withExternalId = <T>(record: T) => record as T & { externalId?: string | null };
    const externalIds = items.flatMap(({ key }) => (key.externalId ? [key.externalId] : []));
    const find = (where: object) => tx.find(spec.entity, where as never) as Promise<E[]>;
    const byExternalId = new Map(
      externalIds.length > 0
        ? (await find({ externalId: { $in: externalIds } })).map(
            (record) => [withExternalId(record).externalId as string, record] as const,
          )
        : [],
    );
    const byId = new Map(
      (await find({ id: { $in: items.map(({ key }) => key.id) } })).map(
        (record) => [record.id, record] as const,
      ),
    );
    const entries: ChangeEntry[] = [];
    const outcomes = items.map(({ key, values }): UpsertOutcome<E> => {
      // The external id is the upsert key: a record found by id (ids derived from names collide)
      // that carries another external id is somebody else's, never overwritten.
      const sameId = byId.get(key.id);
      const sameIdExternal = sameId && withExternalId(sameId).externalId;
      const clash = Boolean(key.externalId && sameIdExternal && sameIdExternal !== key.externalId);
      const existing =
        (key.externalId ? byExternalId.get(key.externalId) : undefined) ??
        (clash ? undefined : sameId) ??
        null;
      if (existing && options.keepExisting) {
        return { record: existing, operation: 'UNCHANGED', changes: [] };
      }
      const fields = [...spec.fields, ...createOnly(spec)].filter((field) => field in values);
      const changes = changedFields(existing && pickFields(existing, fields), values, fields);
      if (existing && changes.length === 0) {
        return { record: existing, operation: 'UNCHANGED', changes };
      }
      const record =
        existing ??
        Object.assign(new spec.entity(), {
          id: clash ? `${key.id}-${slugify(key.externalId as string)}` : key.id,
          synthetic: key.synthetic,
          source: key.source,
        });
      Object.assign(record, values, {
        ...(key.externalId || existing
          ? { externalId: key.externalId ?? withExternalId(existing).externalId ?? null }
          : {}),
        updatedAt: new Date(),
      });
      tx.persist(record);
      if (!options.keepExisting) {
        entries.push({
          actor: identity.subject,
          entity: spec.name,
          entityId: record.id,
          operation: options.operation ?? 'IMPORT',
          changes,
        });
      }
      return { record, operation: existing ? 'UPDATE' : 'CREATE', changes };
    });
    await tx.flush();
    await appendChangeEntries(tx, entries);
    return outcomes;
  }

  /** Every problem at once (see RecordSpec.validate). */
  private async validate<E extends WritableRecord>(
    em: EntityManager,
    spec: RecordSpec<E>,
    values: Values,
    record: E | null,
    rederive: boolean,
  ) {
    const validated = await spec.validate(em, values, { record, rederive });
    assertNoProblems(invalid(spec), validated.problems ?? []);
    return validated;
  }

  private async commit<E extends WritableRecord>(
    em: EntityManager,
    identity: Identity,
    spec: RecordSpec<E>,
    record: E,
    operation: Operation,
    changes: FieldChange[],
  ): Promise<E> {
    em.persist(record);
    for (const change of changes) {
      await spec.links?.[change.field]?.save(em, record.id, change.after);
    }
    try {
      await em.flush();
    } catch (error) {
      if (error instanceof OptimisticLockError) {
        throw new ConflictError(`${spec.name} ${record.id} was changed by someone else meanwhile`);
      }
      throw error;
    }
    await appendChangeEntries(em, [
      { actor: identity.subject, entity: spec.name, entityId: record.id, operation, changes },
    ]);
    return record;
  }

  private async load<E extends WritableRecord>(
    em: EntityManager,
    spec: RecordSpec<E>,
    id: string,
    version: number,
  ): Promise<E> {
    const record = (await em.findOne(spec.entity, { id } as never)) as E | null;
    if (!record) {
      throw new NotFoundError(spec.name, id);
    }
    assertVersion(record, version, spec.name);
    return record;
  }
}

/** Values in their stored shape, with the defaults of what is missing. */
function normalise<E extends WritableRecord>(spec: RecordSpec<E>, values: Values): Values {
  const normalised = spec.normalise ? spec.normalise(values) : values;
  const defaults = Object.entries(spec.defaults ?? {}).map(([field, value]) => [
    field,
    normalised[field] ?? value,
  ]);
  return { ...normalised, ...Object.fromEntries(defaults) };
}

/** A record's links as stored, in the writer's shape. */
async function linksOf<E extends WritableRecord>(
  em: EntityManager,
  spec: RecordSpec<E>,
  id: string,
): Promise<Values> {
  const entries = await Promise.all(
    Object.entries(spec.links ?? {}).map(async ([field, link]) => [
      field,
      (await link.load(em, [id])).get(id) ?? [],
    ]),
  );
  return Object.fromEntries(entries);
}
