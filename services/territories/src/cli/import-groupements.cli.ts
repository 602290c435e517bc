// npm run groupements:import -- <table.csv> --unit SECTOR|QUARTIER --name "…" --source "…" [--dry-run]
// Imports the official groupement table (format: docs/groupement-import.md), all or nothing.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

import { BadUserInputError, createLogger, loadEnvOrExit, openDatabase } from '@bxl/common';

import { territoriesEnvShape } from '../config';
import { initTerritoriesDatabase } from '../database';
import { GroupementImporter, GroupementUnit } from '../modules/groupement/groupement.importer';

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
  const env = loadEnvOrExit(territoriesEnvShape);
  const logger = createLogger('groupements-import', env.LOG_LEVEL);
  const handle = await openDatabase({
    databaseUrl: env.DATABASE_URL,
    embeddedPort: env.EMBEDDED_PG_PORT,
    logger,
  });
  const db = await initTerritoriesDatabase(handle.url, logger);
  try {
    await db.migrate();
    const report = await new GroupementImporter(logger).import(
      db.em.fork(),
      {
        csv: readFileSync(positionals[0] as string, 'utf8'),
        unit: unit as GroupementUnit,
        name: values.name,
        source: values.source,
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
  } finally {
    await db.close();
    await handle.stop();
  }
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.stack : String(error)}\n`);
    process.exit(1);
  },
);
