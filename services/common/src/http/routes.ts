import type { IncomingMessage, ServerResponse } from 'node:http';

/**
 * A plain HTTP endpoint beside GraphQL, under a path prefix (the actors' HSDS feed at `/hsds`, the
 * gateway's proxy to it). It answers the request itself, body and errors included.
 */
export interface HttpRoute {
  /** `/hsds`: matches `/hsds` and `/hsds/…`. */
  prefix: string;
  handle: (req: IncomingMessage, res: ServerResponse, url: URL) => Promise<void>;
}

export const routeFor = (routes: readonly HttpRoute[], pathname: string): HttpRoute | undefined =>
  routes.find((route) => pathname === route.prefix || pathname.startsWith(`${route.prefix}/`));
