import { pino } from 'pino';
import type { Logger } from 'pino';

export type { Logger };

/** One pino logger per process, named by service; JSON lines, as log collectors expect. */
export function createLogger(name: string, level = 'info'): Logger {
  return pino({ name, level, base: { service: name } });
}
