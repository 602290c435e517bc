// The production image without Docker: the runtime stage's tree (support/runtime-tree.ts) has only
// built JavaScript and production dependencies; territories and the gateway run from it with plain
// node (no TypeScript loader), NODE_ENV=production, and answer.
import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { existsSync, mkdtempSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { tmpdir } from 'node:os';
import { dirname, join, relative, resolve, sep } from 'node:path';

import { createTestDatabase } from '@bxl/common/testkit';
import type { TestDatabase } from '@bxl/common/testkit';

import { freePort } from './support/embedded-test-postgres';
import { buildRuntimeTree, runtimeCopies } from './support/runtime-tree';

const SECRET = 'production-build-secret-of-at-least-32-chars';

/** Every file below a folder. */
const files = (dir: string) =>
  readdirSync(dir, { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile())
    .map((entry) => join(entry.parentPath, entry.name));

const manifestOf = (app: string, workspace: string) =>
  JSON.parse(readFileSync(join(app, workspace, 'package.json'), 'utf8')) as {
    name: string;
    dependencies?: Record<string, string>;
  };

/** `@scope/name/deep` → `@scope/name`; `name/deep` → `name`. */
const packageOf = (specifier: string) =>
  specifier
    .split('/')
    .slice(0, specifier.startsWith('@') ? 2 : 1)
    .join('/');

/** A service run from the tree as the image runs it: `node <entry>`, nothing else. */
function startNode(app: string, entry: string, env: Record<string, string>) {
  const child = spawn(process.execPath, [join(app, entry)], {
    cwd: app,
    // Not this process's environment: no NODE_OPTIONS (no loader) can leak in.
    env: { PATH: process.env.PATH ?? '', NODE_ENV: 'production', HOST: '127.0.0.1', ...env },
    stdio: ['ignore', 'pipe', 'pipe'],
  });
  let output = '';
  child.stdout.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr.on('data', (chunk: Buffer) => (output += chunk.toString()));
  return { child, output: () => output };
}

async function waitFor(url: string, service: { child: ChildProcess; output: () => string }) {
  const deadline = Date.now() + 60_000;
  while (Date.now() < deadline) {
    if (service.child.exitCode !== null) {
      throw new Error(`${url}: exited with ${service.child.exitCode}:\n${service.output()}`);
    }
    const ok = await fetch(url).then(
      (response) => response.ok,
      () => false,
    );
    if (ok) {
      return;
    }
    await new Promise((done) => setTimeout(done, 250));
  }
  throw new Error(`${url} not ready in 60 s:\n${service.output()}`);
}

const stopNode = (child: ChildProcess) =>
  new Promise<void>((done) => {
    if (child.exitCode !== null) {
      return done();
    }
    child.once('exit', () => done());
    child.kill('SIGTERM');
  });

describe('the production build, as the runtime stage of the image holds it', () => {
  let dir: string;
  let app: string;
  /** The workspaces npm run build builds. */
  let workspaces: string[];

  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), 'bxl-production-'));
    let build: string;
    ({ build, app } = buildRuntimeTree(dir));
    // What npm run build made: <workspace>/dist for each workspace it builds.
    workspaces = ['.', 'services']
      .flatMap((parent) => readdirSync(join(build, parent)).map((name) => join(parent, name)))
      .filter((workspace) => existsSync(join(build, workspace, 'dist')));
  });

  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('holds every service, built to JavaScript only', () => {
    expect(workspaces).toContain('services/territories');
    expect(workspaces).toContain('gateway');
    const copied = runtimeCopies().filter(([, , fromBuild]) => fromBuild);
    for (const workspace of workspaces) {
      expect(copied).toContainEqual([`${workspace}/dist`, `${workspace}/dist`, true]);
    }
    for (const workspace of workspaces) {
      const built = files(join(app, workspace, 'dist'));
      expect(built).toContain(join(app, workspace, 'dist', 'index.js'));
      expect(built.filter((file) => file.endsWith('.ts'))).toEqual([]);
    }
  });

  it('requires nothing but the production dependencies of each workspace (npm ci --omit=dev)', () => {
    const builtins = new Set(builtinModules);
    const names = new Map(workspaces.map((w) => [resolve(app, w), manifestOf(app, w).name]));
    const problems: string[] = [];
    for (const workspace of workspaces) {
      const declared = new Set(Object.keys(manifestOf(app, workspace).dependencies ?? {}));
      const home = resolve(app, workspace);
      for (const file of files(join(home, 'dist'))) {
        const code = readFileSync(file, 'utf8');
        for (const [, specifier = ''] of code.matchAll(/\brequire\("([^"]+)"\)/g)) {
          let needed: string | undefined;
          if (specifier.startsWith('.')) {
            // Another workspace's dist (the build's rewrite of `@bxl/…`): that workspace is needed.
            const target = resolve(dirname(file), specifier);
            if (!target.startsWith(home + sep)) {
              const other = [...names].find(([folder]) => target.startsWith(folder + sep));
              needed = other?.[1] ?? `(outside any workspace) ${relative(app, target)}`;
            }
          } else if (!specifier.startsWith('node:') && !builtins.has(specifier)) {
            needed = packageOf(specifier);
          }
          if (needed && !declared.has(needed)) {
            problems.push(
              `${relative(app, file)} requires ${needed}: not a dependency of ${workspace}`,
            );
          }
        }
      }
    }
    expect(problems).toEqual([]);
  });

  describe('run with plain node', () => {
    let database: TestDatabase;
    const services: Array<ReturnType<typeof startNode>> = [];

    beforeAll(async () => {
      database = await createTestDatabase(); // empty: territories migrates and seeds it from dist
    });

    afterAll(async () => {
      await Promise.all(services.map((service) => stopNode(service.child)));
      await database.drop();
    });

    it('serves territories through the gateway, and the web application', async () => {
      const [territoriesPort, gatewayPort, nobody] = [
        await freePort(),
        await freePort(),
        await freePort(),
      ];
      const territories = startNode(app, 'services/territories/dist/main.js', {
        DATABASE_URL: database.url,
        TERRITORIES_PORT: String(territoriesPort),
        GATEWAY_SECRET: SECRET,
      });
      services.push(territories);
      await waitFor(`http://127.0.0.1:${territoriesPort}/ready`, territories);
      const elsewhere = `http://127.0.0.1:${nobody}/graphql`;
      const gateway = startNode(app, 'gateway/dist/main.js', {
        GATEWAY_PORT: String(gatewayPort),
        TERRITORIES_URL: `http://127.0.0.1:${territoriesPort}/graphql`,
        ACTORS_URL: elsewhere,
        COLLABORATIONS_URL: elsewhere,
        SEARCH_URL: elsewhere,
        GATEWAY_SECRET: SECRET,
        AUTH_SIGNING_KEYS: `production:${SECRET}`,
      });
      services.push(gateway);
      const base = `http://127.0.0.1:${gatewayPort}`;
      await waitFor(`${base}/health`, gateway);

      const response = await fetch(`${base}/graphql`, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({
          query:
            '{ locate(latitude: 50.8375, longitude: 4.347) { commune { code } } communes { id } }',
        }),
      });
      const body = (await response.json()) as {
        data?: { locate: { commune: { code: string } }; communes: unknown[] };
        errors?: unknown;
      };
      expect(body.errors).toBeUndefined();
      expect(body.data?.locate.commune.code).toBe('21004');
      expect(body.data?.communes).toHaveLength(19);

      const page = await fetch(`${base}/`, { headers: { accept: 'text/html' } });
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<div id="root"');
    });
  });
});
