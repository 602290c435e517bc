// Opening hours as the site form edits them: one text value (so the form compares, conflicts and
// re-applies them like any field), shown as one input per weekday, exceptions one a line, the
// public-holiday rule and a note. The API checks the times and says which one is wrong.
import { WEEKDAYS } from '../hours';
import type { Weekday } from '../hours';

export { WEEKDAYS };

interface Range {
  opens: string;
  closes: string;
}
export interface OpeningHoursValue {
  weekly: Array<Range & { day: Weekday }>;
  exceptions: Array<{ date: string; closed: boolean; periods: Range[]; note?: string | null }>;
  closedOnPublicHolidays: boolean;
  note?: string | null;
}

/** The parts the widget edits. */
export interface HoursParts {
  /** Per weekday: "09:00-12:00, 13:00-17:00" (empty: closed). */
  days: Record<Weekday, string>;
  /** One a line: "2026-12-24 closed" or "2026-12-31 09:00-12:00, 14:00-16:00". */
  exceptions: string;
  closedOnPublicHolidays: boolean;
  note: string;
  /** Whether the site has hours at all (unknown otherwise). */
  known: boolean;
}

const ranges = (list: Range[]) => list.map((r) => `${r.opens}-${r.closes}`).join(', ');

export function partsOf(hours: OpeningHoursValue | null | undefined): HoursParts {
  const days = Object.fromEntries(
    WEEKDAYS.map((day) => [day, ranges((hours?.weekly ?? []).filter((p) => p.day === day))]),
  ) as Record<Weekday, string>;
  return {
    days,
    exceptions: (hours?.exceptions ?? [])
      .map((e) => `${e.date} ${e.closed ? 'closed' : ranges(e.periods)}`)
      .join('\n'),
    closedOnPublicHolidays: hours?.closedOnPublicHolidays ?? true,
    note: hours?.note ?? '',
    known: Boolean(hours),
  };
}

/** The form's text value of the parts (stable: the same hours give the same text). */
export const textOf = (parts: HoursParts): string => (parts.known ? JSON.stringify(parts) : '');

export function partsOfText(text: string): HoursParts {
  return text ? (JSON.parse(text) as HoursParts) : partsOf(null);
}

const parseRanges = (text: string): Range[] =>
  text
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const [opens = '', closes = ''] = part.split('-').map((time) => time.trim());
      return { opens, closes };
    });

/** The API's OpeningHoursInput from the form's text (null: hours unknown). */
export function hoursInputOf(text: string): OpeningHoursValue | null {
  const parts = partsOfText(text);
  if (!parts.known) {
    return null;
  }
  return {
    weekly: WEEKDAYS.flatMap((day) => parseRanges(parts.days[day]).map((r) => ({ ...r, day }))),
    exceptions: parts.exceptions
      .split('\n')
      .map((line) => line.trim())
      .filter(Boolean)
      .map((line) => {
        const [date = '', ...rest] = line.split(/\s+/);
        const value = rest.join(' ');
        return /^(closed|fermé|gesloten)$/i.test(value)
          ? { date, closed: true, periods: [] }
          : { date, closed: false, periods: parseRanges(value) };
      }),
    closedOnPublicHolidays: parts.closedOnPublicHolidays,
    note: parts.note || null,
  };
}
