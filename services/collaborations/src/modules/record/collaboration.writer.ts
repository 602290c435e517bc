import type { EntityManager } from '@mikro-orm/postgresql';

import { pickFields, RecordWriter } from '@bxl/common';
import type { Identity, RecordLink, RecordSpec as CommonRecordSpec, Values } from '@bxl/common';

import type { CollaborationClients } from '../../context';
import type { BodyKind } from '../../rules/pssi-rules';
import { CollaborationMember, memberValues } from '../member/member.entity';
import type { MemberValues } from '../member/member.entity';
import { memberProblems, memberReferences } from '../member/member.input';
import { idsOf, referenceProblems } from './actor-references';
import type { CollaborationRecord } from './collaboration-record.entity';
import type { RecordSpec } from './record-spec';

/** A body's members as a link of common's writer: read and replaced in `collaboration_member`. */
const bodyLink = (body: BodyKind): RecordLink => ({
  load: async (em, ownerIds) => {
    const members = await em.find(
      CollaborationMember,
      { ownerId: { $in: [...ownerIds] }, body },
      { orderBy: { position: 'asc' } },
    );
    return new Map(
      ownerIds.map((id) => [
        id,
        members.filter((member) => member.ownerId === id).map(memberValues),
      ]),
    );
  },
  save: async (em, ownerId, value) => {
    await em.nativeDelete(CollaborationMember, { ownerId, body });
    (value as MemberValues[] | null)?.forEach((member, position) =>
      em.persist(Object.assign(new CollaborationMember(), member, { ownerId, body, position })),
    );
  },
});

/**
 * Every collaboration write, through common's RecordWriter: a collaboration RecordSpec says what
 * is proper to its kind; here its bodies become links, and its references (organisations and
 * services) are checked with the actors subgraph in one request.
 */
export class CollaborationWriter {
  private readonly writer = new RecordWriter();
  private readonly specs = new WeakMap<RecordSpec, CommonRecordSpec<CollaborationRecord>>();

  constructor(private readonly clients: CollaborationClients) {}

  create<E extends CollaborationRecord>(
    em: EntityManager,
    identity: Identity,
    spec: RecordSpec<E>,
    input: object,
  ): Promise<E> {
    return this.writer.create(em, identity, this.recordSpec(spec), input);
  }

  update<E extends CollaborationRecord>(
    em: EntityManager,
    identity: Identity,
    spec: RecordSpec<E>,
    input: { id: string; version: number },
  ): Promise<E> {
    return this.writer.update(em, identity, this.recordSpec(spec), input);
  }

  /** Archive (hide from lists) or restore. */
  setArchived<E extends CollaborationRecord>(
    em: EntityManager,
    identity: Identity,
    spec: RecordSpec<E>,
    id: string,
    version: number,
    archived: boolean,
  ): Promise<E> {
    return this.writer.setArchived(em, identity, this.recordSpec(spec), id, version, archived);
  }

  private recordSpec<E extends CollaborationRecord>(spec: RecordSpec<E>): CommonRecordSpec<E> {
    const known = this.specs.get(spec as unknown as RecordSpec);
    if (known) {
      return known as unknown as CommonRecordSpec<E>;
    }
    const bodies = Object.entries(spec.bodies);
    const made: CommonRecordSpec<E> = {
      entity: spec.entity,
      name: spec.name,
      prefix: spec.prefix,
      fields: spec.fields,
      links: Object.fromEntries(bodies.map(([field, body]) => [field, bodyLink(body)])),
      defaults: spec.defaults,
      // Members in their stored shape, so before and after compare.
      normalise: (values) => ({
        ...values,
        ...Object.fromEntries(
          bodies.map(([field]) => [
            field,
            ((values[field] as MemberValues[] | null) ?? []).map(memberValues),
          ]),
        ),
      }),
      derivedFrom: spec.derivedFrom ?? [],
      validate: (em, values, { record, rederive }) =>
        this.validate(em, spec, values, record?.id ?? null, rederive),
      restoreProblems: async (em, record) =>
        (await spec.check?.(em, pickFields(record, spec.fields) as Values, record.id)) ?? [],
      nameOf: spec.nameOf,
    };
    this.specs.set(
      spec as unknown as RecordSpec,
      made as unknown as CommonRecordSpec<CollaborationRecord>,
    );
    return made;
  }

  /** Every problem at once; the computed fields when asked to recompute them. */
  private async validate<E extends CollaborationRecord>(
    em: EntityManager,
    spec: RecordSpec<E>,
    values: Values,
    id: string | null,
    rederive: boolean,
  ) {
    const bodies = Object.entries(spec.bodies);
    const problems = [
      ...spec.problems(values),
      ...bodies.flatMap(([field, body]) =>
        memberProblems(body, values[field] as MemberValues[], field),
      ),
      ...((await spec.check?.(em, values, id)) ?? []),
    ];
    const references = [
      ...spec.references(values),
      ...bodies.flatMap(([field]) => memberReferences(values[field] as MemberValues[], field)),
    ];
    const [facts, derived] = await Promise.all([
      this.clients.actors.facts(idsOf(references)),
      rederive && spec.derive ? spec.derive(values, this.clients) : null,
    ]);
    problems.push(...referenceProblems(references, facts), ...(derived?.problems ?? []));
    return { problems, derived: derived?.set ?? {} };
  }
}
