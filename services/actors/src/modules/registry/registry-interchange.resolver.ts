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

import { requireRole, Role } from '@bxl/common';

import type { ActorsContext } from '../../context';
import { toCsv } from '../../interchange/csv/csv.format';
import { toHsds, toNdjson } from '../../interchange/hsds/hsds.export';
import { ImportFormat, importFile } from './registry-import';
import { ImportReport } from './registry.importer';
import { loadRegistryRecords } from './registry.snapshot';

export { ImportFormat };

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
    return importFile(context.em, context.services.territories, identity, input);
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
