import type { EntityManager } from '@mikro-orm/postgresql';

import type { Problem } from '../errors';

/** A record's values as the writer handles them: its fields and its links' lists. */
export type Values = Record<string, unknown>;

/** What every record kind the writer writes has (actors' registry records, collaboration records). */
export interface WritableRecord {
  id: string;
  version: number;
  synthetic: boolean;
  source: string;
  createdAt: Date;
  updatedAt: Date;
  archivedAt?: Date | null;
}

/** A record that editors also verify (`verifiedAt` is not `updatedAt`). */
export interface VerifiableRecord extends WritableRecord {
  verifiedAt?: Date | null;
  verifiedBy?: string | null;
}

/** A logged field kept outside the record's row: a service's sites, a collaboration's bodies. */
export interface RecordLink {
  /** Its value for each record, in the writer's shape (a record with none: an empty list). */
  load: (em: EntityManager, ids: readonly string[]) => Promise<Map<string, unknown>>;
  /** Replaces it (persisted with the record's flush). */
  save: (em: EntityManager, id: string, value: unknown) => Promise<void>;
}

/** What validation computed: logged values it settled (a site's commune) and derived fields. */
export interface Validated {
  problems?: Problem[];
  /** Logged values as validation settled them (they replace the given ones). */
  values?: Values;
  /** Fields computed from the values, stored but not logged (a site's territories). */
  derived?: Values;
}

export interface ValidationContext<E> {
  /** The record as stored (null: a new one). */
  record: E | null;
  /** Whether the fields derived values come from changed (always true on create). */
  rederive: boolean;
}

/**
 * How one kind of record is written: its fields, how they are validated and normalised, which
 * are logged, and what points elsewhere. The writer does the rest the same way for every kind.
 */
export interface RecordSpec<E extends WritableRecord = WritableRecord> {
  entity: new () => E;
  /** The entity name in the change log and in messages. */
  name: string;
  /** The message of a refused write (default `Invalid <name>`). */
  invalid?: string;
  /** The id prefix (`org`, `clss`…). */
  prefix: string;
  /** The record's own fields an input sets (all logged). */
  fields: readonly string[];
  /** Fields only a creation sets (the owner): validated, never logged nor updated. */
  createOnly?: readonly string[];
  /** Logged fields stored elsewhere. */
  links?: Readonly<Record<string, RecordLink>>;
  /** Values a field takes when not given or cleared (lists stored as empty, never null). */
  defaults?: Values;
  /** Values in their stored shape, so that before and after compare. */
  normalise?: (values: Values) => Values;
  /** An update's values: the input's over the record's (default), or what else follows from them. */
  merge?: (before: Values, given: Values) => Values;
  /** Every problem of the values (may throw for a problem that stops the rest). */
  validate: (
    em: EntityManager,
    values: Values,
    context: ValidationContext<E>,
  ) => Promise<Validated>;
  /** The fields derived values are computed from (default: any change recomputes them). */
  derivedFrom?: readonly string[];
  /** Problems a restored record must not have (the rules a new one holds). */
  restoreProblems?: (em: EntityManager, record: E) => Promise<Problem[]>;
  /** The words the id is made of. */
  nameOf: (values: Values) => string | null;
}

/** Every field the change log compares: the record's own fields, then its links. */
export const loggedFields = (spec: Pick<RecordSpec, 'fields' | 'links'>): string[] => [
  ...spec.fields,
  ...Object.keys(spec.links ?? {}),
];
