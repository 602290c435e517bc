import { OptimisticLockError } from '@mikro-orm/core';
import type { EntityManager } from '@mikro-orm/postgresql';

import {
  appendChanges,
  assertNoProblems,
  assertVersion,
  changedFields,
  ConflictError,
  givenFields,
  newRecordId,
  NotFoundError,
  pickFields,
} from '@bxl/common';
import type { FieldChange, Identity, Operation } from '@bxl/common';

import type { CollaborationClients } from '../../context';
import { CollaborationMember, memberValues } from '../member/member.entity';
import type { MemberValues } from '../member/member.entity';
import { memberProblems, memberReferences } from '../member/member.input';
import { idsOf, referenceProblems } from './actor-references';
import type { CollaborationRecord } from './collaboration-record.entity';
import { loggedFields } from './record-spec';
import type { RecordSpec, Values } from './record-spec';

/**
 * Every collaboration write: validated whole (every problem named by its input field, organisations
 * and services checked with the actors subgraph in one request), checked against the version it was
 * made on, and written in one transaction with one change-log row per changed field.
 */
export class CollaborationWriter {
  constructor(private readonly clients: CollaborationClients) {}

  async create<E extends CollaborationRecord>(
    em: EntityManager,
    identity: Identity,
    spec: RecordSpec<E>,
    input: object,
  ): Promise<E> {
    return em.transactional(async (tx) => {
      const values = normalise(spec, givenFields(input, loggedFields(spec)));
      const derived = await this.validate(tx, spec, values, null, true);
      const record = Object.assign(new spec.entity(), pickFields(values, spec.fields), derived, {
        id: newRecordId(spec.prefix, spec.nameOf(values)),
        source: `editor:${identity.subject}`,
      });
      const changes = changedFields(null, values, loggedFields(spec));
      return this.commit(tx, identity, spec, record, 'CREATE', changes);
    });
  }

  async update<E extends CollaborationRecord>(
    em: EntityManager,
    identity: Identity,
    spec: RecordSpec<E>,
    input: { id: string; version: number },
  ): Promise<E> {
    return em.transactional(async (tx) => {
      const record = await this.load(tx, spec, input.id, input.version);
      const before = {
        ...pickFields(record, spec.fields),
        ...(await bodiesOf(tx, spec, record.id)),
      };
      const after = normalise(spec, { ...before, ...givenFields(input, loggedFields(spec)) });
      const changes = changedFields(before, after, loggedFields(spec));
      if (changes.length === 0) {
        return record;
      }
      const rederive = changes.some((change) => spec.derivedFrom?.includes(change.field));
      const derived = await this.validate(tx, spec, after, record.id, rederive);
      Object.assign(record, pickFields(after, spec.fields), derived, { updatedAt: new Date() });
      return this.commit(tx, identity, spec, record, 'UPDATE', changes);
    });
  }

  /** Archive (hide from lists) or restore. */
  async setArchived<E extends CollaborationRecord>(
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
      if (!archived) {
        // A restored record must hold the rules a new one does (one CLSS per groupement…).
        const values = pickFields(record, spec.fields) as Values;
        assertNoProblems(`Cannot restore ${spec.name}`, (await spec.check?.(tx, values, id)) ?? []);
      }
      const before = record.archivedAt ?? null;
      record.archivedAt = archived ? new Date() : null;
      const change = { field: 'archivedAt', before, after: record.archivedAt };
      return this.commit(tx, identity, spec, record, archived ? 'ARCHIVE' : 'RESTORE', [change]);
    });
  }

  /** Every problem at once; returns the computed fields when asked to recompute them. */
  private async validate(
    em: EntityManager,
    spec: RecordSpec,
    values: Values,
    id: string | null,
    rederive: boolean,
  ): Promise<Record<string, unknown>> {
    const problems = [
      ...spec.problems(values),
      ...Object.entries(spec.bodies).flatMap(([field, body]) =>
        memberProblems(body, values[field] as MemberValues[], field),
      ),
      ...((await spec.check?.(em, values, id)) ?? []),
    ];
    const references = [
      ...spec.references(values),
      ...Object.keys(spec.bodies).flatMap((field) =>
        memberReferences(values[field] as MemberValues[], field),
      ),
    ];
    const [facts, derived] = await Promise.all([
      this.clients.actors.facts(idsOf(references)),
      rederive && spec.derive ? spec.derive(values, this.clients) : null,
    ]);
    problems.push(...referenceProblems(references, facts), ...(derived?.problems ?? []));
    assertNoProblems(`Invalid ${spec.name}`, problems);
    return derived?.set ?? {};
  }

  private async commit<E extends CollaborationRecord>(
    em: EntityManager,
    identity: Identity,
    spec: RecordSpec<E>,
    record: E,
    operation: Operation,
    changes: FieldChange[],
  ): Promise<E> {
    em.persist(record);
    for (const change of changes) {
      const body = spec.bodies[change.field];
      if (body) {
        await em.nativeDelete(CollaborationMember, { ownerId: record.id, body });
        (change.after as MemberValues[] | null)?.forEach((member, position) =>
          em.persist(
            Object.assign(new CollaborationMember(), member, {
              ownerId: record.id,
              body,
              position,
            }),
          ),
        );
      }
    }
    try {
      await em.flush();
    } catch (error) {
      if (error instanceof OptimisticLockError) {
        throw new ConflictError(`${spec.name} ${record.id} was changed by someone else meanwhile`);
      }
      throw error;
    }
    await appendChanges(em, {
      actor: identity.subject,
      entity: spec.name,
      entityId: record.id,
      operation,
      changes,
    });
    return record;
  }

  private async load<E extends CollaborationRecord>(
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

/** Members in their stored shape (so before and after compare), defaults for what is missing. */
function normalise(spec: RecordSpec, values: Values): Values {
  const bodies = Object.keys(spec.bodies).map((field) => [
    field,
    ((values[field] as MemberValues[] | null) ?? []).map(memberValues),
  ]);
  const defaults = Object.entries(spec.defaults).map(([field, value]) => [
    field,
    values[field] ?? value,
  ]);
  return { ...values, ...Object.fromEntries(defaults), ...Object.fromEntries(bodies) };
}

/** A record's bodies as stored, in the writer's shape. */
async function bodiesOf(em: EntityManager, spec: RecordSpec, ownerId: string): Promise<Values> {
  const members = await em.find(CollaborationMember, { ownerId }, { orderBy: { position: 'asc' } });
  return Object.fromEntries(
    Object.entries(spec.bodies).map(([field, body]) => [
      field,
      members.filter((member) => member.body === body).map(memberValues),
    ]),
  );
}
