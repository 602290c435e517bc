import { changedFields } from './change-log.writer';

describe('changedFields', () => {
  it('lists the fields whose value differs, in the order given', () => {
    expect(changedFields({ a: 1, b: 'x' }, { a: 2, b: 'x', c: true }, ['c', 'b', 'a'])).toEqual([
      { field: 'c', before: null, after: true },
      { field: 'a', before: 1, after: 2 },
    ]);
  });

  it('treats nothing, null, an empty list and a missing key alike', () => {
    expect(changedFields(null, { a: [], b: null, c: undefined }, ['a', 'b', 'c'])).toEqual([]);
    expect(changedFields({ a: [{ x: 1, y: null }] }, { a: [{ x: 1 }] }, ['a'])).toEqual([]);
  });

  it('ignores the key order jsonb gives objects back in, not the order of lists', () => {
    const stored = [{ status: 'DONE', date: '2025-01-01', kind: 'DIAGNOSTIC' }];
    const given = [{ kind: 'DIAGNOSTIC', date: '2025-01-01', status: 'DONE' }];
    expect(changedFields({ d: stored }, { d: given }, ['d'])).toEqual([]);
    expect(changedFields({ d: [1, 2] }, { d: [2, 1] }, ['d'])).toHaveLength(1);
  });
});
