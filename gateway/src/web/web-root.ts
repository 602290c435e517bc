import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';

import type { Logger } from '@bxl/common';

/** The web application's build (`npm run web:build`): what the gateway serves at `/`. */
export const WEB_DIST_DIR = resolve(__dirname, '../../../services/web/dist');

/** The production gateway serves the build if there is one, and says so when there is none. */
export function webRootOrWarn(dir: string, logger: Logger): string | undefined {
  if (!dir) {
    return undefined;
  }
  if (!existsSync(join(dir, 'index.html'))) {
    logger.warn({ dir }, 'no web application built there (npm run web:build): GraphQL only');
    return undefined;
  }
  return dir;
}
