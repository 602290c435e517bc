import type { Problem } from '@bxl/common';

type Parsed = { ok: true; e164: string } | { ok: false; reason: string };

const EXPECTED =
  'expected a Belgian landline (0 + 8 digits, e.g. 02 529 41 20), mobile (04xx xx xx xx) or +32 number';

/**
 * The national significant number (without the trunk 0): 8 digits for landlines (zone of 1 or 2
 * digits) and special numbers (0800, 0900, 070, 078), 9 digits starting 45–49 for mobiles.
 */
function isBelgianNationalNumber(digits: string): boolean {
  return /^[1-9]\d{7}$/.test(digits) || /^4[5-9]\d{7}$/.test(digits);
}

function wrongDigits(trunk: string): string {
  if (trunk.startsWith('00')) {
    return `${trunk} has a 0 too many after the prefix`;
  }
  if (trunk.length === 10) {
    return `${trunk} has 10 digits but only mobile numbers (045x–049x) do`;
  }
  return `${trunk} has ${trunk.length} digits, not 9 (landline, 0800…) or 10 (mobile)`;
}

function parse(value: string): Parsed {
  const compact = value
    .trim()
    .replace(/[\s./-]/g, '')
    .replace(/^(\+|00)32\(0\)/, '+32')
    .replace(/[()]/g, '');
  if (compact === '') {
    return { ok: false, reason: 'it is empty' };
  }
  if (!/^\+?\d+$/.test(compact)) {
    return { ok: false, reason: 'it has characters other than digits, spaces, . / - ( ) and +' };
  }
  let national: string;
  if (compact.startsWith('+32')) {
    national = compact.slice(3);
  } else if (compact.startsWith('0032')) {
    national = compact.slice(4);
  } else if (compact.startsWith('+') || compact.startsWith('00')) {
    return { ok: false, reason: 'its country code is not +32' };
  } else if (compact.startsWith('0')) {
    national = compact.slice(1);
  } else {
    return { ok: false, reason: 'it starts neither with 0 nor with +32' };
  }
  // '+32 0470…' is a common slip for '+32 470…': no national number starts with 0.
  national = national.replace(/^0/, '');
  if (!isBelgianNationalNumber(national)) {
    return { ok: false, reason: wrongDigits(`0${national}`) };
  }
  return { ok: true, e164: `+32${national}` };
}

/**
 * A Belgian phone number in E.164 ('+3225294120'), from the usual spellings: '02/529.41.20',
 * '02 376 72 22', '+32 2 529 41 20', '+32 (0)2 529 41 20', '0032 2 529 41 20', '0470/12.34.56';
 * null if it is not one.
 */
export function normaliseBelgianPhone(value: string): string | null {
  const parsed = parse(value);
  return parsed.ok ? parsed.e164 : null;
}

/** The problems of a phone number: none if it is a Belgian number in any usual spelling. */
export function phoneProblems(value: string, field: string): Problem[] {
  const parsed = parse(value);
  if (parsed.ok) {
    return [];
  }
  return [
    { field, message: `'${value}' is not a Belgian phone number: ${parsed.reason}; ${EXPECTED}` },
  ];
}
