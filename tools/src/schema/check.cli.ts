// npm run schema:check [-- --dir <folder>] — regenerate every schema file and compare with the
// committed ones; exits 1, naming the stale files, if the code changed without `schema:emit`/`compose`.
import { resolve } from 'node:path';

import { SCHEMA_DIR, staleSchemaFiles } from './schema-files';

const at = process.argv.indexOf('--dir');
const dir = at > 0 && process.argv[at + 1] ? resolve(process.argv[at + 1] as string) : SCHEMA_DIR;

staleSchemaFiles(dir)
  .then((stale) => {
    if (stale.length > 0) {
      process.stderr.write(
        `schema:check failed: ${stale.join(', ')} in ${dir} do not match the code.\nRun: npm run schema:emit && npm run schema:compose, and commit schema/.\n`,
      );
      process.exit(1);
    }
    process.stdout.write('schema:check ok: schema/ matches the code\n');
  })
  .catch((error: unknown) => {
    process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
    process.exit(1);
  });
