import type { ApolloServerPlugin, BaseContext } from '@apollo/server';

import { ErrorCode } from '@bxl/common';

/**
 * @apollo/gateway reports some requests it cannot plan — a variable or literal its own coercion
 * refuses (a Float of 1e309), say — as INVALID_GRAPHQL with HTTP 500, although the request is at
 * fault: such an answer becomes HTTP 400, BAD_USER_INPUT.
 */
export function plannerErrorsPlugin<C extends BaseContext>(): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async willSendResponse({ response }) {
          if (response.body.kind !== 'single') {
            return;
          }
          const { errors, data } = response.body.singleResult;
          if (data === undefined && errors?.length) {
            const invalid = errors.every((error) => error.extensions?.code === 'INVALID_GRAPHQL');
            if (invalid) {
              response.http.status = 400;
              response.body.singleResult.errors = errors.map((error) => ({
                ...error,
                extensions: { ...error.extensions, code: ErrorCode.BAD_USER_INPUT },
              }));
            }
          }
        },
      };
    },
  };
}
