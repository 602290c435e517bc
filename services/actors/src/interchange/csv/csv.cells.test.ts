import type { Problem } from '@bxl/common';

import { RecordProblems } from '../interchange.fields';
import {
  agrementsCell,
  agrementsOf,
  booleanOf,
  hoursCells,
  hoursOf,
  joinList,
  listOf,
  splitEscaped,
} from './csv.cells';

function collect() {
  const problems: Problem[] = [];
  return { problems, check: new RecordProblems(problems, 5) };
}

describe('lists in a cell', () => {
  it('escapes | ; and \\ so that any text survives', () => {
    const values = ['a|b', 'c;d', 'e\\f', ' '];
    expect(joinList(values)).toBe('a\\|b|c\\;d|e\\\\f| ');
    expect(listOf(joinList(values))).toEqual(['a|b', 'c;d', 'e\\f']);
    expect(splitEscaped('x\\;y;z', ';')).toEqual(['x\\;y', 'z']);
  });

  it('reads booleans in the usual spellings and reports the others', () => {
    const { problems, check } = collect();
    expect(['true', 'YES', '1', 'oui', 'ja'].map((v) => booleanOf(v, 'f', check))).toEqual([
      true,
      true,
      true,
      true,
      true,
    ]);
    expect(['false', '', 'nee'].map((v) => booleanOf(v, 'f', check))).toEqual([
      false,
      false,
      false,
    ]);
    expect(booleanOf('maybe', 'f', check)).toBe(false);
    expect(problems).toEqual([{ line: 5, field: 'f', message: "'maybe' is not true or false" }]);
  });
});

describe('agréments in a cell', () => {
  it('round-trips, trailing empty parts left out', () => {
    const agrements = [
      {
        authority: 'COCOM' as const,
        kind: 'a; b',
        number: null,
        validFrom: '2020-01-01',
        validTo: null,
      },
      { authority: 'OTHER' as const, kind: 'c', number: null, validFrom: null, validTo: null },
    ];
    const cell = agrementsCell(agrements);
    expect(cell).toBe('COCOM;a\\; b;;2020-01-01|OTHER;c');
    const { problems, check } = collect();
    expect(agrementsOf(cell, 'org_agrements', check)).toEqual(agrements);
    expect(problems).toEqual([]);
  });

  it('reports an unknown authority or a missing kind', () => {
    const { problems, check } = collect();
    expect(agrementsOf('cocof;ok|MARS;x|VGC', 'org_agrements', check)).toEqual([
      { authority: 'COCOF', kind: 'ok', number: null, validFrom: null, validTo: null },
    ]);
    expect(problems).toHaveLength(2);
  });
});

describe('opening hours in four cells', () => {
  it('round-trips weekly periods, exceptions with notes, and the holiday flag', () => {
    const hours = {
      weekly: [{ day: 'SUNDAY' as const, opens: '10:00', closes: '24:00' }],
      exceptions: [
        {
          date: '2026-01-02',
          closed: false,
          periods: [
            { opens: '09:00', closes: '10:00' },
            { opens: '11:00', closes: '12:00' },
          ],
          note: 'a|b',
        },
      ],
      closedOnPublicHolidays: false,
      note: null,
    };
    const cells = hoursCells(hours);
    expect(cells.site_hours).toBe('SU 10:00-24:00');
    expect(cells.site_hours_exceptions).toBe('2026-01-02;09:00-10:00 11:00-12:00;a\\|b');
    const { problems, check } = collect();
    expect(hoursOf(cells, check)).toEqual(hours);
    expect(problems).toEqual([]);
  });

  it('reads four empty cells as unknown hours, and reports unreadable items', () => {
    const { problems, check } = collect();
    expect(hoursOf(hoursCells(null), check)).toBeNull();
    const hours = hoursOf(
      {
        site_hours: 'monday 9h-12h|mo 09:00-12:00',
        site_hours_exceptions: '2026-01-01',
        site_hours_closed_on_holidays: '',
        site_hours_note: '',
      },
      check,
    );
    expect(hours?.weekly).toEqual([{ day: 'MONDAY', opens: '09:00', closes: '12:00' }]);
    expect(problems.map((p) => p.field)).toEqual(['site_hours', 'site_hours_exceptions']);
  });
});
