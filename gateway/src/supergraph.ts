import { readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';

/** The committed schema files (`npm run schema:emit` / `schema:compose` write them). */
export const SCHEMA_DIR = resolve(__dirname, '../../schema');
export const SUPERGRAPH_FILE = 'supergraph.graphql';

export function readSchemaFile(name: string, dir = SCHEMA_DIR): string | undefined {
  try {
    return readFileSync(join(dir, name), 'utf8');
  } catch {
    return undefined;
  }
}

/** The committed supergraph the gateway serves. */
export function loadSupergraph(dir = SCHEMA_DIR): string {
  const sdl = readSchemaFile(SUPERGRAPH_FILE, dir);
  if (!sdl) {
    throw new Error(
      `${join(dir, SUPERGRAPH_FILE)} is missing: run npm run schema:emit && npm run schema:compose`,
    );
  }
  return sdl;
}
