import { execFile } from 'node:child_process';
import { resolve } from 'node:path';
import { promisify } from 'node:util';

import { Client } from 'pg';

import { createTestDatabase } from '@bxl/common/testkit';
import type { TestDatabase } from '@bxl/common/testkit';

const run = promisify(execFile);
let database: TestDatabase;
beforeAll(async () => {
  database = await createTestDatabase();
});
afterAll(() => database?.drop());

async function counts(): Promise<Record<string, number>> {
  const client = new Client({ connectionString: database.url });
  await client.connect();
  try {
    const result = await client.query<{ name: string; n: number }>(
      `select 'territories' as name, count(*)::int as n from territories.territory
       union all select 'services', count(*)::int from actors.service
       union all select 'sites', count(*)::int from actors.site`,
    );
    return Object.fromEntries(result.rows.map((row) => [row.name, row.n]));
  } finally {
    await client.end();
  }
}

describe('npm run seed', () => {
  it('migrates and seeds every subgraph, and a second run changes nothing', async () => {
    const seed = () =>
      run('npm', ['run', '--silent', 'seed'], {
        cwd: resolve(__dirname, '../..'),
        env: {
          ...process.env,
          DATABASE_URL: database.url,
          SYNTHETIC_SERVICES: '60',
          LOG_LEVEL: 'info',
        },
      });
    const first = await seed();
    expect(first.stdout).toMatch(/territories seeded/);
    expect(first.stdout).toMatch(/actors seeded/);
    const after = await counts();
    expect(after.territories).toBeGreaterThan(900);
    expect(after.services).toBe(69 + 60);
    const second = await seed();
    expect(second.stdout).not.toMatch(/territories seeded|actors seeded/);
    expect(await counts()).toEqual(after);
  }, 120_000);
});
