import { randomBytes } from 'node:crypto';

import { Client } from 'pg';
import { z } from 'zod';

import { parseEnv } from '../env';

const testEnv = () =>
  parseEnv({
    TEST_ADMIN_DATABASE_URL: z.url().default('postgres://postgres@127.0.0.1:5432/postgres'),
  });

/** The admin connection tests create and drop their databases with. */
export function adminDatabaseUrl(): string {
  return testEnv().TEST_ADMIN_DATABASE_URL;
}

export function databaseUrl(name: string): string {
  const url = new URL(adminDatabaseUrl());
  url.pathname = `/${name}`;
  return url.toString();
}

async function withAdmin<T>(work: (client: Client) => Promise<T>): Promise<T> {
  const client = new Client({ connectionString: adminDatabaseUrl() });
  await client.connect();
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

export async function databaseExists(name: string): Promise<boolean> {
  return withAdmin(async (client) => {
    const result = await client.query('select 1 from pg_database where datname = $1', [name]);
    return result.rowCount === 1;
  });
}

export async function dropDatabase(name: string): Promise<void> {
  await withAdmin((client) => client.query(`drop database if exists "${name}" with (force)`));
}

export interface TestDatabase {
  name: string;
  url: string;
  drop: () => Promise<void>;
}

/**
 * A fresh database on the real PostgreSQL for one test file, optionally a copy of a prepared
 * template (PostgreSQL copies a database in milliseconds, far faster than migrating and seeding).
 */
export async function createTestDatabase(
  options: { template?: string } = {},
): Promise<TestDatabase> {
  const name = `bxl_test_${process.pid}_${randomBytes(4).toString('hex')}`;
  const template = options.template ? ` template "${options.template}"` : '';
  await withAdmin((client) => client.query(`create database "${name}"${template}`));
  return { name, url: databaseUrl(name), drop: () => dropDatabase(name) };
}

/** Creates a database under a fixed name (a template), replacing any previous one. */
export async function createNamedDatabase(name: string): Promise<string> {
  await withAdmin(async (client) => {
    await client.query(`drop database if exists "${name}" with (force)`);
    await client.query(`create database "${name}"`);
  });
  return databaseUrl(name);
}
