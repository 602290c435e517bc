import {
  compact,
  hsdsTime,
  schedulesOf,
  taxonomyTerm,
  taxonomyTermById,
  uuidFor,
  weeklyOfSchedule,
} from './hsds.mapping';

describe('uuidFor', () => {
  it('gives a stable version-5 UUID per name', () => {
    expect(uuidFor('org:a')).toBe(uuidFor('org:a'));
    expect(uuidFor('org:a')).not.toBe(uuidFor('org:b'));
    expect(uuidFor('org:a')).toMatch(
      /^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/,
    );
  });
});

describe('taxonomy terms', () => {
  it('finds our terms by taxonomy and code, or by id', () => {
    const term = taxonomyTerm('bxl-service-type', 'medical-house');
    expect(term).toMatchObject({
      name: 'Maison médicale',
      x_bxl: { name_nl: 'Wijkgezondheidscentrum' },
    });
    expect(taxonomyTermById(term.id)).toBe(term);
    expect(taxonomyTermById(uuidFor('something else'))).toBeUndefined();
  });
});

describe('schedules', () => {
  it('writes one weekly schedule per period and reads BYDAY lists back', () => {
    const hours = {
      weekly: [{ day: 'WEDNESDAY' as const, opens: '08:30', closes: '12:00' }],
      exceptions: [],
      closedOnPublicHolidays: false,
      note: null,
    };
    const [schedule] = schedulesOf('site:x', 'loc', hours);
    expect(schedule).toMatchObject({
      location_id: 'loc',
      freq: 'WEEKLY',
      byday: 'WE',
      opens_at: '08:30',
      closes_at: '12:00',
    });
    expect(
      weeklyOfSchedule({
        freq: 'WEEKLY',
        byday: 'SA,SU',
        opens_at: '10:00:00Z',
        closes_at: '11:00-05:00',
      }),
    ).toEqual([
      { day: 'SATURDAY', opens: '10:00', closes: '11:00' },
      { day: 'SUNDAY', opens: '10:00', closes: '11:00' },
    ]);
  });

  it('ignores schedules that are not weekly and explains unreadable weekly ones', () => {
    expect(weeklyOfSchedule({ freq: 'MONTHLY', byday: '1MO' })).toBeNull();
    expect(weeklyOfSchedule({ freq: 'WEEKLY', byday: 'MO' })).toContain('opens_at');
    expect(
      weeklyOfSchedule({ freq: 'WEEKLY', byday: 'Monday', opens_at: '09:00', closes_at: '10:00' }),
    ).toContain('days');
    expect(hsdsTime(' 07:15:00 ')).toBe('07:15');
  });
});

describe('compact', () => {
  it('leaves out null and undefined, keeps false, 0 and empty text', () => {
    expect(compact({ a: null, b: undefined, c: false, d: 0, e: '' })).toEqual({
      c: false,
      d: 0,
      e: '',
    });
  });
});
