import { createServer } from 'node:http';
import type { IncomingMessage, Server, ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

import { HeaderMap } from '@apollo/server';
import type { ApolloServer, BaseContext } from '@apollo/server';

import type { Logger } from '../logger';
import { applyCors } from './cors';
import type { CorsPolicy } from './cors';
import { endWithEtag } from './etag';
import { BodyTooLargeError, findRoute } from './http-route';
import type { HttpRoute } from './http-route';
import type { StaticSite } from './static-files';

export interface HttpServerOptions<C extends BaseContext> {
  apollo: ApolloServer<C>;
  context: (req: IncomingMessage) => Promise<C>;
  /** Readiness: true once every dependency answers (database, upstream services). */
  ready: () => Promise<boolean>;
  logger: Logger;
  maxBodyBytes?: number;
  /** The gateway only: the web application at `/`, and its offline explorer for browsers on /graphql. */
  site?: StaticSite;
  /** The gateway only: cross-origin access (see cors.ts); none: no CORS headers, no preflight. */
  cors?: CorsPolicy;
  /** Plain HTTP endpoints beside GraphQL (the HSDS feed, the gateway's sign-in, an upload). */
  routes?: readonly HttpRoute[];
  /**
   * Runs first for every request but /health and /ready (the gateway's rate limit,
   * rate-limit.ts): true when it has answered the request itself.
   */
  guard?: (req: IncomingMessage, res: ServerResponse) => boolean;
}

export interface RunningServer {
  server: Server;
  url: string;
  port: number;
  close: () => Promise<void>;
}

class PayloadTooLargeError extends Error {}

async function readBody(req: IncomingMessage, limit: number): Promise<string> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) {
      throw new PayloadTooLargeError();
    }
    chunks.push(chunk as Buffer);
  }
  try {
    return STRICT_UTF8.decode(Buffer.concat(chunks));
  } catch {
    throw new InvalidUtf8Error();
  }
}

/** Bytes that are not UTF-8 are refused, not stored as replacement characters without a word. */
const STRICT_UTF8 = new TextDecoder('utf-8', { fatal: true });
class InvalidUtf8Error extends Error {}

/** Longer than clients keep idle sockets (Node's own 5 s is not). */
const KEEP_ALIVE_MS = 65_000;

function sendJson(res: ServerResponse, status: number, body: unknown): void {
  res.writeHead(status, { 'content-type': 'application/json; charset=utf-8' });
  res.end(JSON.stringify(body));
}

const declaredLength = (req: IncomingMessage): number => Number(req.headers['content-length'] ?? 0);

/**
 * 413 as soon as a body is known to be too large (its declared length, or the first byte past the
 * limit), then the connection closes: the rest is read and dropped meanwhile, so a client still
 * uploading is never blocked on a full socket and reads the answer (some never did).
 */
function refuseTooLarge(req: IncomingMessage, res: ServerResponse, limit: number): void {
  if (!res.headersSent) {
    res.writeHead(413, { 'content-type': 'application/json; charset=utf-8', connection: 'close' });
    res.end(JSON.stringify({ errors: [{ message: `Request body over ${limit} bytes` }] }));
  }
  req.resume();
  // The socket may already be gone (the client closed it) when the timer fires.
  setTimeout(() => req.socket?.destroy(), DRAIN_MS).unref();
}

/** How long an over-limit upload may go on being dropped before its connection is cut. */
const DRAIN_MS = 10_000;

/**
 * One HTTP server shape for every service: `/health` (the process is up), `/ready` (its dependencies
 * answer), and GraphQL on `/graphql` (and `/`) through Apollo's own HTTP pipeline, so CSRF prevention,
 * content negotiation and the landing page stay Apollo's.
 */
export function createHttpServer<C extends BaseContext>(options: HttpServerOptions<C>): Server {
  const serverLimit = options.maxBodyBytes ?? 1_000_000;
  const routes = options.routes ?? [];
  // A route (an upload) may take larger bodies than an operation.
  const limitOf = (req: IncomingMessage) => findRoute(routes, req)?.maxBodyBytes ?? serverLimit;
  const server = createServer((req, res) => {
    const limit = limitOf(req);
    if (declaredLength(req) > limit) {
      refuseTooLarge(req, res, limit);
      return;
    }
    void handle(req, res).catch((error: unknown) => {
      if (error instanceof PayloadTooLargeError || error instanceof BodyTooLargeError) {
        refuseTooLarge(req, res, limit);
        return;
      }
      if (error instanceof InvalidUtf8Error) {
        sendJson(res, 400, {
          errors: [
            {
              message: 'Request body is not valid UTF-8',
              extensions: { code: 'BAD_USER_INPUT' },
            },
          ],
        });
        return;
      }
      options.logger.error({ err: error }, 'request failed');
      if (!res.headersSent) {
        sendJson(res, 500, { errors: [{ message: 'Internal server error' }] });
      } else {
        res.end();
      }
    });
  });
  // Idle connections are kept longer than any client keeps them (the gateway's fetch agent drops an
  // idle socket after a few seconds): otherwise the server may close one just as the client reuses
  // it, and that request fails with "socket hang up" / ECONNRESET.
  // `Expect: 100-continue`: an over-limit body is refused before the client sends it.
  server.on('checkContinue', (req, res) => {
    const limit = limitOf(req);
    if (declaredLength(req) > limit) {
      refuseTooLarge(req, res, limit);
    } else {
      res.writeContinue();
      server.emit('request', req, res);
    }
  });
  server.keepAliveTimeout = KEEP_ALIVE_MS;
  server.headersTimeout = KEEP_ALIVE_MS + 1000;
  return server;

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const url = new URL(req.url ?? '/', 'http://localhost');
    if (options.cors && applyCors(options.cors, req, res)) {
      return;
    }
    if (url.pathname === '/health') {
      sendJson(res, 200, { status: 'ok' });
      return;
    }
    if (url.pathname === '/ready') {
      const ok = await options.ready().catch(() => false);
      sendJson(res, ok ? 200 : 503, { status: ok ? 'ready' : 'not ready' });
      return;
    }
    if (options.guard?.(req, res)) {
      return;
    }
    const route = findRoute(routes, req);
    if (route) {
      await route.handle(req, res, url);
      return;
    }
    if (options.site && serveSite(options.site, req, res, url)) {
      return;
    }
    if (url.pathname !== '/graphql' && url.pathname !== '/') {
      sendJson(res, 404, { errors: [{ message: 'Not found: GraphQL is served on /graphql' }] });
      return;
    }
    const headers = new HeaderMap();
    for (const [key, value] of Object.entries(req.headers)) {
      if (value !== undefined) {
        headers.set(key, Array.isArray(value) ? value.join(', ') : value);
      }
    }
    const raw = req.method === 'POST' ? await readBody(req, serverLimit) : '';
    let body: unknown = raw;
    if (raw && (headers.get('content-type') ?? '').includes('json')) {
      try {
        body = JSON.parse(raw);
      } catch {
        sendJson(res, 400, { errors: [{ message: 'Request body is not valid JSON' }] });
        return;
      }
    }
    const response = await options.apollo.executeHTTPGraphQLRequest({
      httpGraphQLRequest: { method: req.method ?? 'GET', headers, search: url.search, body },
      context: () => options.context(req),
    });
    for (const [key, value] of response.headers) {
      res.setHeader(key, value);
    }
    res.statusCode = response.status ?? 200;
    if (response.body.kind === 'complete') {
      endWithEtag(req, res, response.body.string);
      return;
    }
    for await (const chunk of response.body.asyncIterator) {
      res.write(chunk);
    }
    res.end();
  }
}

/**
 * A browser opening /graphql gets the explorer; any other GET outside /graphql gets the web
 * application. POSTs and GraphQL GETs (`?query=`) stay GraphQL's, on `/` too.
 */
function serveSite(site: StaticSite, req: IncomingMessage, res: ServerResponse, url: URL): boolean {
  const browserPage =
    (req.method === 'GET' || req.method === 'HEAD') &&
    !url.searchParams.has('query') &&
    String(req.headers.accept ?? '').includes('text/html');
  if (url.pathname === '/graphql') {
    return browserPage && site.serveExplorer(req, res);
  }
  if (url.pathname === '/' && !browserPage) {
    return false;
  }
  return site.serve(req, res, url.pathname);
}

/** Listens (port 0 = any free port) and gives back the URL and a close that waits for it. */
export async function listen(server: Server, port: number, host: string): Promise<RunningServer> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => resolve());
  });
  const address = server.address() as AddressInfo;
  return {
    server,
    port: address.port,
    url: `http://${host}:${address.port}/graphql`,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((error) => (error ? reject(error) : resolve()));
      }),
  };
}
