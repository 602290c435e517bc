// npm run seed — migrate and seed every subgraph (what npm start does first), then stop. Idempotent:
// seeders only add what is missing. Uses DATABASE_URL, else the embedded PostgreSQL of npm start.
import { createLogger, runMain } from '@bxl/common';

import { startDirectory } from './directory';
import { directoryOptions, loadDirectoryEnv } from './directory.config';

const env = loadDirectoryEnv();
const logger = createLogger('seed', env.LOG_LEVEL);

runMain(async () => {
  // The actors seed places its sites through the territories subgraph: run them, on free ports.
  const stack = await startDirectory(directoryOptions(env, logger, 0));
  await stack.stop();
  logger.info('seeded');
  return 0;
});
