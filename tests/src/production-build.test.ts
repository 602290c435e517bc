// The production image without Docker: the runtime stage's tree (support/runtime-tree.ts) has only
// built JavaScript and production dependencies; every service runs from it with plain
// node (no TypeScript loader), NODE_ENV=production, as docker-compose.yml runs them, and answers.
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
      database = await createTestDatabase(); // empty: every service migrates and seeds it from dist
    });

    afterAll(async () => {
      await Promise.all(services.map((service) => stopNode(service.child)));
      await database.drop();
    });

    it('runs every service as docker-compose.yml does, and answers through the gateway', async () => {
      const ports = {
        territories: await freePort(),
        actors: await freePort(),
        collaborations: await freePort(),
        search: await freePort(),
        gateway: await freePort(),
      };
      const url = (name: keyof typeof ports, path = 'graphql') =>
        `http://127.0.0.1:${ports[name]}/${path}`;
      const shared = { DATABASE_URL: database.url, GATEWAY_SECRET: SECRET };
      const keys = { AUTH_SIGNING_KEYS: `production:${SECRET}` };
      // In compose's order: each waits for the ones it needs to be ready.
      const topology: Array<[keyof typeof ports, string, Record<string, string>]> = [
        ['territories', 'services/territories/dist/main.js', {}],
        ['actors', 'services/actors/dist/main.js', { SYNTHETIC_SERVICES: '0' }],
        ['collaborations', 'services/collaborations/dist/main.js', {}],
        ['search', 'services/search/dist/main.js', { ...keys, INDEXER_POLL_MS: '500' }],
        ['gateway', 'gateway/dist/main.js', keys],
      ];
      for (const [name, entry, env] of topology) {
        const service = startNode(app, entry, {
          ...shared,
          ...env,
          [`${name.toUpperCase()}_PORT`]: String(ports[name]),
          TERRITORIES_URL: url('territories'),
          ACTORS_URL: url('actors'),
          COLLABORATIONS_URL: url('collaborations'),
          SEARCH_URL: url('search'),
          GATEWAY_URL: url('gateway'),
        });
        services.push(service);
        // Search is ready once its indexer reaches the gateway, which starts after it.
        await waitFor(url(name, name === 'search' ? 'health' : 'ready'), service);
      }

      const query = async <T>(text: string): Promise<T> => {
        const response = await fetch(url('gateway'), {
          method: 'POST',
          headers: { 'content-type': 'application/json' },
          body: JSON.stringify({ query: text }),
        });
        const body = (await response.json()) as { data?: T; errors?: unknown };
        expect(body.errors).toBeUndefined();
        return body.data as T;
      };
      const answer = await query<{
        locate: { commune: { code: string } };
        communes: unknown[];
        services: { totalCount: number };
        localSocialHealthContracts: { totalCount: number };
      }>(`{ locate(latitude: 50.8375, longitude: 4.347) { commune { code } } communes { id }
        services(first: 1) { totalCount } localSocialHealthContracts(first: 1) { totalCount } }`);
      expect(answer.locate.commune.code).toBe('21004');
      expect(answer.communes).toHaveLength(19);
      expect(answer.services.totalCount).toBeGreaterThan(0);
      expect(answer.localSocialHealthContracts.totalCount).toBeGreaterThan(0);
      // The indexer builds documents through the gateway; search reads its synonyms from data/.
      const deadline = Date.now() + 60_000;
      let found = 0;
      while (found === 0 && Date.now() < deadline) {
        const { searchServices } = await query<{ searchServices: { total: number } }>(
          '{ searchServices(query: "mediation de dettes") { total } }',
        );
        found = searchServices.total;
        await new Promise((done) => setTimeout(done, 500));
      }
      expect(found).toBeGreaterThan(0);

      const page = await fetch(url('gateway', ''), { headers: { accept: 'text/html' } });
      expect(page.status).toBe(200);
      expect(await page.text()).toContain('<div id="root"');
    }, 150_000);
  });
});
