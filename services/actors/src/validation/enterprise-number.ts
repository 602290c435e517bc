import type { Problem } from '@bxl/common';

const EXAMPLE = '0123.456.749';

/**
 * The 10 digits of a Belgian enterprise number (KBO/BCE), or null if the value is not one in any
 * usual spelling: '0123.456.749', 'BE 0123 456 749', 'BE0123456749', or the old 9-digit form
 * '123456749' (which gets its leading 0). Only the shape is checked here, not the check digits.
 */
export function normaliseEnterpriseNumber(value: string): string | null {
  const compact = value
    .trim()
    .replace(/^BE/i, '')
    .replace(/[\s.\-/]/g, '');
  if (/^\d{10}$/.test(compact)) {
    return compact;
  }
  if (/^\d{9}$/.test(compact)) {
    return `0${compact}`;
  }
  return null;
}

/** The check number of the first 8 digits: 97 − (those digits mod 97). */
function checkNumber(firstEight: string): number {
  return 97 - (Number(firstEight) % 97);
}

/** '0123456749' → '0123.456.749'. */
export function formatEnterpriseNumber(digits: string): string {
  return `${digits.slice(0, 4)}.${digits.slice(4, 7)}.${digits.slice(7)}`;
}

/** The problems of an enterprise number: its shape, its first digit (0 or 1), its check digits. */
export function enterpriseNumberProblems(value: string, field: string): Problem[] {
  const digits = normaliseEnterpriseNumber(value);
  if (digits === null) {
    return [
      {
        field,
        message: `'${value}' is not an enterprise number: expected 10 digits, such as ${EXAMPLE}`,
      },
    ];
  }
  if (digits[0] !== '0' && digits[0] !== '1') {
    return [
      {
        field,
        message: `'${value}' is not an enterprise number: it must start with 0 or 1`,
      },
    ];
  }
  const expected = checkNumber(digits.slice(0, 8));
  if (Number(digits.slice(8)) !== expected) {
    return [
      {
        field,
        message: `'${value}' is not a valid enterprise number: its last two digits must be ${String(expected).padStart(2, '0')} (97 − the first 8 digits mod 97), not ${digits.slice(8)}`,
      },
    ];
  }
  return [];
}
