import {
  belgianPublicHolidays,
  isBelgianPublicHoliday,
  isOpenAt,
  openingHoursProblems,
} from './opening-hours';
import type { OpeningException, OpeningHours, WeeklyPeriod } from './opening-hours';

const hours = (
  weekly: WeeklyPeriod[],
  options: { exceptions?: OpeningException[]; closedOnPublicHolidays?: boolean } = {},
): OpeningHours => ({
  weekly,
  exceptions: options.exceptions ?? [],
  closedOnPublicHolidays: options.closedOnPublicHolidays ?? false,
  note: null,
});

const closedOn = (date: string): OpeningException => ({
  date,
  closed: true,
  periods: [],
  note: null,
});

const at = (iso: string) => new Date(iso);

describe('isOpenAt, in Europe/Brussels time', () => {
  const mondays = hours([{ day: 'MONDAY', opens: '09:00', closes: '17:00' }]);

  it('reads summer time (CEST, UTC+2) after the March change', () => {
    // Monday 30 March 2026, 07:30 UTC = 09:30 in Brussels.
    expect(isOpenAt(mondays, at('2026-03-30T07:30:00Z'))).toBe(true);
    expect(isOpenAt(mondays, at('2026-03-30T06:59:00Z'))).toBe(false);
    expect(isOpenAt(mondays, at('2026-03-30T14:59:00Z'))).toBe(true);
    expect(isOpenAt(mondays, at('2026-03-30T15:00:00Z'))).toBe(false);
  });

  it('reads winter time (CET, UTC+1) before the March change', () => {
    // Monday 23 March 2026, 07:30 UTC = 08:30 in Brussels.
    expect(isOpenAt(mondays, at('2026-03-23T07:30:00Z'))).toBe(false);
    expect(isOpenAt(mondays, at('2026-03-23T08:00:00Z'))).toBe(true);
    expect(isOpenAt(mondays, at('2026-03-23T15:30:00Z'))).toBe(true);
  });

  it('reads winter time again after the October change', () => {
    // Monday 19 October 2026 is CEST, Monday 26 October CET (the change is on Sunday 25).
    expect(isOpenAt(mondays, at('2026-10-19T07:30:00Z'))).toBe(true);
    expect(isOpenAt(mondays, at('2026-10-26T07:30:00Z'))).toBe(false);
    expect(isOpenAt(mondays, at('2026-10-26T08:30:00Z'))).toBe(true);
  });

  it('takes the local date, not the UTC one, around midnight', () => {
    const earlyMonday = hours([{ day: 'MONDAY', opens: '00:00', closes: '01:00' }]);
    // Sunday 29 March 22:30 UTC is already Monday 00:30 in Brussels.
    expect(isOpenAt(earlyMonday, at('2026-03-29T22:30:00Z'))).toBe(true);
    expect(isOpenAt(earlyMonday, at('2026-03-30T22:30:00Z'))).toBe(false);
  });

  it('stays right on the night of the change itself', () => {
    const sundayNight = hours([{ day: 'SUNDAY', opens: '01:00', closes: '04:00' }]);
    expect(isOpenAt(sundayNight, at('2026-03-29T00:30:00Z'))).toBe(true); // 01:30 CET
    expect(isOpenAt(sundayNight, at('2026-03-29T01:30:00Z'))).toBe(true); // 03:30 CEST
    expect(isOpenAt(sundayNight, at('2026-03-29T02:00:00Z'))).toBe(false); // 04:00 CEST
  });

  it('opens a Saturday-only service on Saturdays only', () => {
    const saturdays = hours([{ day: 'SATURDAY', opens: '10:00', closes: '13:00' }]);
    expect(isOpenAt(saturdays, at('2026-04-11T08:30:00Z'))).toBe(true); // Sat 10:30
    expect(isOpenAt(saturdays, at('2026-04-10T08:30:00Z'))).toBe(false); // Fri 10:30
    expect(isOpenAt(saturdays, at('2026-04-12T08:30:00Z'))).toBe(false); // Sun 10:30
    expect(isOpenAt(saturdays, at('2026-04-11T11:00:00Z'))).toBe(false); // Sat 13:00
  });

  it('keeps a period past midnight open in the next day’s early hours', () => {
    const fridayNight = hours([{ day: 'FRIDAY', opens: '22:00', closes: '02:00' }]);
    expect(isOpenAt(fridayNight, at('2026-04-10T19:59:00Z'))).toBe(false); // Fri 21:59
    expect(isOpenAt(fridayNight, at('2026-04-10T21:00:00Z'))).toBe(true); // Fri 23:00
    expect(isOpenAt(fridayNight, at('2026-04-10T23:00:00Z'))).toBe(true); // Sat 01:00
    expect(isOpenAt(fridayNight, at('2026-04-11T00:00:00Z'))).toBe(false); // Sat 02:00
    expect(isOpenAt(fridayNight, at('2026-04-11T21:00:00Z'))).toBe(false); // Sat 23:00
    expect(isOpenAt(fridayNight, at('2026-04-09T23:00:00Z'))).toBe(false); // Fri 01:00
  });

  it('closes until the end of the day with 24:00', () => {
    const late = hours([{ day: 'MONDAY', opens: '20:00', closes: '24:00' }]);
    expect(isOpenAt(late, at('2026-03-30T21:59:00Z'))).toBe(true); // Mon 23:59
    expect(isOpenAt(late, at('2026-03-30T22:00:00Z'))).toBe(false); // Tue 00:00
  });

  it('closes on a date with a closing exception', () => {
    const closed = hours(mondays.weekly, { exceptions: [closedOn('2026-03-30')] });
    expect(isOpenAt(closed, at('2026-03-30T07:30:00Z'))).toBe(false);
    expect(isOpenAt(closed, at('2026-04-13T07:30:00Z'))).toBe(true);
  });

  it('replaces the day’s weekly periods with the exception’s own', () => {
    const special = hours(mondays.weekly, {
      exceptions: [
        {
          date: '2026-03-30',
          closed: false,
          periods: [{ opens: '12:00', closes: '14:00' }],
          note: null,
        },
      ],
    });
    expect(isOpenAt(special, at('2026-03-30T07:30:00Z'))).toBe(false); // 09:30
    expect(isOpenAt(special, at('2026-03-30T10:30:00Z'))).toBe(true); // 12:30
  });

  it('closes on public holidays when asked to, unless an exception opens the day', () => {
    const easterMonday = at('2026-04-06T07:30:00Z'); // 09:30
    expect(isOpenAt(mondays, easterMonday)).toBe(true);
    const holidaysOff = hours(mondays.weekly, { closedOnPublicHolidays: true });
    expect(isOpenAt(holidaysOff, easterMonday)).toBe(false);
    expect(isOpenAt(holidaysOff, at('2026-04-13T07:30:00Z'))).toBe(true);
    const openAnyway = hours(mondays.weekly, {
      closedOnPublicHolidays: true,
      exceptions: [
        {
          date: '2026-04-06',
          closed: false,
          periods: [{ opens: '09:00', closes: '12:00' }],
          note: null,
        },
      ],
    });
    expect(isOpenAt(openAnyway, easterMonday)).toBe(true);
  });

  it('closes on 21 July (a Tuesday in 2026) for a service open on Tuesdays', () => {
    const tuesdays = hours([{ day: 'TUESDAY', opens: '09:00', closes: '17:00' }], {
      closedOnPublicHolidays: true,
    });
    expect(isOpenAt(tuesdays, at('2026-07-21T08:00:00Z'))).toBe(false);
    expect(isOpenAt(tuesdays, at('2026-07-14T08:00:00Z'))).toBe(true);
  });

  it('rejects an invalid instant', () => {
    expect(() => isOpenAt(mondays, new Date('nope'))).toThrow(RangeError);
  });
});

describe('belgianPublicHolidays', () => {
  it('lists the ten holidays of 2026', () => {
    expect(belgianPublicHolidays(2026)).toEqual([
      '2026-01-01',
      '2026-04-06', // Easter Monday (Easter: 5 April)
      '2026-05-01',
      '2026-05-14', // Ascension
      '2026-05-25', // Whit Monday
      '2026-07-21',
      '2026-08-15',
      '2026-11-01',
      '2026-11-11',
      '2026-12-25',
    ]);
  });

  it.each([
    [2024, '2024-04-01', '2024-05-09', '2024-05-20'],
    [2025, '2025-04-21', '2025-05-29', '2025-06-09'],
    [2038, '2038-04-26', '2038-06-03', '2038-06-14'], // latest Easter, 25 April
  ])('places the movable feasts of %i', (year, easterMonday, ascension, whitMonday) => {
    const holidays = belgianPublicHolidays(year);
    expect(holidays).toHaveLength(10);
    expect(holidays).toEqual(expect.arrayContaining([easterMonday, ascension, whitMonday]));
  });

  it('keeps calendar order when Ascension falls before 1 May', () => {
    // Easter 2285 is on 22 March, the earliest possible: Ascension on 30 April.
    const holidays = belgianPublicHolidays(2285);
    expect(holidays.slice(0, 4)).toEqual(['2285-01-01', '2285-03-23', '2285-04-30', '2285-05-01']);
  });

  it('refuses a year that is not a Gregorian one', () => {
    expect(() => belgianPublicHolidays(2026.5)).toThrow(RangeError);
    expect(() => belgianPublicHolidays(1500)).toThrow(RangeError);
  });

  it('answers for one date', () => {
    expect(isBelgianPublicHoliday('2026-04-06')).toBe(true);
    expect(isBelgianPublicHoliday('2026-04-05')).toBe(false);
  });
});

describe('openingHoursProblems', () => {
  it('accepts well-formed hours', () => {
    const good = hours(
      [
        { day: 'MONDAY', opens: '09:00', closes: '12:00' },
        { day: 'MONDAY', opens: '12:00', closes: '17:00' },
        { day: 'FRIDAY', opens: '22:00', closes: '02:00' },
        { day: 'SATURDAY', opens: '02:00', closes: '24:00' },
        { day: 'SUNDAY', opens: '00:00', closes: '24:00' },
      ],
      {
        exceptions: [
          closedOn('2026-12-24'),
          {
            date: '2026-12-31',
            closed: false,
            periods: [{ opens: '09:00', closes: '12:00' }],
            note: 'Short day',
          },
        ],
      },
    );
    expect(openingHoursProblems(good, 'site.openingHours')).toEqual([]);
  });

  it('names malformed times by their path', () => {
    const bad = hours([
      { day: 'MONDAY', opens: '09:00', closes: '17:00' },
      { day: 'TUESDAY', opens: '9:00', closes: '17:00' },
      { day: 'WEDNESDAY', opens: '24:00', closes: '24:01' },
      { day: 'THURSDAY', opens: '10:00', closes: '10:00' },
    ]);
    expect(openingHoursProblems(bad, 'hours')).toEqual([
      { field: 'hours.weekly[1].opens', message: expect.stringContaining("'9:00'") },
      { field: 'hours.weekly[2].opens', message: expect.stringContaining("'24:00'") },
      { field: 'hours.weekly[2].closes', message: expect.stringContaining("'24:01'") },
      { field: 'hours.weekly[3].closes', message: expect.stringContaining('00:00–24:00') },
    ]);
  });

  it('names an unknown day', () => {
    const bad = hours([{ day: 'FUNDAY' as WeeklyPeriod['day'], opens: '09:00', closes: '17:00' }]);
    expect(openingHoursProblems(bad, 'h')).toEqual([
      { field: 'h.weekly[0].day', message: expect.stringContaining('FUNDAY') },
    ]);
  });

  it('finds periods that overlap on the same day', () => {
    const bad = hours([
      { day: 'MONDAY', opens: '09:00', closes: '12:00' },
      { day: 'TUESDAY', opens: '11:00', closes: '14:00' },
      { day: 'MONDAY', opens: '11:00', closes: '14:00' },
    ]);
    expect(openingHoursProblems(bad, 'h')).toEqual([
      { field: 'h.weekly[2]', message: expect.stringContaining('h.weekly[0]') },
    ]);
  });

  it('finds a period past midnight that overlaps the next day’s, Sunday into Monday too', () => {
    const bad = hours([
      { day: 'FRIDAY', opens: '22:00', closes: '02:00' },
      { day: 'SATURDAY', opens: '01:00', closes: '05:00' },
      { day: 'MONDAY', opens: '00:30', closes: '03:00' },
      { day: 'SUNDAY', opens: '23:00', closes: '01:00' },
    ]);
    expect(openingHoursProblems(bad, 'h').map((problem) => problem.field)).toEqual([
      'h.weekly[1]',
      'h.weekly[3]',
    ]);
  });

  it('checks exception dates, duplicates, closures and periods', () => {
    const bad = hours([], {
      exceptions: [
        closedOn('2026-02-30'),
        closedOn('30/03/2026'),
        closedOn('2026-12-24'),
        {
          date: '2026-12-24',
          closed: false,
          periods: [{ opens: '09:00', closes: '12:00' }],
          note: null,
        },
        {
          date: '2026-12-26',
          closed: true,
          periods: [{ opens: '09:00', closes: '12:00' }],
          note: null,
        },
        { date: '2026-12-27', closed: false, periods: [], note: null },
        {
          date: '2026-12-28',
          closed: false,
          periods: [
            { opens: '09:00', closes: '12:00' },
            { opens: '10:00', closes: '25:00' },
            { opens: '11:00', closes: '13:00' },
          ],
          note: null,
        },
      ],
    });
    expect(openingHoursProblems(bad, 'h')).toEqual([
      { field: 'h.exceptions[0].date', message: expect.stringContaining('2026-02-30') },
      { field: 'h.exceptions[1].date', message: expect.stringContaining('30/03/2026') },
      { field: 'h.exceptions[3].date', message: expect.stringContaining('h.exceptions[2]') },
      { field: 'h.exceptions[4].periods', message: expect.stringContaining('closed') },
      { field: 'h.exceptions[5].periods', message: expect.stringContaining('no opening period') },
      { field: 'h.exceptions[6].periods[1].closes', message: expect.stringContaining("'25:00'") },
      { field: 'h.exceptions[6].periods[2]', message: expect.stringContaining('09:00–12:00') },
    ]);
  });
});
