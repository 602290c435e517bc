// npm run groupements:import -- <table.csv> --unit SECTOR|QUARTIER --name "…" --source "…" [--dry-run]
// Imports the official groupement table (format: docs/groupement-import.md), all or nothing.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

import { BadUserInputError, runMain } from '@bxl/common';

import { GroupementImporter, GroupementUnit } from '../modules/groupement/groupement.importer';
import { withTerritoriesDatabase } from './cli-database';

const USAGE =
  'usage: npm run groupements:import -- <table.csv> --unit SECTOR|QUARTIER --name NAME --source SOURCE [--dry-run]';

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      unit: { type: 'string' },
      name: { type: 'string' },
      source: { type: 'string' },
      'dry-run': { type: 'boolean', default: false },
    },
  });
  const unit = values.unit?.toUpperCase();
  if (
    positionals.length !== 1 ||
    (unit !== GroupementUnit.SECTOR && unit !== GroupementUnit.QUARTIER) ||
    !values.name ||
    !values.source
  ) {
    process.stderr.write(`${USAGE}\n`);
    return 2;
  }
  const file = positionals[0] as string;
  return withTerritoriesDatabase('groupements-import', async (db, logger) => {
    try {
      const report = await new GroupementImporter(logger).import(
        db.em.fork(),
        {
          csv: readFileSync(file, 'utf8'),
          unit: unit as GroupementUnit,
          name: values.name as string,
          source: values.source as string,
          dryRun: values['dry-run'] ?? false,
        },
        `cli:${process.env.USER ?? 'unknown'}`,
      );
      process.stdout.write(`${JSON.stringify(report, null, 2)}\n`);
      return 0;
    } catch (error) {
      if (error instanceof BadUserInputError) {
        const problems = (error.details.problems ?? []) as Array<{ message: string }>;
        process.stderr.write(
          `${error.message}\n${problems.map((p) => `  - ${p.message}`).join('\n')}\n`,
        );
        return 1;
      }
      throw error;
    }
  });
}

runMain(main);
