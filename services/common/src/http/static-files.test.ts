import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

import { ApolloServer } from '@apollo/server';

import { createLogger } from '../logger';
import { createHttpServer, listen } from './http-server';
import type { RunningServer } from './http-server';
import { createStaticSite } from './static-files';

// The gateway's HTTP routing with a web application: pages and assets for browsers, GraphQL for
// clients, on the same origin; nothing outside the build folder.
describe('a web application served beside GraphQL', () => {
  let root: string;
  let running: RunningServer;
  let base: string;
  beforeAll(async () => {
    root = mkdtempSync(join(tmpdir(), 'bxl-web-'));
    mkdirSync(join(root, 'assets'));
    writeFileSync(join(root, 'index.html'), '<!doctype html><title>app</title>');
    writeFileSync(join(root, 'explorer.html'), '<!doctype html><title>explorer</title>');
    writeFileSync(join(root, 'assets', 'main-abc.js'), 'console.log("app");'.repeat(50));
    writeFileSync(join(tmpdir(), 'bxl-secret.txt'), 'outside');
    const apollo = new ApolloServer({
      typeDefs: 'type Query { ok: Boolean }',
      resolvers: { Query: { ok: () => true } },
    });
    await apollo.start();
    running = await listen(
      createHttpServer({
        apollo,
        context: async () => ({}),
        ready: async () => true,
        logger: createLogger('test', 'silent'),
        site: createStaticSite(root),
      }),
      0,
      '127.0.0.1',
    );
    base = `http://127.0.0.1:${running.port}`;
  });
  afterAll(async () => {
    await running?.close();
    rmSync(root, { recursive: true, force: true });
  });

  const html = { accept: 'text/html,application/xhtml+xml' };

  it('serves the application at / and at its routes, with a policy that allows this origin only', async () => {
    for (const path of ['/', '/service/svc%3Aabc', '/territory/bassin%3Anord']) {
      const response = await fetch(base + path, { headers: html });
      expect(response.status).toBe(200);
      expect(await response.text()).toContain('<title>app</title>');
      expect(response.headers.get('content-security-policy')).toContain("default-src 'self'");
      expect(response.headers.get('cache-control')).toBe('no-cache');
    }
  });

  it('serves hashed assets gzipped and cached for a year; a missing file is a 404, not the page', async () => {
    const asset = await fetch(`${base}/assets/main-abc.js`, {
      headers: { 'accept-encoding': 'gzip' },
    });
    expect(asset.status).toBe(200);
    expect(asset.headers.get('content-encoding')).toBe('gzip');
    expect(asset.headers.get('cache-control')).toContain('immutable');
    expect(await asset.text()).toContain('console.log("app")');
    expect((await fetch(`${base}/assets/missing.js`)).status).toBe(404);
  });

  it('refuses paths outside the build folder', async () => {
    const response = await fetch(`${base}/..%2Fbxl-secret.txt`);
    expect(response.status).toBe(404);
    expect(await response.text()).not.toContain('outside');
  });

  it('shows the explorer to a browser on /graphql, and GraphQL to everyone else, there and on /', async () => {
    const page = await fetch(`${base}/graphql`, { headers: html });
    expect(await page.text()).toContain('<title>explorer</title>');
    for (const path of ['/graphql', '/']) {
      const post = await fetch(base + path, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: JSON.stringify({ query: '{ ok }' }),
      });
      expect(await post.json()).toEqual({ data: { ok: true } });
    }
    const get = await fetch(`${base}/graphql?query=${encodeURIComponent('{ ok }')}`, {
      headers: { accept: 'application/json', 'apollo-require-preflight': 'true' },
    });
    expect(await get.json()).toEqual({ data: { ok: true } });
  });
});
