import type { Problem } from '@bxl/common';

import {
  communeNisChecked,
  emailOf,
  enterpriseNumberOf,
  isoDateOf,
  languagesOf,
  phonesOf,
  RecordProblems,
  requireName,
  territoryIdsOf,
  typeCodesOf,
  websiteOf,
} from './interchange.fields';

function collect(prefix = 'services[2]') {
  const problems: Problem[] = [];
  return { problems, check: new RecordProblems(problems, 3, prefix) };
}

describe('RecordProblems', () => {
  it('gives every problem the record line and the full field path', () => {
    const { problems, check } = collect();
    check.add('phones[0].number', 'bad');
    check.add('[1]', 'bad item');
    check.addAll([{ field: 'email', message: 'bad email' }]);
    expect(problems).toEqual([
      { line: 3, field: 'services[2].phones[0].number', message: 'bad' },
      { line: 3, field: 'services[2][1]', message: 'bad item' },
      { line: 3, field: 'services[2].email', message: 'bad email' },
    ]);
  });

  it('uses the field as it is without a prefix (CSV columns)', () => {
    const { problems, check } = collect('');
    check.add('org_email', 'bad');
    expect(problems[0]?.field).toBe('org_email');
  });
});

describe('shared value readers', () => {
  it('normalises phones to E.164 once each, and reports the others by index', () => {
    const { problems, check } = collect();
    const phones = phonesOf(
      ['02/555.01.01', '+32 2 555 01 01', '12'],
      (i) => `phones[${i}]`,
      check,
    );
    expect(phones).toEqual(['+3225550101']);
    expect(problems.map((p) => p.field)).toEqual(['services[2].phones[2]']);
  });

  it('keeps a valid e-mail and web address, drops and reports invalid ones', () => {
    const { problems, check } = collect('');
    expect(emailOf(' a@example.be ', 'email', check)).toBe('a@example.be');
    expect(emailOf('a@b', 'email', check)).toBeNull();
    expect(websiteOf('https://example.be', 'website', check)).toBe('https://example.be');
    expect(websiteOf('example', 'website', check)).toBeNull();
    expect(emailOf('  ', 'email', check)).toBeNull();
    expect(problems.map((p) => p.field)).toEqual(['email', 'website']);
  });

  it('verifies enterprise numbers and returns their 10 digits', () => {
    const { problems, check } = collect('');
    expect(enterpriseNumberOf('BE 0412.345.614', 'kbo', check)).toBe('0412345614');
    expect(enterpriseNumberOf('0412.345.615', 'kbo', check)).toBeNull();
    expect(problems).toHaveLength(1);
  });

  it('normalises language case and region, drops duplicates, reports non-codes', () => {
    const { problems, check } = collect('');
    expect(languagesOf(['FR', 'fr-BE', 'nl', 'zz'], (i) => `languages[${i}]`, check)).toEqual([
      'fr',
      'nl',
    ]);
    expect(problems.map((p) => p.field)).toEqual(['languages[3]']);
  });

  it('checks codes, territory ids, communes, dates and names', () => {
    const { problems, check } = collect('');
    expect(typeCodesOf(['casg', 'bakery', 'casg'], (i) => `types[${i}]`, check)).toEqual(['casg']);
    expect(territoryIdsOf(['commune:21004', 'moon'], (i) => `areas[${i}]`, check)).toEqual([
      'commune:21004',
    ]);
    expect(communeNisChecked('21004', 'nis', check)).toBe('21004');
    expect(communeNisChecked('11002', 'nis', check)).toBeNull();
    expect(isoDateOf('2024-02-29', 'from', check)).toBe('2024-02-29');
    expect(isoDateOf('2023-02-29', 'to', check)).toBeNull();
    requireName({ nameFr: null, nameNl: 'N' }, 'name', check);
    requireName({ nameFr: null, nameNl: null }, 'name', check);
    expect(problems.map((p) => p.field)).toEqual(['types[1]', 'areas[1]', 'nis', 'to', 'name']);
  });
});
