import type { Problem } from '@bxl/common';

import type { ServiceRecord } from '../../records/registry-records';
import { RecordProblems } from '../interchange.fields';
import { blank, emptyRecords, RecordIds, sortedById } from '../interchange.records';
import type { ImportResult } from '../interchange.records';
import { ORGANISATION_COLUMNS, SERVICE_COLUMNS, SITE_COLUMNS } from './csv.columns';
import type { CsvColumnName, CsvRow } from './csv.columns';
import { EMPTY_CSV, headerColumns, keysOf, parsedRowOf, unreadableCsv } from './csv.parse';
import type { Keys, ParsedRow, RawRecord } from './csv.parse';
import { organisationOfRow, serviceOfRow, siteOfRow } from './csv.rows';

type Kind = 'org' | 'site' | 'svc';
const KINDS: readonly Kind[] = ['org', 'site', 'svc'];
const ID_COLUMN: Readonly<Record<Kind, CsvColumnName>> = {
  org: 'org_id',
  site: 'site_id',
  svc: 'svc_id',
};
const COLUMNS: Readonly<Record<Kind, readonly CsvColumnName[]>> = {
  org: ORGANISATION_COLUMNS,
  site: SITE_COLUMNS,
  svc: SERVICE_COLUMNS,
};
const WHAT: Readonly<Record<Kind, string>> = { org: 'organisation', site: 'site', svc: 'service' };

/** The first row of a record: the one it is built from, once every id is known. */
interface First extends ParsedRow {
  kind: Kind;
  key: string;
  keys: Keys;
}

/** What one row adds, in the order fromCsv always reported it: per kind, a build or its problems. */
interface Step {
  line: number;
  noOrganisation?: boolean;
  parts: Array<{ kind: Kind; build: First } | { kind: Kind; problems: Problem[] }>;
}

/** A later row of a record may leave its cells empty; a cell it fills must repeat the first row's. */
function compareCells(row: CsvRow, first: ParsedRow, kind: Kind, check: RecordProblems): void {
  for (const name of COLUMNS[kind]) {
    const value = row[name].trim();
    const earlier = first.row[name].trim();
    if (value !== '' && value !== earlier) {
      check.add(
        name,
        `'${value}' differs from line ${first.line} ('${earlier}') for the same ${WHAT[kind]}`,
      );
    }
  }
}

/**
 * CSV records → import records, one record at a time (whole text or streamed upload alike). A row
 * is compared with its record's first row and dropped: what is kept is one row per record, the
 * links between services and sites and the problems, never the file.
 */
export class CsvReader {
  private columns: string[] | null = null;
  private failure: Problem | null = null;
  private readonly readProblems: Problem[] = [];
  private readonly firsts = new Map<string, First>();
  private readonly steps: Step[] = [];
  private readonly links = new Set<string>();

  constructor(private readonly source: string) {}

  /** The next record csv-parse gives (the header first). */
  add(raw: RawRecord): void {
    if (this.failure) {
      return;
    }
    if (!this.columns) {
      this.columns = headerColumns(raw, this.readProblems);
      return;
    }
    const parsed = parsedRowOf(raw, this.columns, this.readProblems);
    const keys = keysOf(parsed.row);
    if (!keys) {
      this.steps.push({ line: parsed.line, noOrganisation: true, parts: [] });
      return;
    }
    const step: Step = { line: parsed.line, parts: [] };
    for (const kind of KINDS) {
      const key = keys[kind];
      if (!key) {
        continue;
      }
      const earlier = this.firsts.get(`${kind}|${key}`);
      if (earlier) {
        const problems: Problem[] = [];
        compareCells(parsed.row, earlier, kind, new RecordProblems(problems, parsed.line));
        if (problems.length > 0) {
          step.parts.push({ kind, problems });
        }
      } else {
        const first = { ...parsed, kind, key, keys };
        this.firsts.set(`${kind}|${key}`, first);
        step.parts.push({ kind, build: first });
      }
    }
    if (keys.svc && keys.site) {
      this.links.add(`${keys.svc}\u0000${keys.site}`);
    }
    if (step.parts.length > 0) {
      this.steps.push(step);
    }
  }

  /** csv-parse could not read the file: the import reports only that. */
  fail(error: unknown): void {
    this.failure ??= unreadableCsv(error);
  }

  /** The records, in id order, and every problem, in the order of the file's lines. */
  result(): ImportResult {
    if (this.failure) {
      return { records: emptyRecords(), problems: [this.failure] };
    }
    if (!this.columns) {
      return { records: emptyRecords(), problems: [EMPTY_CSV] };
    }
    const problems = [...this.readProblems];
    const idOf = this.assignIds(problems);
    const records = emptyRecords();
    const services = new Map<string, ServiceRecord>();
    const siteLines = new Map<string, number>();
    for (const step of this.steps) {
      const check = new RecordProblems(problems, step.line);
      if (step.noOrganisation) {
        check.add('org_name_fr', 'the row names no organisation: give org_id or a name');
      }
      for (const part of step.parts) {
        if ('problems' in part) {
          problems.push(...part.problems);
          continue;
        }
        const { row, keys, kind, key } = part.build;
        const orgId = idOf('org', keys.org);
        if (kind === 'org') {
          records.organisations.push(organisationOfRow(row, orgId, this.source, check));
        } else if (kind === 'site') {
          const owner = blank(row.site_org_id) ?? orgId;
          const siteId = idOf('site', key);
          records.sites.push(siteOfRow(row, siteId, owner, this.source, check));
          siteLines.set(siteId, step.line);
        } else {
          const service = serviceOfRow(row, idOf('svc', key), orgId, this.source, check);
          services.set(service.id, service);
          records.services.push(service);
        }
      }
    }
    for (const link of this.links) {
      const [svc, site] = link.split('\u0000') as [string, string];
      services.get(idOf('svc', svc))?.siteIds.push(idOf('site', site));
    }
    const orgIds = new Set(records.organisations.map((org) => org.id));
    for (const site of records.sites.filter((candidate) => !orgIds.has(candidate.organisationId))) {
      const message = `no row defines the organisation '${site.organisationId}'`;
      problems.push({ line: siteLines.get(site.id) ?? 0, field: 'site_org_id', message });
    }
    return {
      records: {
        organisations: sortedById(records.organisations),
        sites: sortedById(records.sites),
        services: sortedById(records.services),
      },
      problems,
    };
  }

  /** Our id for each key: the id column when given (kept), else generated from names. */
  private assignIds(problems: Problem[]) {
    const ids = new RecordIds();
    const byKey = new Map<string, string>();
    for (const { row, kind, key, line } of this.firsts.values()) {
      const id = blank(row[ID_COLUMN[kind]]);
      if (id) {
        if (!id.startsWith(`${kind}:`)) {
          problems.push({
            line,
            field: ID_COLUMN[kind],
            message: `'${id}' must start with '${kind}:'`,
          });
        }
        ids.take(id);
        byKey.set(`${kind}|${key}`, id);
      }
    }
    for (const { row, kind, key } of this.firsts.values()) {
      const orgName = blank(row.org_name_fr) ?? blank(row.org_name_nl) ?? 'organisation';
      const bases: Record<Kind, string> = {
        org: orgName,
        site: `${orgName} ${[row.site_street_fr || row.site_street_nl, row.site_number].join(' ')}`,
        svc: blank(row.svc_name_fr) ?? blank(row.svc_name_nl) ?? 'service',
      };
      if (!byKey.has(`${kind}|${key}`)) {
        byKey.set(`${kind}|${key}`, ids.next(kind, bases[kind]));
      }
    }
    return (kind: Kind, key: string) => byKey.get(`${kind}|${key}`) as string;
  }
}
