import { parse } from 'csv-parse/sync';

import type { Problem } from '@bxl/common';

import { ClssStatus, INDICATOR_COLUMNS } from './groupement.enums';
import type { NeedIndicator } from './groupement.entity';

/** The columns of the official groupement table (see docs/groupement-import.md). */
export const REQUIRED_COLUMNS = [
  'unit_code',
  'groupement_code',
  'name_fr',
  'name_nl',
  ...INDICATOR_COLUMNS.flatMap((column) => [column.value, column.rank]),
  'clss_status',
] as const;
export const OPTIONAL_COLUMNS = ['priority_order'] as const;

const CLSS_STATUSES: Record<string, ClssStatus> = {
  existing: ClssStatus.EXISTING,
  new: ClssStatus.NEW,
  referent_quartier: ClssStatus.REFERENT_QUARTIER,
  none: ClssStatus.NONE,
};

export interface ParsedGroupement {
  code: string;
  nameFr: string;
  nameNl: string;
  unitCodes: string[];
  indicators: NeedIndicator[];
  clssStatus: ClssStatus;
  rankSum: number;
  priorityOrder: number;
  /** The line that first defined it. */
  line: number;
}

export interface ParsedTable {
  groupements: ParsedGroupement[];
  unitsOutside: string[];
  problems: Problem[];
}

type Row = Record<string, string>;

/** The attributes a groupement's lines must all repeat identically. */
const ATTRIBUTE_COLUMNS = REQUIRED_COLUMNS.filter(
  (column) => column !== 'unit_code' && column !== 'groupement_code',
);

function groupementFromRow(row: Row, line: number, problems: Problem[]): ParsedGroupement {
  const indicators = INDICATOR_COLUMNS.map(({ kind, value, rank }) => {
    const parsedValue = Number(row[value]);
    const parsedRank = Number(row[rank]);
    if (row[value] === '' || !Number.isFinite(parsedValue)) {
      problems.push({
        line,
        field: value,
        message: `line ${line}: ${value} must be a number, got "${row[value]}"`,
      });
    }
    if (!Number.isInteger(parsedRank) || parsedRank < 1) {
      problems.push({
        line,
        field: rank,
        message: `line ${line}: ${rank} must be a whole number ≥ 1, got "${row[rank]}"`,
      });
    }
    return { kind, value: parsedValue, rank: parsedRank };
  });
  const status = CLSS_STATUSES[(row.clss_status ?? '').trim().toLowerCase()];
  if (!status) {
    problems.push({
      line,
      field: 'clss_status',
      message: `line ${line}: clss_status must be one of ${Object.keys(CLSS_STATUSES).join(', ')}, got "${row.clss_status}"`,
    });
  }
  if (!row.name_fr && !row.name_nl) {
    problems.push({
      line,
      field: 'name_fr',
      message: `line ${line}: a groupement needs a French or Dutch name`,
    });
  }
  return {
    code: row.groupement_code as string,
    nameFr: row.name_fr || (row.name_nl as string),
    nameNl: row.name_nl || (row.name_fr as string),
    unitCodes: [],
    indicators,
    clssStatus: status ?? ClssStatus.NONE,
    rankSum: indicators.reduce((sum, indicator) => sum + indicator.rank, 0),
    priorityOrder: row.priority_order ? Number(row.priority_order) : 0,
    line,
  };
}

/**
 * Parses and validates the official table against the known units of its layer. Every problem is
 * collected with its line number (the header is line 1); the caller rejects the whole file if any.
 * Each unit must appear exactly once: a unit outside every groupement has an empty groupement_code.
 */
export function parseGroupementTable(
  csv: string,
  knownUnits: ReadonlySet<string>,
  unitName: string,
): ParsedTable {
  const problems: Problem[] = [];
  let rows: Row[];
  try {
    rows = parse(csv, { columns: true, skip_empty_lines: true, trim: true, bom: true }) as Row[];
  } catch (error) {
    return {
      groupements: [],
      unitsOutside: [],
      problems: [{ message: `not a readable CSV file: ${(error as Error).message}` }],
    };
  }
  const header = Object.keys(rows[0] ?? {});
  const missingColumns = REQUIRED_COLUMNS.filter((column) => !header.includes(column));
  if (rows.length === 0 || missingColumns.length > 0) {
    return {
      groupements: [],
      unitsOutside: [],
      problems: [
        {
          line: 1,
          message:
            rows.length === 0
              ? 'line 1: the file has no data lines'
              : `line 1: missing column(s) ${missingColumns.join(', ')}`,
        },
      ],
    };
  }

  const seen = new Map<string, number>();
  const groupements = new Map<string, ParsedGroupement>();
  const rowsByCode = new Map<string, Row>();
  const unitsOutside: string[] = [];
  rows.forEach((row, index) => {
    const line = index + 2;
    const unit = (row.unit_code ?? '').trim();
    if (!unit) {
      problems.push({ line, field: 'unit_code', message: `line ${line}: unit_code is empty` });
      return;
    }
    if (!knownUnits.has(unit)) {
      problems.push({
        line,
        field: 'unit_code',
        message: `line ${line}: unknown ${unitName} "${unit}"`,
      });
      return;
    }
    const previous = seen.get(unit);
    if (previous !== undefined) {
      problems.push({
        line,
        field: 'unit_code',
        message: `line ${line}: ${unitName} ${unit} is already on line ${previous}`,
      });
      return;
    }
    seen.set(unit, line);
    const code = (row.groupement_code ?? '').trim();
    if (!code) {
      unitsOutside.push(unit);
      return;
    }
    if (!/^[A-Za-z0-9_-]{1,40}$/.test(code)) {
      problems.push({
        line,
        field: 'groupement_code',
        message: `line ${line}: groupement_code must be letters, digits, - or _`,
      });
      return;
    }
    const existing = groupements.get(code);
    if (!existing) {
      const groupement = groupementFromRow(row, line, problems);
      groupement.unitCodes.push(unit);
      groupements.set(code, groupement);
      rowsByCode.set(code, row);
      return;
    }
    const first = rowsByCode.get(code) as Row;
    const differing = ATTRIBUTE_COLUMNS.filter(
      (column) => (row[column] ?? '') !== (first[column] ?? ''),
    );
    if (differing.length > 0) {
      problems.push({
        line,
        message: `line ${line}: groupement ${code} has ${differing.join(', ')} different from line ${existing.line}`,
      });
    }
    existing.unitCodes.push(unit);
  });

  const missing = [...knownUnits].filter((unit) => !seen.has(unit));
  if (missing.length > 0) {
    problems.push({
      message: `${missing.length} ${unitName}(s) missing (each must appear once; an empty groupement_code leaves it outside every groupement): ${missing.slice(0, 20).join(', ')}${missing.length > 20 ? '…' : ''}`,
    });
  }

  const list = [...groupements.values()];
  if (list.length === 0 && problems.length === 0) {
    problems.push({ message: 'the file assigns no unit to any groupement' });
  }
  for (const groupement of list) {
    for (const indicator of groupement.indicators) {
      if (indicator.rank > list.length) {
        problems.push({
          line: groupement.line,
          message: `line ${groupement.line}: rank ${indicator.rank} of ${indicator.kind} exceeds the number of groupements (${list.length})`,
        });
      }
    }
  }
  assignPriorities(list, problems);
  return { groupements: list, unitsOutside, problems };
}

/**
 * Priority order: as given in `priority_order` (all or none, 1..n, unique), or else by rank sum, the
 * highest sum first (ties by code). A higher rank means a higher need: see docs/groupement-import.md.
 */
function assignPriorities(list: ParsedGroupement[], problems: Problem[]): void {
  const given = list.filter((groupement) => groupement.priorityOrder !== 0);
  if (given.length === 0) {
    [...list]
      .sort((a, b) => b.rankSum - a.rankSum || a.code.localeCompare(b.code))
      .forEach((groupement, index) => {
        groupement.priorityOrder = index + 1;
      });
    return;
  }
  const orders = new Set(given.map((groupement) => groupement.priorityOrder));
  const valid = given.every(
    (g) =>
      Number.isInteger(g.priorityOrder) && g.priorityOrder >= 1 && g.priorityOrder <= list.length,
  );
  if (given.length !== list.length || orders.size !== list.length || !valid) {
    problems.push({
      field: 'priority_order',
      message: `priority_order must be given for every groupement or none, as distinct whole numbers 1..${list.length}`,
    });
  }
}
