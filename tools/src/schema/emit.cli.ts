// npm run schema:emit — print every subgraph's SDL into schema/<name>.graphql.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import { emitSubgraphs, SCHEMA_DIR } from './schema-files';

async function main(): Promise<void> {
  for (const [name, sdl] of await emitSubgraphs()) {
    writeFileSync(join(SCHEMA_DIR, name), sdl);
    process.stdout.write(`wrote schema/${name}\n`);
  }
}

main().catch((error: unknown) => {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
});
