import type { ApolloServerPlugin, BaseContext } from '@apollo/server';
import { GraphQLError } from 'graphql';

import { ErrorCode } from '../errors';
import { isTrustedOrigin } from '../http/cors';
import type { CorsPolicy } from '../http/cors';

/**
 * Writes only from trusted origins: a preflight cannot tell a mutation from a query, so a mutation
 * sent by a browser from an origin outside CORS_ORIGINS is refused here, once the operation is
 * known (FORBIDDEN), even without credentials.
 */
export function crossOriginWritePlugin<C extends BaseContext>(
  policy: CorsPolicy,
): ApolloServerPlugin<C> {
  return {
    async requestDidStart() {
      return {
        async didResolveOperation({ operation, request }) {
          if (operation?.operation !== 'mutation') {
            return;
          }
          const origin = request.http?.headers.get('origin') ?? null;
          const host = request.http?.headers.get('host');
          if (!isTrustedOrigin(policy, origin, host)) {
            throw new GraphQLError(
              `Writes from origin ${origin} are refused: only the allowlisted origins (CORS_ORIGINS) may write`,
              { extensions: { code: ErrorCode.FORBIDDEN, http: { status: 403 } } },
            );
          }
        },
      };
    },
  };
}
