import type { OpeningHours, Weekday } from '../records/opening-hours';

/**
 * What services-seed.csv says only in prose (its `retrieved_note`), transcribed by hand, keyed by the
 * row's `name_fr`. Each entry quotes the words it comes from; nothing here goes beyond them.
 */

const WEEK: readonly Weekday[] = ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'];

function hours(
  days: readonly Weekday[],
  ranges: ReadonlyArray<readonly [string, string]>,
  quote: string,
  closedOnPublicHolidays = false,
): OpeningHours {
  return {
    weekly: days.flatMap((day) => ranges.map(([opens, closes]) => ({ day, opens, closes }))),
    exceptions: [],
    closedOnPublicHolidays,
    note: `As the source states: "${quote}" (public holidays not stated unless said).`,
  };
}

const FOREST = hours(
  ['MONDAY', 'TUESDAY', 'WEDNESDAY', 'THURSDAY'],
  [
    ['08:30', '12:00'],
    ['13:30', '16:00'],
  ],
  'opening hours 8u30-12u / 13u30-16u, closed Friday afternoon',
);
FOREST.weekly.push({ day: 'FRIDAY', opens: '08:30', closes: '12:00' });

/**
 * Opening hours of a row's site where its note gives days and times. Rows whose note gives times
 * without days (Anderlecht "7h30-11h / 13h-15h"), a start without an end (Berchem "at 8:00") or
 * telephone hours only (Ganshoren) get none: their hours stay unknown.
 */
export const REAL_OPENING_HOURS: Readonly<Record<string, OpeningHours>> = {
  'CPAS de Woluwe-Saint-Lambert – service social de première ligne': hours(
    ['MONDAY', 'THURSDAY'],
    [['09:00', '11:30']],
    'permanence sociale Mon & Thu 9h-11h30 without appointment',
  ),
  'CPAS de Woluwe-Saint-Lambert – services de seconde ligne (dont médiation de dettes)': hours(
    ['MONDAY', 'WEDNESDAY', 'THURSDAY', 'FRIDAY'],
    [
      ['09:00', '12:00'],
      ['13:30', '16:00'],
    ],
    'open Mon, Wed-Fri 9h-12h / 13h30-16h',
  ),
  "CPAS d'Uccle": hours(WEEK, [['09:00', '11:30']], 'accueil 9h-11h30 on working days', true),
  'CPAS de Koekelberg': hours(WEEK, [['13:30', '15:30']], 'hours Mon-Fri 13h30-15h30'),
  'CPAS de Jette': hours(
    WEEK,
    [
      ['08:30', '12:00'],
      ['13:15', '16:00'],
    ],
    'open Mon-Fri 8.30-12 / 13.15-16',
  ),
  "CPAS d'Auderghem": hours(
    WEEK,
    [['09:00', '11:00']],
    'first-line social permanence Mon-Fri 9.00-11.00, afternoons by appointment',
  ),
  'CPAS de Forest': FOREST,
};

/** The whole Region, as the territories subgraph names it. */
const REGION = 'region:bru';

/**
 * Service areas a row's note states (the record has no site: it is found by its area). Rows whose
 * note names no area get none.
 */
export const REAL_SERVICE_AREAS: Readonly<Record<string, readonly string[]>> = {
  // "serves people losing autonomy in the 19 Brussels communes"
  'CSD Bruxelles – Centrale de Services & Soins à Domicile (aide à la vie journalière / aides familiales)':
    [REGION],
  'CSD Bruxelles – Centrale de Services & Soins à Domicile (soins infirmiers à domicile)': [REGION],
  // "ASD Bruxelles covers the whole Brussels territory"
  'ASD Bruxelles – Aide et Soins à Domicile (aide à la vie journalière)': [REGION],
  'ASD Bruxelles – Aide et Soins à Domicile (soins infirmiers à domicile et coordination des aides et soins)':
    [REGION],
  // "free coordination service for all Brussels residents"
  'Soins Chez Soi (coordination de soins et services à domicile)': [REGION],
};

/** Rows whose note names the organisation they belong to (HSDS parent organisation), by its row name. */
export const REAL_PARENT_ORGANISATIONS: Readonly<Record<string, string>> = {
  // agrément cell: "antenne of CAP Brabantia (COCOM)"
  'Entraide de Saint-Gilles (service social de quartier, antenne Brabantia)':
    "Centre d'Aide aux Personnes Brabantia (CAP Brabantia)",
};
