import type { KeyValueCache } from '@apollo/utils.keyvaluecache';

import { CappedCache, RESPONSE_CACHE_MAX_TTL_S } from './response-cache';

describe('the response cache’s time to live', () => {
  it('never keeps an answer longer than the cap, whatever its max-age', async () => {
    const ttls: Array<number | null | undefined> = [];
    const inner: KeyValueCache<string> = {
      set: async (_key, _value, options) => {
        ttls.push(options?.ttl);
      },
      get: async () => undefined,
      delete: async () => true,
    };
    const cache = new CappedCache(inner);
    await cache.set('territories', '{}', { ttl: 86_400 });
    await cache.set('services', '{}', { ttl: 60 });
    await cache.set('unbounded', '{}');
    expect(ttls).toEqual([RESPONSE_CACHE_MAX_TTL_S, 60, RESPONSE_CACHE_MAX_TTL_S]);
  });
});
