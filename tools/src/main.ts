// npm start — the whole directory on embedded defaults: open the URL it prints.
import { resolve } from 'node:path';

import { createLogger, runMain, stopOnSignals } from '@bxl/common';

import { startDirectory } from './directory';
import { directoryOptions, loadDirectoryEnv } from './directory.config';
import { ensureWebBuild } from './web/web-build';

const env = loadDirectoryEnv();
const logger = createLogger('directory', env.LOG_LEVEL);

runMain(async () => {
  const webRoot = ensureWebBuild(logger);
  const options = directoryOptions(env, logger);
  const stack = await startDirectory({
    ...options,
    gateway: { ...options.gateway, webRoot },
    searchThread: { logLevel: env.LOG_LEVEL },
  });
  stopOnSignals(stack.stop, logger);
  const where = stack.embeddedDatabase
    ? ` (embedded PostgreSQL, data in ${resolve(env.DATA_DIR)})`
    : '';
  const { real, synthetic } = stack.records;
  const leftOut =
    env.SYNTHETIC_SERVICES === 0 && synthetic.services > 0
      ? ' (SYNTHETIC_SERVICES=0 applies to a fresh data folder: this one was seeded with them)'
      : '';
  process.stdout.write(
    `\nBrussels social-health directory is ready${where}.\n` +
      `Loaded ${real.services} real services (${real.organisations} organisations) and ` +
      `${synthetic.services} synthetic ones (${synthetic.organisations} organisations)${leftOut}.\n` +
      `Open ${new URL('/', stack.url).href} (GraphQL and its explorer: ${stack.url}; ` +
      `Open Referral HSDS feed: ${new URL('/hsds/', stack.url).href}) — Ctrl-C stops everything.\n\n`,
  );
});
