import { cacheExchange, Client, fetchExchange } from '@urql/core';

/** The directory's own API, same origin: no other host is ever asked. */
export const client = new Client({
  url: '/graphql',
  exchanges: [cacheExchange, fetchExchange],
  requestPolicy: 'cache-first',
  // POST: the gateway's CSRF prevention refuses a GET without a preflight header.
  preferGetMethod: false,
});
