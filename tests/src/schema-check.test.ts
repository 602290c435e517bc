import { execFile } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

import { SCHEMA_DIR, staleSchemaFiles } from '@bxl/tools';

const run = promisify(execFile);
const ROOT = resolve(__dirname, '../..');

/** A copy of the committed schema/ folder that a test may change. */
function schemaCopy(): string {
  const dir = mkdtempSync(join(tmpdir(), 'bxl-schema-'));
  cpSync(SCHEMA_DIR, dir, { recursive: true });
  return dir;
}

describe('schema:check', () => {
  it('finds the committed schema/ up to date with the code', async () => {
    expect(await staleSchemaFiles()).toEqual([]);
  });

  it('fails, naming the file, when the code no longer matches the committed subgraph SDL', async () => {
    const dir = schemaCopy();
    // As if a resolver had gained a field after the last schema:emit: the code and the file disagree.
    const file = join(dir, 'territories.graphql');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        '  """Name in Dutch."""\n',
        '  """Name in Dutch."""\n  nameEn: String\n',
      ),
    );
    expect(await staleSchemaFiles(dir)).toEqual(['territories.graphql']);
    await expect(
      run('npm', ['run', '--silent', 'schema:check', '--', '--dir', dir], { cwd: ROOT }),
    ).rejects.toMatchObject({
      code: 1,
      stderr: expect.stringMatching(/territories\.graphql .* do not match the code/),
    });
  }, 60_000);

  it('fails when the supergraph was not recomposed', async () => {
    const dir = schemaCopy();
    const file = join(dir, 'supergraph.graphql');
    writeFileSync(
      file,
      readFileSync(file, 'utf8').replace(
        'http://127.0.0.1:4001/graphql',
        'http://elsewhere/graphql',
      ),
    );
    expect(await staleSchemaFiles(dir)).toEqual(['supergraph.graphql']);
  });
});
