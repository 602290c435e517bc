import type { OpeningHours, WeeklyPeriod } from '../records/opening-hours';
import { mulberry32 } from './prng';

const WEEKDAYS = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'] as const;

/** A stable number from a site id, so a site's synthetic hours never change between seeds. */
function hash(value: string): number {
  let h = 2166136261;
  for (let i = 0; i < value.length; i += 1) {
    h = Math.imul(h ^ value.charCodeAt(i), 16777619);
  }
  return h >>> 0;
}

/**
 * Plausible opening hours for a synthetic site: weekdays with a lunch break, some open on Saturday
 * morning, some late on Thursday, all closed on public holidays. Synthetic like the site itself.
 */
export function syntheticOpeningHours(siteId: string): OpeningHours {
  const random = mulberry32(hash(siteId));
  const lunch = random() < 0.6;
  const weekly: WeeklyPeriod[] = WEEKDAYS.flatMap((day) => {
    const late = day === 'THURSDAY' && random() < 0.25;
    const closes = late ? '19:00' : '17:00';
    return lunch
      ? [
          { day, opens: '09:00', closes: '12:30' },
          { day, opens: '13:30', closes },
        ]
      : [{ day, opens: '09:00', closes }];
  });
  if (random() < 0.3) {
    weekly.push({ day: 'SATURDAY', opens: '09:00', closes: '12:00' });
  }
  return { weekly, exceptions: [], closedOnPublicHolidays: true, note: null };
}
