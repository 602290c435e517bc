// Weekly opening hours read in Brussels time: is it open now, and when does it next open.
import { brusselsNow } from './format';

export const WEEKDAYS = [
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
  'SUNDAY',
] as const;
export type Weekday = (typeof WEEKDAYS)[number];

export interface Period {
  day: string;
  opens: string;
  closes: string;
}

/** The next opening after now within a week: today later on, or a following day. */
export function nextOpening(weekly: Period[], now = new Date()): Period | null {
  if (!weekly.length) {
    return null;
  }
  const { day, time } = brusselsNow(now);
  const today = WEEKDAYS.indexOf(day as Weekday);
  for (let offset = 0; offset < 8; offset += 1) {
    const candidate = WEEKDAYS[(today + offset) % 7];
    const periods = weekly
      .filter((period) => period.day === candidate && (offset > 0 || period.opens > time))
      .sort((a, b) => a.opens.localeCompare(b.opens));
    if (periods[0]) {
      return periods[0];
    }
  }
  return null;
}

export const hhmm = (time: string) => time.slice(0, 5);
