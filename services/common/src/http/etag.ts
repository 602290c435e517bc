import { createHash } from 'node:crypto';
import type { IncomingMessage, ServerResponse } from 'node:http';

/** A strong ETag of a body: the same bytes always get the same tag, on any instance. */
export function etagOf(body: string | Buffer): string {
  return `"${createHash('sha256').update(body).digest('base64url').slice(0, 27)}"`;
}

/** True when `If-None-Match` names this tag (or `*`); weak comparison, as RFC 9110 asks for GET. */
export function matchesIfNoneMatch(req: IncomingMessage, etag: string): boolean {
  const header = req.headers['if-none-match'];
  if (!header) {
    return false;
  }
  const bare = etag.replace(/^W\//, '');
  return header
    .split(',')
    .map((tag) => tag.trim().replace(/^W\//, ''))
    .some((tag) => tag === '*' || tag === bare);
}

/** A response a cache may keep: a GET or HEAD answered 200 with a max-age (public or private). */
export function isCacheable(req: IncomingMessage, status: number, cacheControl: unknown): boolean {
  return (
    (req.method === 'GET' || req.method === 'HEAD') &&
    status === 200 &&
    typeof cacheControl === 'string' &&
    /max-age=[1-9]/.test(cacheControl) &&
    !/no-store/.test(cacheControl)
  );
}

/**
 * Ends a complete response: a cacheable one gets an ETag, and a 304 without a body when the client
 * already holds it. Headers (Cache-Control included) must be set before.
 */
export function endWithEtag(req: IncomingMessage, res: ServerResponse, body: string): void {
  if (!isCacheable(req, res.statusCode, res.getHeader('cache-control'))) {
    res.end(body);
    return;
  }
  const etag = etagOf(body);
  res.setHeader('etag', etag);
  if (matchesIfNoneMatch(req, etag)) {
    res.statusCode = 304;
    res.removeHeader('content-length');
    res.removeHeader('content-type');
    res.end();
    return;
  }
  res.end(req.method === 'HEAD' ? undefined : body);
}
