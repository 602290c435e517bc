import type { Problem } from '@bxl/common';

/** The days of the week, Monday first (ISO 8601). A const object, so GraphQL can register it. */
export const Weekday = {
  MONDAY: 'MONDAY',
  TUESDAY: 'TUESDAY',
  WEDNESDAY: 'WEDNESDAY',
  THURSDAY: 'THURSDAY',
  FRIDAY: 'FRIDAY',
  SATURDAY: 'SATURDAY',
  SUNDAY: 'SUNDAY',
} as const;
export type Weekday = (typeof Weekday)[keyof typeof Weekday];

const WEEKDAYS: readonly Weekday[] = Object.values(Weekday);

/** iCalendar's two-letter day codes (RFC 5545 BYDAY), as HSDS schedules and our CSV hours write them. */
export const WEEKDAY_CODE = {
  MONDAY: 'MO',
  TUESDAY: 'TU',
  WEDNESDAY: 'WE',
  THURSDAY: 'TH',
  FRIDAY: 'FR',
  SATURDAY: 'SA',
  SUNDAY: 'SU',
} as const satisfies Record<Weekday, string>;
export type WeekdayCode = (typeof WEEKDAY_CODE)[Weekday];

const WEEKDAY_OF_CODE: ReadonlyMap<string, Weekday> = new Map(
  WEEKDAYS.map((day) => [WEEKDAY_CODE[day], day]),
);

/** The day of a two-letter code ('MO'), or undefined; case matters (callers upper-case cells). */
export function weekdayOfCode(code: string): Weekday | undefined {
  return WEEKDAY_OF_CODE.get(code);
}

/**
 * A period of one day, in Europe/Brussels local time, 'HH:MM'. `closes` may be '24:00'; a `closes`
 * before `opens` means the period runs past midnight, until `closes` the next day.
 */
export interface TimeRange {
  opens: string;
  closes: string;
}

export interface WeeklyPeriod extends TimeRange {
  day: Weekday;
}

/** A date (YYYY-MM-DD, Brussels) whose hours replace the weekly ones: closed, or its own periods. */
export interface OpeningException {
  date: string;
  closed: boolean;
  periods: TimeRange[];
  note: string | null;
}

export interface OpeningHours {
  weekly: WeeklyPeriod[];
  exceptions: OpeningException[];
  closedOnPublicHolidays: boolean;
  note: string | null;
}

const MINUTES_PER_DAY = 24 * 60;
const MINUTES_PER_WEEK = 7 * MINUTES_PER_DAY;

/** Minutes since midnight of 'HH:MM' (00:00–23:59, and 24:00 if allowed), or null. */
function minutesOf(time: string, allowEndOfDay: boolean): number | null {
  if (allowEndOfDay && time === '24:00') {
    return MINUTES_PER_DAY;
  }
  const match = /^([01]\d|2[0-3]):([0-5]\d)$/.exec(time);
  if (!match) {
    return null;
  }
  return Number(match[1]) * 60 + Number(match[2]);
}

/** [start, end) in minutes from the day's midnight; end > 1440 if the range runs past midnight. */
function spanOf(range: TimeRange): { start: number; end: number } | null {
  const start = minutesOf(range.opens, false);
  const end = minutesOf(range.closes, true);
  if (start === null || end === null || start === end) {
    return null;
  }
  return { start, end: end < start ? end + MINUTES_PER_DAY : end };
}

function isValidDate(date: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(date);
  if (!match) {
    return false;
  }
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const utc = new Date(Date.UTC(year, month - 1, day));
  return (
    utc.getUTCFullYear() === year && utc.getUTCMonth() === month - 1 && utc.getUTCDate() === day
  );
}

function timeRangeProblems(range: TimeRange, field: string): Problem[] {
  const problems: Problem[] = [];
  if (minutesOf(range.opens, false) === null) {
    problems.push({
      field: `${field}.opens`,
      message: `'${range.opens}' is not an opening time: expected HH:MM, 00:00 to 23:59`,
    });
  }
  if (minutesOf(range.closes, true) === null) {
    problems.push({
      field: `${field}.closes`,
      message: `'${range.closes}' is not a closing time: expected HH:MM, 00:00 to 24:00`,
    });
  }
  if (problems.length === 0 && spanOf(range) === null) {
    problems.push({
      field: `${field}.closes`,
      message: `the period opens and closes at ${range.opens}: for a whole day use 00:00–24:00`,
    });
  }
  return problems;
}

interface Span {
  index: number;
  label: string;
  start: number;
  end: number;
}

function overlaps(a: Span, b: Span): boolean {
  const meet = (x: Span, shift: number) => x.start + shift < b.end && b.start < x.end + shift;
  return meet(a, 0) || meet(a, MINUTES_PER_WEEK) || meet(a, -MINUTES_PER_WEEK);
}

/** One problem per period that overlaps an earlier one, named `${field}[i]`. */
function overlapProblems(spans: Span[], field: string): Problem[] {
  const problems: Problem[] = [];
  spans.forEach((span, position) => {
    const earlier = spans.slice(0, position).find((other) => overlaps(other, span));
    if (earlier) {
      problems.push({
        field: `${field}[${span.index}]`,
        message: `${span.label} overlaps ${earlier.label} (${field}[${earlier.index}])`,
      });
    }
  });
  return problems;
}

function weeklyProblems(weekly: WeeklyPeriod[], field: string): Problem[] {
  const problems: Problem[] = [];
  const spans: Span[] = [];
  weekly.forEach((period, index) => {
    const periodField = `${field}[${index}]`;
    const dayIndex = WEEKDAYS.indexOf(period.day);
    if (dayIndex < 0) {
      problems.push({
        field: `${periodField}.day`,
        message: `'${period.day}' is not a day: expected one of ${WEEKDAYS.join(', ')}`,
      });
    }
    const rangeProblems = timeRangeProblems(period, periodField);
    problems.push(...rangeProblems);
    const span = spanOf(period);
    if (dayIndex >= 0 && rangeProblems.length === 0 && span) {
      const offset = dayIndex * MINUTES_PER_DAY;
      const label = `${period.day} ${period.opens}–${period.closes}`;
      spans.push({ index, label, start: span.start + offset, end: span.end + offset });
    }
  });
  return [...problems, ...overlapProblems(spans, field)];
}

function exceptionProblems(exception: OpeningException, field: string): Problem[] {
  const problems: Problem[] = [];
  if (!isValidDate(exception.date)) {
    problems.push({
      field: `${field}.date`,
      message: `'${exception.date}' is not a date: expected YYYY-MM-DD`,
    });
  }
  if (exception.closed && exception.periods.length > 0) {
    problems.push({
      field: `${field}.periods`,
      message: `${exception.date} is marked closed but has opening periods`,
    });
  }
  if (!exception.closed && exception.periods.length === 0) {
    problems.push({
      field: `${field}.periods`,
      message: `${exception.date} is not marked closed but has no opening period`,
    });
  }
  const spans: Span[] = [];
  exception.periods.forEach((range, index) => {
    const rangeProblems = timeRangeProblems(range, `${field}.periods[${index}]`);
    problems.push(...rangeProblems);
    const span = spanOf(range);
    if (rangeProblems.length === 0 && span) {
      spans.push({ index, label: `${range.opens}–${range.closes}`, ...span });
    }
  });
  return [...problems, ...overlapProblems(spans, `${field}.periods`)];
}

/**
 * The problems of opening hours: malformed times or dates, periods that overlap (on the same day,
 * or a period past midnight over the next day's), exception dates given twice, exceptions both
 * closed and with periods or neither. Fields are paths such as `${field}.weekly[2].opens`.
 */
export function openingHoursProblems(hours: OpeningHours, field: string): Problem[] {
  const problems = weeklyProblems(hours.weekly, `${field}.weekly`);
  const firstIndexOfDate = new Map<string, number>();
  hours.exceptions.forEach((exception, index) => {
    const exceptionField = `${field}.exceptions[${index}]`;
    problems.push(...exceptionProblems(exception, exceptionField));
    const first = firstIndexOfDate.get(exception.date);
    if (first !== undefined) {
      problems.push({
        field: `${exceptionField}.date`,
        message: `${exception.date} already has an exception (${field}.exceptions[${first}])`,
      });
    } else {
      firstIndexOfDate.set(exception.date, index);
    }
  });
  return problems;
}

/** Easter Sunday of a Gregorian year (anonymous Gregorian algorithm), as [month, day]. */
function easterSunday(year: number): [number, number] {
  const a = year % 19;
  const b = Math.floor(year / 100);
  const c = year % 100;
  const d = Math.floor(b / 4);
  const e = b % 4;
  const f = Math.floor((b + 8) / 25);
  const g = Math.floor((b - f + 1) / 3);
  const h = (19 * a + b - d - g + 15) % 30;
  const i = Math.floor(c / 4);
  const k = c % 4;
  const l = (32 + 2 * e + 2 * i - h - k) % 7;
  const m = Math.floor((a + 11 * h + 22 * l) / 451);
  const month = Math.floor((h + l - 7 * m + 114) / 31);
  const day = ((h + l - 7 * m + 114) % 31) + 1;
  return [month, day];
}

/** YYYY-MM-DD of a UTC calendar date; month 1–12, day may overflow (Date.UTC normalises it). */
function isoDate(year: number, month: number, day: number): string {
  return new Date(Date.UTC(year, month - 1, day)).toISOString().slice(0, 10);
}

/**
 * The ten Belgian public holidays of a year, as YYYY-MM-DD in calendar order: New Year, Easter
 * Monday, Labour Day, Ascension (Easter + 39), Whit Monday (Easter + 50), National Day (21 July),
 * Assumption, All Saints, Armistice, Christmas.
 */
export function belgianPublicHolidays(year: number): string[] {
  if (!Number.isInteger(year) || year < 1583 || year > 9999) {
    throw new RangeError(`${year} is not a Gregorian year between 1583 and 9999`);
  }
  const [easterMonth, easterDay] = easterSunday(year);
  const easterPlus = (days: number) => isoDate(year, easterMonth, easterDay + days);
  return [
    isoDate(year, 1, 1),
    easterPlus(1),
    isoDate(year, 5, 1),
    easterPlus(39),
    easterPlus(50),
    isoDate(year, 7, 21),
    isoDate(year, 8, 15),
    isoDate(year, 11, 1),
    isoDate(year, 11, 11),
    isoDate(year, 12, 25),
  ].sort();
}

const holidayCache = new Map<number, ReadonlySet<string>>();

/** Whether a date (YYYY-MM-DD) is a Belgian public holiday. */
export function isBelgianPublicHoliday(date: string): boolean {
  const year = Number(date.slice(0, 4));
  let holidays = holidayCache.get(year);
  if (!holidays) {
    holidays = new Set(belgianPublicHolidays(year));
    holidayCache.set(year, holidays);
  }
  return holidays.has(date);
}

const brusselsClock = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Brussels',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The Brussels local date (YYYY-MM-DD) and minutes since local midnight of an instant. */
function brusselsLocal(instant: Date): { date: string; minutes: number } {
  const parts: Record<string, string> = {};
  for (const part of brusselsClock.formatToParts(instant)) {
    parts[part.type] = part.value;
  }
  return {
    date: `${parts.year}-${parts.month}-${parts.day}`,
    minutes: Number(parts.hour) * 60 + Number(parts.minute),
  };
}

function weekdayOf(date: string): Weekday {
  const utcDay = new Date(`${date}T00:00:00Z`).getUTCDay();
  return WEEKDAYS[(utcDay + 6) % 7] as Weekday;
}

function previousDate(date: string): string {
  const time = new Date(`${date}T00:00:00Z`).getTime();
  return new Date(time - MINUTES_PER_DAY * 60_000).toISOString().slice(0, 10);
}

/** The periods that start on a local date: its exception's, none on a holiday, else the weekly. */
function periodsStartingOn(hours: OpeningHours, date: string): TimeRange[] {
  const exception = hours.exceptions.find((candidate) => candidate.date === date);
  if (exception) {
    return exception.closed ? [] : exception.periods;
  }
  if (hours.closedOnPublicHolidays && isBelgianPublicHoliday(date)) {
    return [];
  }
  const day = weekdayOf(date);
  return hours.weekly.filter((period) => period.day === day);
}

/**
 * Whether the hours say open at an instant, read in Europe/Brussels local time (so across DST
 * changes). A period past midnight belongs to the day it starts: it is open in the next day's
 * early hours even if that next day is closed by an exception or a holiday. Malformed periods
 * are ignored.
 */
export function isOpenAt(hours: OpeningHours, instant: Date): boolean {
  if (Number.isNaN(instant.getTime())) {
    throw new RangeError('isOpenAt needs a valid date');
  }
  const { date, minutes } = brusselsLocal(instant);
  const today = periodsStartingOn(hours, date).some((range) => {
    const span = spanOf(range);
    return span !== null && span.start <= minutes && minutes < span.end;
  });
  if (today) {
    return true;
  }
  return periodsStartingOn(hours, previousDate(date)).some((range) => {
    const span = spanOf(range);
    return span !== null && minutes < span.end - MINUTES_PER_DAY;
  });
}
