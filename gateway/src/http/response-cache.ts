import type { ApolloServerPlugin } from '@apollo/server';
import responseCachePlugin from '@apollo/server-plugin-response-cache';
import { InMemoryLRUCache } from '@apollo/utils.keyvaluecache';
import type { KeyValueCache } from '@apollo/utils.keyvaluecache';
import { BREAK, visit } from 'graphql';
import type { DocumentNode } from 'graphql';

import type { GatewayContext } from '../subgraph-data-source';

/**
 * HTTP caching of GraphQL answers. The subgraphs give the hints (`@cacheControl` and their default
 * max-age: territories a day, registry reads a minute) and the gateway keeps the most restrictive
 * (Apollo's gateway reads each subgraph's Cache-Control); here: an answer for an identity is
 * private, a mutation is never cached, and anonymous public reads are kept in a bounded in-process
 * cache (five minutes at most) that any write through this gateway empties.
 */
export interface ResponseCache {
  plugins: ApolloServerPlugin<GatewayContext>[];
  /** Forgets every cached answer (called after each write). */
  clear: () => void;
}

/** At most this many bytes of cached answers (an LRU: the least recently read go first). */
export const RESPONSE_CACHE_BYTES = 50 * 1024 * 1024;
/**
 * No answer is kept here longer than this, whatever its max-age: writes that bypass this gateway
 * (a CLI import of groupements, another gateway instance) show within this delay.
 */
export const RESPONSE_CACHE_MAX_TTL_S = 300;

/** A cache whose entries' time to live is capped (see RESPONSE_CACHE_MAX_TTL_S). */
export class CappedCache implements KeyValueCache<string> {
  constructor(private readonly lru: KeyValueCache<string>) {}
  set(key: string, value: string, options?: { ttl?: number | null }) {
    const ttl = Math.min(options?.ttl ?? RESPONSE_CACHE_MAX_TTL_S, RESPONSE_CACHE_MAX_TTL_S);
    return this.lru.set(key, value, { ttl });
  }
  get(key: string) {
    return this.lru.get(key);
  }
  delete(key: string) {
    return this.lru.delete(key);
  }
}

/**
 * The search index follows writes asynchronously (the indexer reads the change log after the
 * write's answer): a write empties this cache before the index has changed, so search answers
 * are never kept here (HTTP clients still get their Cache-Control).
 */
const SEARCH_FIELDS = new Set([
  'searchServices',
  'searchOrganisations',
  'searchSuggestions',
  'searchStatus',
]);

function asksSearch(document: DocumentNode): boolean {
  let found = false;
  visit(document, {
    Field(node) {
      if (SEARCH_FIELDS.has(node.name.value)) {
        found = true;
        return BREAK;
      }
      return undefined;
    },
  });
  return found;
}

export function createResponseCache(maxBytes: number = RESPONSE_CACHE_BYTES): ResponseCache {
  const lru = new InMemoryLRUCache<string>({
    maxSize: maxBytes,
    sizeCalculation: InMemoryLRUCache.sizeCalculation,
  });
  const keepable = async ({
    contextValue,
    document,
  }: {
    contextValue: GatewayContext;
    document?: DocumentNode;
  }) => contextValue.identity === null && !(document && asksSearch(document));
  const policy: ApolloServerPlugin<GatewayContext> = {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, contextValue, overallCachePolicy }) {
          if (operation?.operation === 'mutation') {
            overallCachePolicy.restrict({ maxAge: 0 });
          }
          if (contextValue.identity) {
            overallCachePolicy.restrict({ scope: 'PRIVATE' });
          }
        },
        async willSendResponse({ operation }) {
          if (operation?.operation === 'mutation') {
            lru.clear();
          }
        },
      };
    },
  };
  return {
    plugins: [
      policy,
      responseCachePlugin<GatewayContext>({
        cache: new CappedCache(lru),
        shouldReadFromCache: keepable,
        shouldWriteToCache: keepable,
        // Texts are answered in the caller's language.
        extraCacheKeyData: async ({ contextValue }) => contextValue.acceptLanguage ?? '',
      }),
    ],
    clear: () => lru.clear(),
  };
}
