import {
  enterpriseNumberProblems,
  formatEnterpriseNumber,
  normaliseEnterpriseNumber,
} from './enterprise-number';

// Check digits worked out by hand: 97 − (first 8 digits mod 97).
// 01234567 mod 97 = 1234567 − 97 × 12727 = 48 → 49.
const VALID = '0123456749';
// 10000000 mod 97 = 10000000 − 97 × 103092 = 76 → 21.
const VALID_STARTING_WITH_1 = '1000000021';
// 00000097 mod 97 = 0 → 97 (never 00).
const VALID_CHECK_97 = '0000009797';

describe('normaliseEnterpriseNumber', () => {
  it.each([
    ['0123.456.749', VALID],
    ['BE 0123 456 749', VALID],
    ['BE0123456749', VALID],
    ['be 0123.456.749', VALID],
    ['  0123 456 749 ', VALID],
    ['123456749', VALID],
    ['123.456.749', VALID],
    ['1000.000.021', VALID_STARTING_WITH_1],
  ])('reads %s as %s', (input, expected) => {
    expect(normaliseEnterpriseNumber(input)).toBe(expected);
  });

  it.each(['', '12345678', '01234567490', 'BE 0123 456 74X', 'FR 0123 456 749', 'abc'])(
    'rejects %p',
    (input) => {
      expect(normaliseEnterpriseNumber(input)).toBeNull();
    },
  );
});

describe('enterpriseNumberProblems', () => {
  it.each([VALID, VALID_STARTING_WITH_1, VALID_CHECK_97, 'BE 0123.456.749', '123456749'])(
    'accepts %s',
    (input) => {
      expect(enterpriseNumberProblems(input, 'enterpriseNumber')).toEqual([]);
    },
  );

  it('rejects a wrong check number and says which one is expected', () => {
    const problems = enterpriseNumberProblems('0123.456.748', 'organisation.enterpriseNumber');
    expect(problems).toHaveLength(1);
    expect(problems[0]?.field).toBe('organisation.enterpriseNumber');
    expect(problems[0]?.message).toContain('0123.456.748');
    expect(problems[0]?.message).toContain('49');
  });

  it('rejects a check number of 00 (97 is used instead)', () => {
    expect(enterpriseNumberProblems('0000009700', 'n')).toHaveLength(1);
  });

  it('rejects a first digit other than 0 or 1, even with matching check digits', () => {
    // 21234567 mod 97 = 21234567 − 97 × 218913 = 6 → 91.
    const problems = enterpriseNumberProblems('2123456791', 'n');
    expect(problems).toEqual([{ field: 'n', message: expect.stringContaining('0 or 1') }]);
  });

  it('rejects what is not a number at all', () => {
    expect(enterpriseNumberProblems('n/a', 'n')).toEqual([
      { field: 'n', message: expect.stringContaining("'n/a'") },
    ]);
  });
});

describe('formatEnterpriseNumber', () => {
  it('groups 4.3.3', () => {
    expect(formatEnterpriseNumber(VALID)).toBe('0123.456.749');
  });
});
