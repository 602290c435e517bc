import { openQuarters, quarterAt } from './opening-quarters';

describe('openQuarters', () => {
  it('covers a morning period by its quarter hours', () => {
    const quarters = openQuarters([{ day: 'MONDAY', opens: '09:00', closes: '10:30' }]);
    expect(quarters).toEqual([36, 37, 38, 39, 40, 41]);
  });

  it('runs a period closing before it opens past midnight, Sunday into Monday', () => {
    const quarters = openQuarters([{ day: 'SUNDAY', opens: '23:30', closes: '00:30' }]);
    expect(quarters).toEqual([0, 1, 670, 671]);
  });

  it('counts a quarter only when open at its start', () => {
    // 08:15, 08:30 and 08:45 are within 08:10–08:50; 08:00 is not.
    expect(openQuarters([{ day: 'TUESDAY', opens: '08:10', closes: '08:50' }])).toEqual([
      96 + 33,
      96 + 34,
      96 + 35,
    ]);
  });
});

describe('quarterAt', () => {
  it('reads Europe/Brussels local time, summer and winter', () => {
    // Saturday 2026-06-13 10:05 in Brussels is 08:05 UTC (CEST).
    expect(quarterAt(new Date('2026-06-13T08:05:00Z'))).toBe(5 * 96 + 40);
    // Monday 2026-01-05 00:14 in Brussels is 23:14 UTC the day before (CET).
    expect(quarterAt(new Date('2026-01-04T23:14:00Z'))).toBe(0);
  });
});
