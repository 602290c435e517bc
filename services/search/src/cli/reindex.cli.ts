// npm run reindex — asks the running search service, through the gateway, to rebuild its whole index.
// Signs an admin token with AUTH_SIGNING_KEYS' first key or, without it, the local key `npm start` made.
import { DATA_DIR, localSecrets, mintToken, parseSigningKeys, Role, runMain } from '@bxl/common';

const REINDEX = 'mutation { reindexSearch { services organisations seconds engine } }';

runMain(async () => {
  const url = process.env.GATEWAY_URL ?? 'http://127.0.0.1:4000/graphql';
  const keys = parseSigningKeys(
    process.env.AUTH_SIGNING_KEYS ?? localSecrets(process.env.DATA_DIR ?? DATA_DIR).signingKey,
  );
  const token = mintToken(
    keys[0] as (typeof keys)[number],
    { sub: 'cli:reindex', roles: [Role.ADMIN] },
    3600,
  );
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', authorization: `Bearer ${token}` },
    body: JSON.stringify({ query: REINDEX }),
  });
  const body = (await response.json()) as {
    data?: { reindexSearch: Record<string, unknown> };
    errors?: unknown[];
  };
  if (!body.data) {
    process.stderr.write(`reindex failed: ${JSON.stringify(body.errors ?? response.status)}\n`);
    process.exitCode = 1;
    return;
  }
  const result = body.data.reindexSearch;
  process.stdout.write(
    `reindexed ${String(result.services)} service documents and ${String(result.organisations)} organisations on ${String(result.engine)} in ${String(result.seconds)} s\n`,
  );
});
