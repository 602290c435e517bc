// The directory a benchmark measures: startDirectory (as `npm start` wires it) on a scratch database
// of the local PostgreSQL, on 127.0.0.1 and free ports, with keys of its own.
import { randomBytes } from 'node:crypto';

import { createLogger } from '@bxl/common';
import { createTestDatabase } from '@bxl/common/testkit';
import type { TestDatabase } from '@bxl/common/testkit';
import { startDirectory } from '@bxl/tools';
import type { Directory } from '@bxl/tools';

export interface BenchDirectory {
  directory: Directory;
  database: TestDatabase;
  stop: () => Promise<void>;
}

/** The directory with `synthetic` services beside the real records; no search indexer. */
export async function startBenchDirectory(synthetic: number): Promise<BenchDirectory> {
  const database = await createTestDatabase();
  const secret = () => randomBytes(32).toString('base64url');
  try {
    const directory = await startDirectory({
      databaseUrl: database.url,
      logger: createLogger('bench', process.env.LOG_LEVEL ?? 'silent'),
      development: false,
      seed: { synthetic },
      signingKeys: `bench:${secret()}`,
      gatewaySecret: secret(),
      gateway: { maxBodyBytes: 10_000_000 },
    });
    const stop = async () => {
      await directory.stop();
      await database.drop();
    };
    return { directory, database, stop };
  } catch (error) {
    await database.drop();
    throw error;
  }
}
