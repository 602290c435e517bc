import { AGREMENT_AUTHORITIES } from '@bxl/common';

import { WEEKDAY_CODE, weekdayOfCode } from '../../records/opening-hours';
import type {
  OpeningException,
  OpeningHours,
  TimeRange,
  WeeklyPeriod,
} from '../../records/opening-hours';
import type { AgrementRecord, ContactRecord } from '../../records/registry-records';
import { contactsOf, isoDateOf } from '../interchange.fields';
import type { RecordProblems } from '../interchange.fields';
import { blank } from '../interchange.records';

/** The encodings of CSV cells that hold more than one value (see csv.columns.ts). */

export function escapeItem(value: string): string {
  return value.replace(/[\\|;]/g, (char) => `\\${char}`);
}

/** Splits on `separator` where it is not escaped; escapes are kept (see unescapeItem). */
export function splitEscaped(text: string, separator: '|' | ';'): string[] {
  const parts: string[] = [];
  let current = '';
  for (let i = 0; i < text.length; i++) {
    const char = text[i] as string;
    if (char === '\\' && i + 1 < text.length) {
      current += char + (text[i + 1] as string);
      i++;
    } else if (char === separator) {
      parts.push(current);
      current = '';
    } else {
      current += char;
    }
  }
  parts.push(current);
  return parts;
}

export function unescapeItem(text: string): string {
  return text.replace(/\\(.)/g, '$1');
}

/** `a|b|c` → ['a', 'b', 'c'], trimmed, empty items dropped. */
export function listOf(cell: string): string[] {
  return splitEscaped(cell, '|')
    .map((item) => unescapeItem(item).trim())
    .filter((item) => item !== '');
}

export function joinList(values: readonly string[]): string {
  return values.map(escapeItem).join('|');
}

const TRUE = new Set(['true', 'yes', '1', 'oui', 'ja']);
const FALSE = new Set(['false', 'no', '0', 'non', 'nee', '']);

export function booleanOf(cell: string, field: string, check: RecordProblems): boolean {
  const value = cell.trim().toLowerCase();
  if (!TRUE.has(value) && !FALSE.has(value)) {
    check.add(field, `'${cell}' is not true or false`);
  }
  return TRUE.has(value);
}

export function contactsCell(contacts: readonly ContactRecord[]): string {
  return contacts
    .map((c) => {
      const parts = [c.name ?? '', c.title ?? '', c.phone ?? '', c.email ?? ''];
      while (parts.length > 1 && parts[parts.length - 1] === '') {
        parts.pop();
      }
      return parts.map(escapeItem).join(';');
    })
    .join('|');
}

export function contactsOfCell(cell: string, field: string, check: RecordProblems) {
  const contacts = splitEscaped(cell, '|')
    .filter((item) => item.trim() !== '')
    .map((item): ContactRecord => {
      const [name = '', title = '', phone = '', email = ''] = splitEscaped(item, ';').map(
        unescapeItem,
      );
      return { name, title, phone, email };
    });
  return contactsOf(contacts, () => field, check);
}

export function agrementsCell(agrements: readonly AgrementRecord[]): string {
  return agrements
    .map((a) => {
      const parts = [
        a.authority,
        a.kind,
        a.number ?? '',
        a.validFrom ?? '',
        a.validTo ?? '',
        a.note ?? '',
      ];
      while (parts.length > 2 && parts[parts.length - 1] === '') {
        parts.pop();
      }
      return parts.map(escapeItem).join(';');
    })
    .join('|');
}

export function agrementsOf(cell: string, field: string, check: RecordProblems) {
  return splitEscaped(cell, '|')
    .filter((item) => item.trim() !== '')
    .flatMap((item): AgrementRecord[] => {
      const [authority = '', kind = '', number = '', from = '', to = '', note = ''] = splitEscaped(
        item,
        ';',
      )
        .map(unescapeItem)
        .map((part) => part.trim());
      const known = AGREMENT_AUTHORITIES.find((candidate) => candidate === authority.toUpperCase());
      if (!known || kind === '') {
        check.add(
          field,
          `'${unescapeItem(item)}' is not an agrément: expected AUTHORITY;kind;number;valid from;valid to;note with an authority among ${AGREMENT_AUTHORITIES.join(', ')} and a kind`,
        );
        return [];
      }
      return [
        {
          authority: known,
          kind,
          number: blank(number),
          validFrom: isoDateOf(from, field, check),
          validTo: isoDateOf(to, field, check),
          ...(note ? { note } : {}),
        },
      ];
    });
}

const RANGE = /^(\d{1,2}:\d{2})-(\d{1,2}:\d{2})$/;

const rangeText = (range: TimeRange) => `${range.opens}-${range.closes}`;

function rangeOf(text: string): TimeRange | null {
  const match = RANGE.exec(text.trim());
  return match ? { opens: match[1] as string, closes: match[2] as string } : null;
}

export interface HoursCells {
  site_hours: string;
  site_hours_exceptions: string;
  site_hours_closed_on_holidays: string;
  site_hours_note: string;
}

export function hoursCells(hours: OpeningHours | null | undefined): HoursCells {
  if (!hours) {
    return {
      site_hours: '',
      site_hours_exceptions: '',
      site_hours_closed_on_holidays: '',
      site_hours_note: '',
    };
  }
  return {
    site_hours: hours.weekly.map((p) => `${WEEKDAY_CODE[p.day]} ${rangeText(p)}`).join('|'),
    site_hours_exceptions: hours.exceptions
      .map((e) => {
        const periods = e.closed ? 'closed' : e.periods.map(rangeText).join(' ');
        return [e.date, periods, ...(e.note === null ? [] : [e.note])].map(escapeItem).join(';');
      })
      .join('|'),
    site_hours_closed_on_holidays: String(hours.closedOnPublicHolidays),
    site_hours_note: hours.note ?? '',
  };
}

function weeklyOf(cell: string, check: RecordProblems): WeeklyPeriod[] {
  return listOf(cell).flatMap((item) => {
    const [code = '', range = ''] = item.split(/\s+/);
    const day = weekdayOfCode(code.toUpperCase());
    const times = rangeOf(range);
    if (!day || !times || item.split(/\s+/).length !== 2) {
      check.add('site_hours', `'${item}' is not a weekly period: expected e.g. MO 09:00-12:30`);
      return [];
    }
    return [{ day, ...times }];
  });
}

function exceptionsOf(cell: string, check: RecordProblems): OpeningException[] {
  return splitEscaped(cell, '|')
    .filter((item) => item.trim() !== '')
    .flatMap((item) => {
      const [date = '', periods = '', note = ''] = splitEscaped(item, ';')
        .map(unescapeItem)
        .map((part) => part.trim());
      const closed = periods.toLowerCase() === 'closed';
      const ranges = closed ? [] : periods.split(/\s+/).filter(Boolean).map(rangeOf);
      if (!closed && (ranges.length === 0 || ranges.some((range) => range === null))) {
        check.add(
          'site_hours_exceptions',
          `'${unescapeItem(item)}' is not an exception: expected e.g. 2026-12-24;closed or 2026-12-31;09:00-12:00 13:00-15:00`,
        );
        return [];
      }
      return [{ date, closed, periods: ranges as TimeRange[], note: blank(note) }];
    });
}

/** The hours of a row: null when its four hours columns are empty. */
export function hoursOf(row: HoursCells, check: RecordProblems): OpeningHours | null {
  const cells = [
    row.site_hours,
    row.site_hours_exceptions,
    row.site_hours_closed_on_holidays,
    row.site_hours_note,
  ];
  if (cells.every((cell) => cell.trim() === '')) {
    return null;
  }
  return {
    weekly: weeklyOf(row.site_hours, check),
    exceptions: exceptionsOf(row.site_hours_exceptions, check),
    closedOnPublicHolidays: booleanOf(
      row.site_hours_closed_on_holidays,
      'site_hours_closed_on_holidays',
      check,
    ),
    note: blank(row.site_hours_note),
  };
}
