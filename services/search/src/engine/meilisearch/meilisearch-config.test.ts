import { z } from 'zod';

import { meilisearchConfigFromEnv, meilisearchEnvShape } from './meilisearch-config';

const parse = (env: Record<string, string>) => z.object(meilisearchEnvShape).parse(env);

describe('meilisearchConfigFromEnv', () => {
  it('selects no Meilisearch without MEILI_HOST', () => {
    expect(meilisearchConfigFromEnv(parse({}))).toBeNull();
    expect(meilisearchConfigFromEnv(parse({ MEILI_HOST: '' }))).toBeNull();
  });

  it('reads the host, the key and the index prefix', () => {
    expect(
      meilisearchConfigFromEnv(
        parse({
          MEILI_HOST: 'http://127.0.0.1:7700',
          MEILI_MASTER_KEY: 'master',
          MEILI_INDEX_PREFIX: 'test_',
        }),
      ),
    ).toEqual({ host: 'http://127.0.0.1:7700', apiKey: 'master', indexPrefix: 'test_' });
  });

  it('prefers MEILI_API_KEY and prefixes with bxl_ by default', () => {
    expect(
      meilisearchConfigFromEnv(
        parse({
          MEILI_HOST: 'http://meili:7700',
          MEILI_API_KEY: 'api',
          MEILI_MASTER_KEY: 'master',
        }),
      ),
    ).toEqual({ host: 'http://meili:7700', apiKey: 'api', indexPrefix: 'bxl_' });
  });

  it('refuses a bad host or prefix', () => {
    expect(() => parse({ MEILI_HOST: 'not a url' })).toThrow(/MEILI_HOST/);
    expect(() => parse({ MEILI_HOST: 'http://meili:7700', MEILI_INDEX_PREFIX: 'a:b' })).toThrow(
      /MEILI_INDEX_PREFIX/,
    );
  });
});
