import type { EntityManager } from '@mikro-orm/postgresql';

import type { Problem } from '@bxl/common';

import type { CollaborationClients } from '../../context';
import type { BodyKind } from '../../rules/pssi-rules';
import type { ActorReference } from './actor-references';
import type { CollaborationRecord } from './collaboration-record.entity';

import type { Values } from '@bxl/common';

export type { Values } from '@bxl/common';

/** What is computed from the values rather than typed in (e.g. the territories a groupement lies in). */
export interface Derived {
  set: Record<string, unknown>;
  problems: Problem[];
}

/**
 * How one kind of collaboration record is written: which input fields it keeps, which bodies it
 * has, what makes its values wrong. CollaborationWriter turns it into common's RecordSpec, and
 * common's RecordWriter does the rest the same way for every kind of every subgraph.
 */
export interface RecordSpec<E extends CollaborationRecord = CollaborationRecord> {
  entity: new () => E;
  /** The entity name in the change log. */
  name: string;
  /** The id prefix (`clss`, `cssi`…). */
  prefix: string;
  /** The record's own fields an input sets. */
  fields: readonly string[];
  /** Values a field takes when not given or cleared (lists stored as empty, never null). */
  defaults: Values;
  /** Input field → the body whose members it lists. */
  bodies: Readonly<Record<string, BodyKind>>;
  /** Problems of the values alone. */
  problems: (values: Values) => Problem[];
  /** The actors ids the values point at. */
  references: (values: Values) => ActorReference[];
  /** Problems only this subgraph's data can tell (uniqueness, links to its own records). */
  check?: (em: EntityManager, values: Values, id: string | null) => Promise<Problem[]>;
  /** Computed fields, recomputed when one of `derivedFrom` changes. */
  derive?: (values: Values, clients: CollaborationClients) => Promise<Derived>;
  derivedFrom?: readonly string[];
  /** The words the id is made of. */
  nameOf: (values: Values) => string | null;
}
