import type { AgrementAuthorityCode } from '@bxl/common';

import { AUTHORITY_PATTERNS } from '../records/agrements';
import type { AgrementRecord } from '../records/registry-records';

/** An agrément cell read: the agréments it states, or why none could be taken from it. */
export type AgrementReading =
  | { agrements: AgrementRecord[]; reason?: undefined }
  | { agrements: []; reason: string };

/** Authorities named in a cell: those any import recognises, and the Walloon Region as OTHER. */
const AUTHORITIES: ReadonlyArray<readonly [AgrementAuthorityCode, RegExp]> = [
  ...AUTHORITY_PATTERNS,
  ['OTHER', /région wallonne/i],
];

/** Cells that are not an agrément, with the reason the import reports. */
const NOT_AN_AGREMENT: ReadonlyArray<readonly [RegExp, string]> = [
  [/^unknown$/i, 'the source does not say'],
  [/in demand of agrément/i, 'requested, not granted, per the source'],
  [/^antenne of /i, 'the agrément named is the parent organisation’s, not this one’s'],
  [/\b(subsidised|subsidy|supported by)\b/i, 'a subsidy or support is not an agrément'],
];

/**
 * The `agrement` cell of services-seed.csv → agréments of the row's organisation: one per authority
 * the cell names (a CPAS is established by the organic law of 1976: CPAS_LAW; the Walloon Region is
 * OTHER). What is recognised is the row's service
 * type (`kind`); the cell itself is kept as `note`. A cell naming no authority is reported, never
 * guessed.
 */
export function readAgrementCell(cell: string, kind: string): AgrementReading {
  const note = cell.trim();
  if (!note) {
    return { agrements: [] };
  }
  const agrement = (authority: AgrementAuthorityCode): AgrementRecord => ({
    authority,
    kind,
    number: null,
    validFrom: null,
    validTo: null,
    note,
  });
  const refused = NOT_AN_AGREMENT.find(([pattern]) => pattern.test(note));
  if (refused) {
    return { agrements: [], reason: refused[1] };
  }
  const named = AUTHORITIES.filter(([, pattern]) => pattern.test(note));
  if (named.length === 0) {
    return { agrements: [], reason: 'no authority is named' };
  }
  return { agrements: named.map(([authority]) => agrement(authority)) };
}
