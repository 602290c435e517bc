import type { EntityManager } from '@mikro-orm/postgresql';
import { registerEnumType } from 'type-graphql';

import { assertNoProblems } from '@bxl/common';
import type { Identity } from '@bxl/common';

import { fromBruxellesSocial } from '../../interchange/bruxelles-social/bruxelles-social.import';
import { fromCsv } from '../../interchange/csv/csv.format';
import { fromHsds } from '../../interchange/hsds/hsds.import';
import { emptyRecords } from '../../interchange/interchange.records';
import type { ImportResult } from '../../interchange/interchange.records';
import type { TerritoryClient } from '../../territory/territory.client';
import { importRecords } from './registry.importer';
import type { ImportReport } from './registry.importer';

export enum ImportFormat {
  CSV = 'CSV',
  HSDS_JSON = 'HSDS_JSON',
  BRUXELLES_SOCIAL_JSON = 'BRUXELLES_SOCIAL_JSON',
}
registerEnumType(ImportFormat, {
  name: 'ImportFormat',
  description: 'Formats the registry imports (docs/import-export.md).',
});

/** A file that is not JSON: the only problem reported. */
export function notJson(error: unknown): ImportResult {
  const message = `not JSON: ${(error as Error).message}`;
  return { records: emptyRecords(), problems: [{ line: 1, field: 'content', message }] };
}

function parseJson(content: string): unknown {
  try {
    return JSON.parse(content);
  } catch (error) {
    assertNoProblems('The file was rejected', notJson(error).problems);
    return null;
  }
}

/** The parser of each import format. */
const PARSERS: Record<ImportFormat, (content: string) => ImportResult> = {
  [ImportFormat.CSV]: (content) => fromCsv(content),
  [ImportFormat.HSDS_JSON]: (content) => fromHsds(parseJson(content)),
  [ImportFormat.BRUXELLES_SOCIAL_JSON]: (content) => fromBruxellesSocial(parseJson(content)),
};

/** Parses a file of a format and imports it (see importRecords); the GraphQL mutation and the upload share it. */
export function importFile(
  em: EntityManager,
  territories: TerritoryClient,
  identity: Identity,
  file: { format: ImportFormat; content: string; dryRun: boolean },
): Promise<ImportReport> {
  return importParsed(em, territories, identity, PARSERS[file.format](file.content), file.dryRun);
}

/** Imports a parsed file (see importRecords) unless it has problems; an upload streams to here. */
export function importParsed(
  em: EntityManager,
  territories: TerritoryClient,
  identity: Identity,
  parsed: ImportResult,
  dryRun: boolean,
): Promise<ImportReport> {
  assertNoProblems('The file was rejected; nothing was changed', parsed.problems);
  return importRecords(em, territories, identity, parsed.records, dryRun);
}
