import { Client, fetchExchange } from '@urql/core';

import { authHeaders } from './session';

/**
 * The workspace's GraphQL client: the same /graphql, with the session's CSRF header, and no
 * document cache (an editor must always see the registry as it is now).
 */
export const editClient = new Client({
  url: '/graphql',
  exchanges: [fetchExchange],
  requestPolicy: 'network-only',
  preferGetMethod: false,
  fetchOptions: () => ({ credentials: 'same-origin', headers: authHeaders() }),
});
