import type { IncomingMessage } from 'node:http';

import type { EntityManager } from '@mikro-orm/postgresql';

import { identityFromHeaders } from '../identity/identity';
import type { Identity } from '../identity/identity';
import { preferredLanguage } from './language';
import type { Language } from './language';

/** What every resolver gets: a fresh unit of work, this request's loaders, who is calling. */
export interface RequestContext<L, S = unknown> {
  em: EntityManager;
  loaders: L;
  identity: Identity | null;
  /** The service's long-lived parts (an index, a client), shared by every request. */
  services: S;
  /** The language the caller prefers (Accept-Language), for texts not asked in a given one. */
  language: Language;
}

/**
 * Builds the per-request context: `em.fork()` so no identity map is shared between requests, new
 * DataLoaders so batching and caching live exactly one request.
 */
export function createContextFactory<L, S>(options: {
  em: EntityManager;
  loaders: (em: EntityManager) => L;
  services: S;
  gatewaySecret: string | undefined;
}): (req: IncomingMessage) => Promise<RequestContext<L, S>> {
  return async (req) => {
    const em = options.em.fork();
    return {
      em,
      loaders: options.loaders(em),
      identity: identityFromHeaders(req.headers, options.gatewaySecret),
      services: options.services,
      language: preferredLanguage(req.headers['accept-language']),
    };
  };
}
