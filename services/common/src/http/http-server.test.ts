import { connect } from 'node:net';

import { ApolloServer } from '@apollo/server';

import { createLogger } from '../logger';
import { createHttpServer, listen } from './http-server';

// The gateway reuses idle keep-alive connections to the subgraphs: a server that closes them after
// Node's default 5 s races with that reuse ("socket hang up" under load). It must keep them longer.
/** A trivial Apollo Server behind the shared HTTP server, on a free port. */
async function serve(maxBodyBytes?: number) {
  const apollo = new ApolloServer({ typeDefs: 'type Query { ok: Boolean }' });
  await apollo.start();
  const running = await listen(
    createHttpServer({
      apollo,
      context: async () => ({}),
      ready: async () => true,
      logger: createLogger('test', 'silent'),
      maxBodyBytes,
    }),
    0,
    '127.0.0.1',
  );
  return { apollo, running };
}

describe('the HTTP server every service runs', () => {
  it('keeps an idle keep-alive connection open past Node’s default (5 s + 1 s), and answers on it', async () => {
    const { apollo, running } = await serve();
    const socket = connect(running.port, '127.0.0.1');
    let received = '';
    let ended = false;
    socket.on('data', (chunk) => (received += chunk.toString()));
    socket.on('end', () => (ended = true));
    const ask = () =>
      socket.write('GET /health HTTP/1.1\r\nHost: 127.0.0.1\r\nConnection: keep-alive\r\n\r\n');
    try {
      ask();
      await new Promise((resolve) => setTimeout(resolve, 7_500));
      expect(ended).toBe(false);
      ask();
      await new Promise((resolve) => setTimeout(resolve, 200));
      expect(received.match(/HTTP\/1\.1 200/g)).toHaveLength(2);
    } finally {
      socket.destroy();
      await running.close();
      await apollo.stop();
    }
  }, 15_000);

  it('answers 413 to an over-limit body at once, whether its length is declared or not, and keeps serving', async () => {
    const { apollo, running } = await serve(10_000);
    try {
      const big = JSON.stringify({ query: `{ ok } #${'x'.repeat(3_000_000)}` });
      const declared = await fetch(running.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: big,
      });
      expect(declared.status).toBe(413);
      // A streamed body (no content-length): refused at the first chunk past the limit.
      const chunks = (async function* () {
        for (let i = 0; i < 300; i += 1) {
          yield new TextEncoder().encode('x'.repeat(10_000));
        }
      })();
      const streamed = await fetch(running.url, {
        method: 'POST',
        headers: { 'content-type': 'application/json' },
        body: ReadableStream.from(chunks),
        duplex: 'half',
      } as RequestInit);
      expect(streamed.status).toBe(413);
      expect((await fetch(running.url.replace('/graphql', '/health'))).status).toBe(200);
    } finally {
      await running.close();
      await apollo.stop();
    }
  }, 15_000);
});
