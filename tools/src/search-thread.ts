// npm start's search subgraph on a worker thread of its own (issue 12): in one event loop with the
// gateway, actors and territories, its in-memory matching and ranking (about half the CPU of a
// federated search) queued behind them on one core; on its own thread both cores work.
import { extname, join } from 'node:path';
import { Worker } from 'node:worker_threads';

import type { SearchOptions } from '@bxl/search';

/** What the worker is told (see search-thread.worker.ts). */
export type SearchThreadRequest = { type: 'connect'; url: string } | { type: 'close' };

/** What the worker answers: started (with its URL), done (a request is over), or failed. */
export type SearchThreadAnswer =
  | { type: 'started'; url: string; port: number }
  | { type: 'done' }
  | { type: 'failed'; message: string; stack?: string };

export interface SearchThreadData {
  options: Omit<SearchOptions, 'logger'>;
  logLevel: string;
}

/** The search subgraph as stack.ts uses it, wherever it runs. */
export interface SearchHandle {
  url: string;
  port: number;
  /** The worker thread it runs on. */
  threadId: number;
  connectGateway: (url: string) => Promise<void>;
  close: () => Promise<void>;
}

// Sources in development (through @swc-node/register, as the main thread), built JavaScript in dist.
const EXTENSION = extname(__filename);
const WORKER = join(__dirname, `search-thread.worker${EXTENSION}`);
const LOADER =
  EXTENSION === '.ts' ? `require(${JSON.stringify(require.resolve('@swc-node/register'))});` : '';

/**
 * Starts the search subgraph (as startSearch) on a worker thread; its logs go through the same
 * pino format at `logLevel`. The worker loads TypeScript as the main thread does (@swc-node/register).
 */
export async function startSearchThread(
  options: SearchOptions,
  logLevel: string,
): Promise<SearchHandle> {
  const { logger, ...cloneable } = options;
  const data: SearchThreadData = { options: cloneable, logLevel };
  const worker = new Worker(`${LOADER}require(${JSON.stringify(WORKER)});`, {
    eval: true,
    workerData: data,
  });
  const answer = () =>
    new Promise<SearchThreadAnswer>((resolve, reject) => {
      const onExit = (code: number) => reject(new Error(`the search thread exited (${code})`));
      worker.once('exit', onExit);
      worker.once('error', reject);
      worker.once('message', (message: SearchThreadAnswer) => {
        worker.off('exit', onExit);
        worker.off('error', reject);
        if (message.type === 'failed') {
          reject(Object.assign(new Error(message.message), { stack: message.stack }));
        } else {
          resolve(message);
        }
      });
    });
  const ask = async (request: SearchThreadRequest): Promise<void> => {
    const answered = answer();
    worker.postMessage(request);
    await answered;
  };
  const started = await answer().catch(async (error: unknown) => {
    await worker.terminate();
    throw error;
  });
  if (started.type !== 'started') {
    throw new Error('the search thread did not start');
  }
  logger.debug({ url: started.url }, 'search subgraph on its own thread');
  return {
    url: started.url,
    port: started.port,
    threadId: worker.threadId,
    connectGateway: (url) => ask({ type: 'connect', url }),
    close: async () => {
      await ask({ type: 'close' }).catch(() => undefined);
      await worker.terminate();
    },
  };
}
