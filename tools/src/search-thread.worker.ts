// The search subgraph's worker thread (see search-thread.ts): starts it, then connects it to the
// gateway and closes it when the main thread asks.
import { parentPort, workerData } from 'node:worker_threads';

import { createLogger } from '@bxl/common';
import { startSearch } from '@bxl/search';

import type { SearchThreadAnswer, SearchThreadData, SearchThreadRequest } from './search-thread';

const data = workerData as SearchThreadData;
const port = parentPort;
const send = (answer: SearchThreadAnswer) => port?.postMessage(answer);
const failed = (error: unknown) =>
  send({
    type: 'failed',
    message: String((error as Error).message ?? error),
    stack: (error as Error).stack,
  });

void (async () => {
  const logger = createLogger('directory', data.logLevel).child({ service: 'search' });
  const search = await startSearch({ ...data.options, logger });
  port?.on('message', (request: SearchThreadRequest) => {
    const work = request.type === 'connect' ? search.connectGateway(request.url) : search.close();
    work.then(() => send({ type: 'done' }), failed);
  });
  send({ type: 'started', url: search.url, port: search.port });
})().catch(failed);
