import { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';

import type { HttpRoute } from '@bxl/common';

/** What the feed's answers carry that clients and caches need. */
const PASSED_BACK = ['content-type', 'cache-control', 'etag', 'last-modified', 'content-length'];
/** What the request carries that the feed needs (conditional requests, the language). */
const PASSED_ON = ['accept', 'accept-language', 'if-none-match'];

function sendError(res: Parameters<HttpRoute['handle']>[1], status: number, message: string) {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    ...(status === 405 ? { allow: 'GET, HEAD, OPTIONS' } : {}),
  });
  res.end(JSON.stringify({ error: message, status }));
}

/**
 * `/hsds` on the gateway's port: the actors subgraph serves the Open Referral feed (it owns the
 * registry and its HSDS mapping) and the gateway passes requests through, streamed both ways, so
 * `npm start` and one-process-per-service deployments expose the same URL. CORS is the gateway's
 * (answered before this route).
 */
export function hsdsProxyRoute(actorsGraphqlUrl: string): HttpRoute {
  const base = actorsGraphqlUrl.replace(/\/graphql$/, '');
  return {
    path: '/hsds',
    prefix: true,
    handle: async (req, res, url) => {
      if (req.method !== 'GET' && req.method !== 'HEAD') {
        sendError(res, 405, 'The HSDS feed is read-only: GET');
        return;
      }
      const abort = new AbortController();
      res.on('close', () => abort.abort());
      const headers = Object.fromEntries(
        PASSED_ON.flatMap((name) => {
          const value = req.headers[name];
          return typeof value === 'string' ? [[name, value]] : [];
        }),
      );
      let upstream: Response;
      try {
        upstream = await fetch(`${base}${url.pathname}${url.search}`, {
          method: req.method,
          headers,
          signal: abort.signal,
        });
      } catch {
        sendError(res, 503, 'The registry is unavailable; try again shortly');
        return;
      }
      res.statusCode = upstream.status;
      for (const name of PASSED_BACK) {
        const value = upstream.headers.get(name);
        if (value !== null) {
          res.setHeader(name, value);
        }
      }
      if (!upstream.body) {
        res.end();
        return;
      }
      await pipeline(Readable.fromWeb(upstream.body as never), res).catch(() => res.destroy());
    },
  };
}
