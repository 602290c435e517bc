import { normaliseBelgianPhone, phoneProblems } from './phone';

describe('normaliseBelgianPhone', () => {
  it.each([
    ['02/529.41.20', '+3225294120'],
    ['02 376 72 22', '+3223767222'],
    ['+32 2 529 41 20', '+3225294120'],
    ['+32 (0)2 529 41 20', '+3225294120'],
    ['0032 2 529 41 20', '+3225294120'],
    ['+32 02 529 41 20', '+3225294120'],
    ['(02) 529 41 20', '+3225294120'],
    ['02-529-41-20', '+3225294120'],
    ['010 47 11 11', '+3210471111'],
    ['04 221 22 22', '+3242212222'],
    ['0470 12 34 56', '+32470123456'],
    ['0470/12.34.56', '+32470123456'],
    ['+32 499 12 34 56', '+32499123456'],
    ['0456 12 34 56', '+32456123456'],
    ['0800 12 345', '+3280012345'],
    ['0900 12 345', '+3290012345'],
    ['070 12 34 56', '+3270123456'],
    ['078 15 25 35', '+3278152535'],
  ])('reads %s as %s', (input, expected) => {
    expect(normaliseBelgianPhone(input)).toBe(expected);
  });

  it.each([
    ['empty', ''],
    ['too short', '02 529 41 2'],
    ['too long for a landline', '02 529 41 200'],
    ['ten digits but not a mobile', '0212 34 56 78'],
    ['ten digits starting 040', '0401 23 45 67'],
    ['another country', '+33 1 23 45 67 89'],
    ['another country with 00', '0031 20 123 4567'],
    ['no trunk prefix', '25294120'],
    ['letters', '02 529 CALL'],
    ['a zero too many', '00 2 529 41 20'],
  ])('rejects %s (%p)', (_why, input) => {
    expect(normaliseBelgianPhone(input)).toBeNull();
  });
});

describe('phoneProblems', () => {
  it('accepts a Belgian number', () => {
    expect(phoneProblems('02/529.41.20', 'site.phones[0]')).toEqual([]);
  });

  it('names the field and quotes the value', () => {
    const problems = phoneProblems('+33 1 23 45 67 89', 'site.phones[1]');
    expect(problems).toHaveLength(1);
    expect(problems[0]?.field).toBe('site.phones[1]');
    expect(problems[0]?.message).toContain("'+33 1 23 45 67 89'");
    expect(problems[0]?.message).toContain('+32');
  });

  it('says how many digits a number has when that is the problem', () => {
    const [problem] = phoneProblems('02 529 41 2', 'phone');
    expect(problem?.message).toContain('8 digits');
  });
});
