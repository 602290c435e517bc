import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * A plain HTTP endpoint beside GraphQL (sign-in, an upload, the HSDS feed and its proxy): matched by
 * path (and method) before the web application and GraphQL. It answers the request itself, reading
 * its own body within its own limit.
 */
export interface HttpRoute {
  /** The path it answers (`/auth/sign-in`); with `prefix`, every path below it too (`/hsds/…`). */
  path: string;
  prefix?: boolean;
  /** The method it answers; every method when absent (a proxy passes them on). */
  method?: 'GET' | 'POST';
  /** The largest body it accepts (an upload may be larger than an operation); default the server's. */
  maxBodyBytes?: number;
  handle: (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<void>;
}

export function findRoute(
  routes: readonly HttpRoute[],
  req: IncomingMessage,
): HttpRoute | undefined {
  const path = new URL(req.url ?? '/', 'http://localhost').pathname;
  return routes.find(
    (route) =>
      (path === route.path || (route.prefix === true && path.startsWith(`${route.path}/`))) &&
      (route.method === undefined || route.method === req.method),
  );
}

export function sendJson(
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string | string[]> = {},
): void {
  res.writeHead(status, {
    'content-type': 'application/json; charset=utf-8',
    'cache-control': 'no-store',
    ...headers,
  });
  res.end(JSON.stringify(body));
}

/** A GraphQL-shaped error answer, so clients read route errors as they read GraphQL ones. */
export function sendError(
  res: ServerResponse,
  status: number,
  code: string,
  message: string,
  extensions: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): void {
  sendJson(res, status, { errors: [{ message, extensions: { code, ...extensions } }] }, headers);
}

export class BodyTooLargeError extends Error {}

/** A JSON body of at most `limit` bytes; null when it is not JSON. */
export async function readJsonBody(req: IncomingMessage, limit: number): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req) {
    size += (chunk as Buffer).length;
    if (size > limit) {
      throw new BodyTooLargeError();
    }
    chunks.push(chunk as Buffer);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8')) as unknown;
  } catch {
    return null;
  }
}

/** The cookies a request carries, by name (the first of a repeated name wins). */
export function requestCookies(req: IncomingMessage): Map<string, string> {
  const cookies = new Map<string, string>();
  for (const part of String(req.headers.cookie ?? '').split(';')) {
    const at = part.indexOf('=');
    if (at < 1) {
      continue;
    }
    const name = part.slice(0, at).trim();
    if (!cookies.has(name)) {
      try {
        cookies.set(name, decodeURIComponent(part.slice(at + 1).trim()));
      } catch {
        // a value that is not URI-encoded text is no cookie of ours
      }
    }
  }
  return cookies;
}
