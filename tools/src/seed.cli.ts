// npm run seed — migrate and seed every subgraph (what npm start does first), then stop. Idempotent:
// seeders only add what is missing. Uses DATABASE_URL, else the embedded PostgreSQL of npm start.
import { createLogger, runMain } from '@bxl/common';

import { startStack } from './stack';
import { loadStackEnv, stackOptions } from './stack.config';

const env = loadStackEnv();
const logger = createLogger('seed', env.LOG_LEVEL);

runMain(async () => {
  // The actors seed places its sites through the territories subgraph: run them, on free ports.
  const stack = await startStack(stackOptions(env, logger, 0));
  await stack.stop();
  logger.info('seeded');
  return 0;
});
