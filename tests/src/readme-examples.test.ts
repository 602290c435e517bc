import { execFile, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { promisify } from 'node:util';

import { graphqlRequest } from '@bxl/common/testkit';

import { startTestStack } from './support/test-stack';
import type { TestStack } from './support/test-stack';

/**
 * Every example of the README and of docs/portals.md, as written there: the GraphQL blocks through
 * the gateway, the shell blocks of the portal page with curl (the address of `npm start` replaced by
 * the test gateway's), and the README's npm commands whose output is captured. Edit an example and
 * this suite runs the new one; break one and it fails.
 */
const ROOT = resolve(__dirname, '..', '..');
const DOCS = ['README.md', 'docs/portals.md'];
const NPM_START = 'http://127.0.0.1:4000';

interface Block {
  file: string;
  language: string;
  code: string;
}

function blocks(file: string): Block[] {
  const text = readFileSync(join(ROOT, file), 'utf8');
  return [...text.matchAll(/^```(\w+)\n([\s\S]*?)^```$/gm)].map((match) => ({
    file,
    language: match[1] as string,
    code: match[2] as string,
  }));
}

const all = DOCS.flatMap(blocks);
const graphqlBlocks = all.filter((block) => block.language === 'graphql');
const portalShell = all.filter(
  (block) => block.file === 'docs/portals.md' && block.language === 'sh',
);
const title = (block: Block) => `${block.file}: ${block.code.split('\n')[0]?.trim()}`;

let stack: TestStack;
beforeAll(async () => {
  stack = await startTestStack({ syntheticServices: 300, searchIndexer: true });
}, 180_000);
afterAll(() => stack?.stop());

it('finds the examples (a renamed file or fence would otherwise pass silently)', () => {
  expect(graphqlBlocks.length).toBeGreaterThanOrEqual(8);
  expect(portalShell.length).toBeGreaterThanOrEqual(6);
});

describe.each(graphqlBlocks.map((block) => [title(block), block] as const))(
  'GraphQL example %s',
  (_name, block) => {
    it('runs as pasted, without errors', async () => {
      const response = await graphqlRequest(stack.gatewayUrl, block.code);
      expect(response.body.errors ?? []).toEqual([]);
      expect(response.status).toBe(200);
      // Every top-level field answered (none silently null).
      for (const [field, value] of Object.entries(response.body.data ?? {})) {
        expect([field, value]).not.toEqual([field, null]);
      }
    });
  },
);

describe.each(portalShell.map((block) => [title(block), block] as const))(
  'shell example %s',
  (_name, block) => {
    it('runs as pasted and prints what it says', async () => {
      const origin = new URL(stack.gatewayUrl).origin;
      const script = block.code.replaceAll(NPM_START, origin);
      const { stdout } = await promisify(execFile)('bash', ['-eo', 'pipefail', '-c', script], {
        cwd: mkdtempSync(join(tmpdir(), 'bxl-readme-')),
      });
      const expectations = [...block.code.matchAll(/^# expect: (.*)$/gm)].map(
        (match) => new RegExp(match[1] as string, 'mi'),
      );
      expect(expectations.length).toBeGreaterThan(0);
      for (const expected of expectations) {
        expect(stdout).toMatch(expected);
      }
    });
  },
);

describe('the README’s npm commands', () => {
  const readme = all.filter((block) => block.file === 'README.md' && block.language === 'sh');
  const line = (pattern: RegExp) => {
    const found = readme
      .flatMap((block) => block.code.split('\n'))
      .find((text) => pattern.test(text));
    if (!found) {
      throw new Error(`no README line matches ${pattern}`);
    }
    return found.replace(/\s+#.*$/, '');
  };
  const run = (command: string, cwd: string) =>
    spawnSync('bash', ['-eo', 'pipefail', '-c', `${command}\necho "$TOKEN"`], {
      cwd,
      encoding: 'utf8',
      env: {
        ...process.env,
        PATH: `${join(ROOT, 'node_modules', '.bin')}:${process.env.PATH}`,
        AUTH_SIGNING_KEYS: 'readme:a-readme-signing-secret-of-at-least-32-chars',
        DATA_DIR: mkdtempSync(join(tmpdir(), 'bxl-readme-data-')),
      },
      timeout: 120_000,
    });

  it('writes a synthetic registry with nothing but NDJSON in the file', () => {
    const command = line(/npm run -s synthetic/);
    // As pasted, from the repository's root (npm finds the script there); the file is removed after.
    const file = join(ROOT, 'registry.ndjson');
    let written: string[];
    try {
      const result = run(command, ROOT);
      expect(result.stderr).toBe('');
      expect(result.status).toBe(0);
      written = readFileSync(file, 'utf8').trim().split('\n');
    } finally {
      rmSync(file, { force: true });
    }
    expect(written.length).toBeGreaterThan(1000);
    for (const record of written) {
      expect(() => JSON.parse(record)).not.toThrow();
    }
  }, 120_000);

  it('puts a bare token in TOKEN', () => {
    const result = run(line(/TOKEN=\$\(npm run -s token/), ROOT);
    expect(result.status).toBe(0);
    expect(result.stdout.trim()).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+$/);
  }, 120_000);
});
