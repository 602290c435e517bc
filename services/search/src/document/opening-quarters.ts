/** The days of the week as the actors subgraph names them, Monday first. */
export const WEEKDAYS = [
  'MONDAY',
  'TUESDAY',
  'WEDNESDAY',
  'THURSDAY',
  'FRIDAY',
  'SATURDAY',
  'SUNDAY',
];

const QUARTERS_PER_DAY = 96;
const QUARTERS_PER_WEEK = 7 * QUARTERS_PER_DAY;

const quarterOf = (time: string): number => {
  const [hours, minutes] = time.split(':').map(Number);
  return ((hours ?? 0) * 60 + (minutes ?? 0)) / 15;
};

/**
 * The quarter hours of the week covered by weekly periods (0 = Monday 00:00–00:15). A quarter
 * counts when the place is open at its start; a period closing before it opens runs past midnight.
 */
export function openQuarters(
  weekly: ReadonlyArray<{ day: string; opens: string; closes: string }>,
): number[] {
  const open = new Set<number>();
  for (const period of weekly) {
    const day = WEEKDAYS.indexOf(period.day);
    if (day < 0) {
      continue;
    }
    const start = day * QUARTERS_PER_DAY + Math.ceil(quarterOf(period.opens));
    let end = day * QUARTERS_PER_DAY + Math.ceil(quarterOf(period.closes));
    if (end <= start) {
      end += QUARTERS_PER_DAY;
    }
    for (let quarter = start; quarter < end; quarter += 1) {
      open.add(quarter % QUARTERS_PER_WEEK);
    }
  }
  return [...open].sort((a, b) => a - b);
}

const BRUSSELS = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Brussels',
  weekday: 'long',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** The quarter hour of the week an instant falls in, in Europe/Brussels local time. */
export function quarterAt(instant: Date): number {
  const parts = Object.fromEntries(
    BRUSSELS.formatToParts(instant).map((part) => [part.type, part.value]),
  );
  const day = WEEKDAYS.indexOf(String(parts.weekday).toUpperCase());
  return day * QUARTERS_PER_DAY + Math.floor((Number(parts.hour) * 60 + Number(parts.minute)) / 15);
}
