import { ReflectMetadataProvider } from '@mikro-orm/decorators/legacy';
import { Migrator } from '@mikro-orm/migrations';
import { MikroORM } from '@mikro-orm/postgresql';
import type { EntityManager, Options } from '@mikro-orm/postgresql';

import { migrateChangeLog } from '../events/change-log.migration';
import type { Logger } from '../logger';

/** Counts the SQL statements an ORM sends: how tests prove there is no N+1. */
export class SqlCounter {
  count = 0;
  readonly statements: string[] = [];
  private recording = false;

  observe(sql: string): void {
    this.count += 1;
    if (this.recording) {
      this.statements.push(sql);
    }
  }

  /** Counts (and records) the statements sent while `work` runs. */
  async measure<T>(
    work: () => Promise<T>,
  ): Promise<{ result: T; count: number; statements: string[] }> {
    const before = this.count;
    this.statements.length = 0;
    this.recording = true;
    try {
      const result = await work();
      return { result, count: this.count - before, statements: [...this.statements] };
    } finally {
      this.recording = false;
    }
  }
}

export interface OrmOptions {
  clientUrl: string;
  /** The subgraph's own PostgreSQL schema. */
  schema: string;
  entities: NonNullable<Options['entities']>;
  /** Where `migration:create` writes new migrations. */
  migrationsPath: string;
  /** The committed migrations, in order (listed, not globbed: they load the same under jest and node). */
  migrations: Array<{ name: string; class: abstract new (...args: never[]) => unknown }>;
  logger?: Logger;
  /** PostgreSQL's statement_timeout on every connection (ms; 0: none); default DEFAULT_STATEMENT_TIMEOUT_MS. */
  statementTimeoutMs?: number;
}

/**
 * A statement running longer is cancelled by PostgreSQL (SQLSTATE 57014, answered TIMEOUT): no
 * request keeps the database working after the gateway has given up on it (OPERATION_TIMEOUT_MS,
 * longer). Our longest statements (seeding, a whole reindex page) take well under a second.
 */
export const DEFAULT_STATEMENT_TIMEOUT_MS = 8000;

export interface Database {
  orm: MikroORM;
  em: EntityManager;
  sql: SqlCounter;
  migrate: () => Promise<void>;
  ping: () => Promise<boolean>;
  close: () => Promise<void>;
}

/**
 * One MikroORM per subgraph, with only its entities, its own schema and its own committed migrations.
 * Legacy decorators + reflect-metadata let one class be both the entity and the GraphQL type.
 */
export async function initDatabase(options: OrmOptions): Promise<Database> {
  const sql = new SqlCounter();
  const orm = await MikroORM.init({
    clientUrl: options.clientUrl,
    // Our queries are short OLTP statements; PostgreSQL's JIT, triggered by cost estimates, spent
    // 100–250 ms compiling a 30 ms territory-filtered services query (bench/services.bench.ts).
    driverOptions: {
      options: `-c jit=off -c statement_timeout=${options.statementTimeoutMs ?? DEFAULT_STATEMENT_TIMEOUT_MS}`,
    },
    schema: options.schema,
    entities: options.entities,
    metadataProvider: ReflectMetadataProvider,
    extensions: [Migrator],
    discovery: { warnWhenNoEntities: false },
    migrations: {
      path: options.migrationsPath,
      migrationsList: options.migrations as never,
      silent: true,
      tableName: 'mikro_orm_migrations',
      transactional: true,
      allOrNothing: true,
      snapshot: true,
      // The committed snapshot is what `migration:create` wrote; migrating a database (npm start,
      // a service starting, a test) must never rewrite it from what that database looks like.
      snapshotOnMigrate: false,
      snapshotName: `.snapshot-${options.schema}`,
      emit: 'ts',
    },
    onQuery: (statement) => {
      sql.observe(statement);
      return statement;
    },
    debug: false,
    pool: { min: 0, max: 10 },
  });
  return {
    orm,
    em: orm.em,
    sql,
    migrate: async () => {
      // The shared change log first: every subgraph may write it, so none has to start first.
      await migrateChangeLog(orm.em.fork());
      await orm.em.getConnection().execute(`create schema if not exists "${options.schema}"`);
      await orm.migrator.up();
      options.logger?.debug({ schema: options.schema }, 'migrations applied');
    },
    ping: async () => {
      await orm.em.getConnection().execute('select 1');
      return true;
    },
    close: () => orm.close(true),
  };
}
