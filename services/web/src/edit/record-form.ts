import type { TypedDocumentNode } from '@graphql-typed-document-node/core';

import { hoursInputOf, partsOf, textOf } from './hours-text';
import type { OpeningHoursValue } from './hours-text';

/**
 * What a registry record's edit form holds: its bilingual texts (French and Dutch side by side) and
 * its single fields; a list field (phones) is edited one item a line.
 */
export interface FormSpec {
  entity: 'Service' | 'Organisation' | 'Site';
  /** Base names: `name` edits `nameFr` and `nameNl`. */
  bilingual: readonly string[];
  /** Multi-line bilingual texts (descriptions); the others are one line. */
  multiline: readonly string[];
  single: readonly {
    name: string;
    list?: boolean;
    widget?: 'territories' | 'hours';
    /** A list of records, one a line, its parts separated by `;` (as in the CSV format). */
    parts?: readonly string[];
  }[];
}

export type FormValues = Record<string, string>;

export const fieldNames = (spec: FormSpec): string[] => [
  ...spec.bilingual.flatMap((field) => [`${field}Fr`, `${field}Nl`]),
  ...spec.single.map((field) => field.name),
];

const isList = (spec: FormSpec, name: string) =>
  spec.single.some((field) => field.name === name && field.list);
const partsOf_ = (spec: FormSpec, name: string) =>
  spec.single.find((field) => field.name === name)?.parts;
const isHours = (spec: FormSpec, name: string) =>
  spec.single.some((field) => field.name === name && field.widget === 'hours');

export function valuesOf(spec: FormSpec, record: Record<string, unknown>): FormValues {
  return Object.fromEntries(
    fieldNames(spec).map((name) => {
      const value = record[name];
      if (isHours(spec, name)) {
        return [name, textOf(partsOf(value as OpeningHoursValue | null))];
      }
      const parts = partsOf_(spec, name);
      if (parts) {
        const items = (value as Array<Record<string, unknown>> | null) ?? [];
        return [
          name,
          items.map((item) => parts.map((part) => item[part] ?? '').join(';')).join('\n'),
        ];
      }
      return [name, Array.isArray(value) ? value.join('\n') : ((value as string | null) ?? '')];
    }),
  );
}

/** The fields the editor changed from what was read: only these are sent (and re-applied). */
export const changedFrom = (spec: FormSpec, read: FormValues, draft: FormValues) =>
  fieldNames(spec).filter((name) => read[name] !== draft[name]);

/** The update input of the changed fields: empty text is null, a list is its non-empty lines. */
export function inputOf(spec: FormSpec, values: FormValues, changed: string[]) {
  return Object.fromEntries(
    changed.map((name) => {
      const value = values[name] ?? '';
      if (isHours(spec, name)) {
        return [name, hoursInputOf(value)];
      }
      const parts = partsOf_(spec, name);
      if (parts) {
        return [
          name,
          value
            .split('\n')
            .filter((line) => line.trim())
            .map((line) => {
              const cells = line.split(';').map((cell) => cell.trim());
              return Object.fromEntries(parts.map((part, index) => [part, cells[index] || null]));
            }),
        ];
      }
      return [
        name,
        isList(spec, name)
          ? value
              .split('\n')
              .map((line) => line.trim())
              .filter(Boolean)
          : value || null,
      ];
    }),
  );
}

export interface ReadState {
  version: number;
  values: FormValues;
}

/** A record as the forms read it: every operation aliases its root field `record`. */
export type EditableRecord = {
  id: string;
  version: number;
  verifiedAt?: string | null;
  verifiedBy?: string | null;
  archivedAt?: string | null;
} & Record<string, unknown>;

/** The version a form holds, for side forms that write the same record. */
export interface RecordVersion {
  version: number;
  written: (version: number) => void;
}

export type RecordQuery = TypedDocumentNode<{ record?: EditableRecord | null }, { id: string }>;
export type RecordMutation = TypedDocumentNode<
  { record: EditableRecord },
  { input: Record<string, unknown> }
>;
