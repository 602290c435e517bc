// npm run schema:compose — compose schema/<subgraph>.graphql into schema/supergraph.graphql.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';

import {
  composeSupergraph,
  readSchemaFile,
  SCHEMA_DIR,
  subgraphFile,
  SUPERGRAPH_FILE,
} from './schema-files';
import { SUBGRAPHS } from './subgraphs';

try {
  const files = new Map(
    SUBGRAPHS.map((s) => [subgraphFile(s.name), readSchemaFile(subgraphFile(s.name)) ?? '']),
  );
  writeFileSync(join(SCHEMA_DIR, SUPERGRAPH_FILE), composeSupergraph(files));
  process.stdout.write(`wrote schema/${SUPERGRAPH_FILE}\n`);
} catch (error) {
  process.stderr.write(`${error instanceof Error ? error.message : String(error)}\n`);
  process.exit(1);
}
