import type { Problem } from '@bxl/common';

import type { Labelled } from '../../rules/pssi-rules';

/** Small checks every input uses; each gives problems naming the input field. */

export const required = (value: unknown, field: string): Problem[] =>
  value === null || value === undefined || (typeof value === 'string' && !value.trim())
    ? [{ field, message: 'required' }]
    : [];

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

export function dateProblems(value: string | null | undefined, field: string): Problem[] {
  if (value == null) {
    return [];
  }
  const valid = ISO_DATE.test(value) && !Number.isNaN(Date.parse(`${value}T00:00:00Z`));
  return valid && new Date(`${value}T00:00:00Z`).toISOString().startsWith(value)
    ? []
    : [{ field, message: `not a date (YYYY-MM-DD): ${value}` }];
}

/** A period: both ends valid dates, the start not after the end. */
export function periodProblems(
  start: string | null | undefined,
  end: string | null | undefined,
  fields: [string, string],
): Problem[] {
  const problems = [...dateProblems(start, fields[0]), ...dateProblems(end, fields[1])];
  if (problems.length === 0 && start && end && start > end) {
    problems.push({ field: fields[1], message: `ends (${end}) before it starts (${start})` });
  }
  return problems;
}

export function nonNegative(value: number | null | undefined, field: string): Problem[] {
  return value != null && (!Number.isFinite(value) || value < 0)
    ? [{ field, message: `must be 0 or more, not ${value}` }]
    : [];
}

export function share(value: number | null | undefined, field: string): Problem[] {
  return value != null && !(value >= 0 && value <= 1)
    ? [{ field, message: `a share between 0 and 1, not ${value}` }]
    : [];
}

/** A code must be in its table (the rules as data). */
export function knownCode(
  table: readonly Labelled[],
  code: string,
  field: string,
  what: string,
): Problem[] {
  return table.some((entry) => entry.code === code)
    ? []
    : [
        {
          field,
          message: `unknown ${what} ${code} (known: ${table.map((entry) => entry.code).join(', ')})`,
        },
      ];
}

/** The same code twice in a list where each may appear once. */
export function duplicates(codes: readonly string[], field: string, what: string): Problem[] {
  return codes
    .map((code, index) => ({ code, index }))
    .filter(({ code, index }) => codes.indexOf(code) !== index)
    .map(({ code, index }) => ({ field: `${field}[${index}]`, message: `${what} ${code} twice` }));
}
