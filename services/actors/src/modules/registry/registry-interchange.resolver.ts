import {
  Arg,
  Ctx,
  Field,
  InputType,
  Mutation,
  Query,
  registerEnumType,
  Resolver,
} from 'type-graphql';

import { assertNoProblems, requireRole, Role } from '@bxl/common';

import type { ActorsContext } from '../../context';
import { fromBruxellesSocial } from '../../interchange/bruxelles-social.import';
import { fromCsv, toCsv } from '../../interchange/csv.format';
import { toHsds, toNdjson } from '../../interchange/hsds.export';
import { fromHsds } from '../../interchange/hsds.import';
import type { ImportResult } from '../../interchange/interchange.records';
import { ImportReport, importRecords } from './registry.importer';
import { loadRegistryRecords } from './registry.snapshot';

export enum ImportFormat {
  CSV = 'CSV',
  HSDS_JSON = 'HSDS_JSON',
  BRUXELLES_SOCIAL_JSON = 'BRUXELLES_SOCIAL_JSON',
}
registerEnumType(ImportFormat, {
  name: 'ImportFormat',
  description: 'Formats the registry imports (docs/import-export.md).',
});

export enum ExportFormat {
  HSDS_JSON = 'HSDS_JSON',
  HSDS_NDJSON = 'HSDS_NDJSON',
  CSV = 'CSV',
}
registerEnumType(ExportFormat, {
  name: 'ExportFormat',
  description: 'Formats the registry exports (docs/import-export.md).',
});

@InputType({ description: 'A file to import into the registry.' })
export class ImportRegistryInput {
  @Field(() => ImportFormat, { description: 'Its format.' })
  format!: ImportFormat;

  @Field({ description: 'Its content (text).' })
  content!: string;

  @Field({ defaultValue: false, description: 'Validate and count only; write nothing.' })
  dryRun!: boolean;
}

function parseJson(content: string): unknown {
  try {
    return JSON.parse(content);
  } catch (error) {
    assertNoProblems('The file was rejected', [
      { line: 1, field: 'content', message: `not JSON: ${(error as Error).message}` },
    ]);
    return null;
  }
}

/** The parser of each import format. */
const PARSERS: Record<ImportFormat, (content: string) => ImportResult> = {
  [ImportFormat.CSV]: (content) => fromCsv(content),
  [ImportFormat.HSDS_JSON]: (content) => fromHsds(parseJson(content)),
  [ImportFormat.BRUXELLES_SOCIAL_JSON]: (content) => fromBruxellesSocial(parseJson(content)),
};

@Resolver()
export class RegistryInterchangeResolver {
  @Mutation(() => ImportReport, {
    description:
      'Editors: import a file (CSV, HSDS 3.0 JSON, Bruxelles Social JSON), all or nothing: upsert by external id, every problem numbered by record.',
  })
  async importRegistry(
    @Arg('input', () => ImportRegistryInput) input: ImportRegistryInput,
    @Ctx() context: ActorsContext,
  ) {
    const identity = requireRole(context.identity, Role.EDITOR);
    const parsed = PARSERS[input.format](input.content);
    assertNoProblems('The file was rejected; nothing was changed', parsed.problems);
    return importRecords(
      context.em,
      context.services.territories,
      identity,
      parsed.records,
      input.dryRun,
    );
  }

  @Query(() => String, {
    description:
      'Editors only: the registry (records not archived) as HSDS 3.0 JSON with the Brussels profile, HSDS ndjson, or CSV (the whole registry in one answer is too costly to offer anonymously).',
  })
  async exportRegistry(
    @Arg('format', () => ExportFormat) format: ExportFormat,
    @Ctx() context: ActorsContext,
  ) {
    requireRole(context.identity, Role.EDITOR);
    const records = await loadRegistryRecords(context.em);
    if (format === ExportFormat.CSV) {
      return toCsv(records);
    }
    const document = toHsds(records, new Date());
    return format === ExportFormat.HSDS_NDJSON
      ? toNdjson(document)
      : JSON.stringify(document, null, 2);
  }
}
