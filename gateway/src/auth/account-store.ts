import { createHash } from 'node:crypto';

import type { Pool } from 'pg';

import { appendChanges, migrateChangeLog, openPool, Role } from '@bxl/common';

/**
 * Local accounts of the editors' workspace, owned by the gateway: schema `auth`, created
 * idempotently at start (two small tables; no ORM for them). Failed sign-ins are counted per e-mail
 * (known or not, so a lockout tells nothing about which accounts exist); each sign-in, failed or
 * not, goes to the change log (entity `Account`; common's events module, which `prepare` migrates).
 */
const SCHEMA = `
create schema if not exists auth;
create table if not exists auth.account (
  email text primary key check (email = lower(email)),
  roles text[] not null,
  password_hash text not null,
  created_at timestamptz not null default now(),
  updated_at timestamptz not null default now()
);
create table if not exists auth.sign_in_throttle (
  email text primary key,
  failures int not null,
  locked_until timestamptz
);
create table if not exists auth.revoked_session (
  token_hash text primary key,
  expires_at timestamptz not null
);`;

export interface Account {
  email: string;
  roles: Role[];
  passwordHash: string;
}

export interface ThrottleState {
  /** Seconds until another attempt is heard (0: now). */
  retryAfterSeconds: number;
}

export interface LockoutPolicy {
  /** Failures in a row before the account is locked. */
  after: number;
  /** The first lock; each further failure doubles it, up to `maxSeconds`. */
  firstSeconds: number;
  maxSeconds: number;
}

export const DEFAULT_LOCKOUT: LockoutPolicy = { after: 5, firstSeconds: 30, maxSeconds: 900 };

/** Sessions are remembered by a hash of their token: the table holds nothing that signs in. */
const tokenHash = (token: string) => createHash('sha256').update(token).digest('base64url');

export const normaliseEmail = (email: string) => email.trim().toLowerCase();

const isRole = (value: string): value is Role => value === Role.EDITOR || value === Role.ADMIN;

export class AccountStore {
  private readonly pool: Pool;
  constructor(
    databaseUrl: string,
    readonly lockout: LockoutPolicy = DEFAULT_LOCKOUT,
  ) {
    this.pool = openPool({
      connectionString: databaseUrl,
      max: 4,
      application_name: 'bxl-accounts',
    });
  }

  async prepare(): Promise<void> {
    // Two gateways starting together: the advisory lock makes the `if not exists` race-free.
    const client = await this.pool.connect();
    try {
      await client.query('select pg_advisory_lock(hashtext($1))', ['auth.schema']);
      await client.query(SCHEMA);
      await migrateChangeLog(client);
    } finally {
      await client.query('select pg_advisory_unlock(hashtext($1))', ['auth.schema']);
      client.release();
    }
  }

  async close(): Promise<void> {
    await this.pool.end();
  }

  /** Adds an account, or replaces the password and roles of an existing one. */
  async upsert(email: string, roles: Role[], passwordHash: string): Promise<'created' | 'updated'> {
    const { rows } = await this.pool.query<{ created: boolean }>(
      `insert into auth.account (email, roles, password_hash) values ($1, $2, $3)
       on conflict (email) do update set roles = excluded.roles,
         password_hash = excluded.password_hash, updated_at = now()
       returning (xmax = 0) as created`,
      [normaliseEmail(email), roles, passwordHash],
    );
    return rows[0]?.created ? 'created' : 'updated';
  }

  async find(email: string): Promise<Account | null> {
    const { rows } = await this.pool.query<{
      email: string;
      roles: string[];
      password_hash: string;
    }>('select email, roles, password_hash from auth.account where email = $1', [
      normaliseEmail(email),
    ]);
    const row = rows[0];
    return row
      ? { email: row.email, roles: row.roles.filter(isRole), passwordHash: row.password_hash }
      : null;
  }

  /** How long this e-mail must wait before a sign-in is tried (0: it may try now). */
  async throttle(email: string): Promise<ThrottleState> {
    const { rows } = await this.pool.query<{ wait: number }>(
      `select greatest(0, ceil(extract(epoch from locked_until - now())))::int as wait
       from auth.sign_in_throttle where email = $1`,
      [normaliseEmail(email)],
    );
    return { retryAfterSeconds: rows[0]?.wait ?? 0 };
  }

  /** Counts a failure; from the `after`-th in a row, locks for a doubling time. */
  async recordFailure(email: string): Promise<ThrottleState> {
    const { after, firstSeconds, maxSeconds } = this.lockout;
    const { rows } = await this.pool.query<{ failures: number }>(
      `insert into auth.sign_in_throttle as t (email, failures) values ($1, 1)
       on conflict (email) do update set failures = t.failures + 1
       returning failures`,
      [normaliseEmail(email)],
    );
    const failures = rows[0]?.failures ?? 1;
    if (failures < after) {
      return { retryAfterSeconds: 0 };
    }
    const seconds = Math.min(maxSeconds, firstSeconds * 2 ** (failures - after));
    await this.pool.query(
      `update auth.sign_in_throttle set locked_until = now() + make_interval(secs => $2) where email = $1`,
      [normaliseEmail(email), seconds],
    );
    return { retryAfterSeconds: seconds };
  }

  async clearFailures(email: string): Promise<void> {
    await this.pool.query('delete from auth.sign_in_throttle where email = $1', [
      normaliseEmail(email),
    ]);
  }

  /** Ends a session before its token expires (sign-out); forgets the sessions expired since. */
  async revoke(token: string, expiresAt: Date): Promise<void> {
    await this.pool.query(
      `with gone as (delete from auth.revoked_session where expires_at < now())
       insert into auth.revoked_session (token_hash, expires_at) values ($1, $2)
       on conflict (token_hash) do nothing`,
      [tokenHash(token), expiresAt],
    );
  }

  async isRevoked(token: string): Promise<boolean> {
    const { rowCount } = await this.pool.query(
      'select 1 from auth.revoked_session where token_hash = $1',
      [tokenHash(token)],
    );
    return (rowCount ?? 0) > 0;
  }

  /** Writes a sign-in (or its failure, or a sign-out) to the change log. */
  async audit(
    email: string,
    operation: 'SIGN_IN' | 'SIGN_IN_FAILED' | 'SIGN_IN_LOCKED' | 'SIGN_OUT',
    detail: Record<string, unknown>,
  ): Promise<void> {
    const subject = normaliseEmail(email).slice(0, 320);
    await appendChanges(this.pool, {
      actor: subject,
      entity: 'Account',
      entityId: subject,
      operation,
      changes: [{ field: 'session', before: null, after: detail }],
    });
  }
}
