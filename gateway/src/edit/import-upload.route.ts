import { Readable } from 'node:stream';

import {
  encodeIdentity,
  GATEWAY_SECRET_HEADER,
  hasRole,
  IDENTITY_HEADER,
  Role,
  sendError,
} from '@bxl/common';
import type { HttpRoute, SigningKey } from '@bxl/common';
import { GraphQLError } from 'graphql';

import type { AccountStore } from '../auth/account-store';
import type { OidcVerifier } from '../auth/oidc';
import { identityFromRequest } from '../auth/request-identity';

/**
 * POST /edit-api/import (multipart/form-data: `format`, `dryRun`, `file`): an editor's file
 * import, streamed as it comes to the actors subgraph's own upload endpoint (never held whole by
 * the gateway, never a string in a GraphQL variable), with the caller's identity forwarded as for
 * GraphQL. Same authentication as /graphql: a bearer token, or the session cookie with its CSRF
 * header.
 */
export function importUploadRoute(options: {
  actorsUrl: string;
  signingKeys: SigningKey[];
  oidc?: OidcVerifier | null;
  sessions?: Pick<AccountStore, 'isRevoked'> | null;
  gatewaySecret?: string;
  maxBytes: number;
}): HttpRoute {
  const target = options.actorsUrl.replace(/\/graphql$/, '/import');
  return {
    method: 'POST',
    path: '/edit-api/import',
    maxBodyBytes: options.maxBytes,
    async handle(req, res) {
      let identity;
      try {
        identity = await identityFromRequest(
          req,
          options.signingKeys,
          options.oidc,
          options.sessions,
        );
      } catch (error) {
        if (error instanceof GraphQLError) {
          sendError(res, 401, 'UNAUTHENTICATED', error.message);
          return;
        }
        throw error;
      }
      if (!identity) {
        req.resume();
        sendError(res, 401, 'UNAUTHENTICATED', 'Sign in to import');
        return;
      }
      if (!hasRole(identity, Role.EDITOR)) {
        req.resume();
        sendError(res, 403, 'FORBIDDEN', 'Importing needs the editor role');
        return;
      }
      let answer: Response;
      try {
        answer = await fetch(target, {
          method: 'POST',
          headers: {
            'content-type': String(req.headers['content-type'] ?? ''),
            ...(req.headers['content-length']
              ? { 'content-length': String(req.headers['content-length']) }
              : {}),
            [IDENTITY_HEADER]: encodeIdentity(identity),
            ...(options.gatewaySecret ? { [GATEWAY_SECRET_HEADER]: options.gatewaySecret } : {}),
          },
          body: Readable.toWeb(req) as ReadableStream,
          duplex: 'half',
        } as RequestInit);
      } catch {
        sendError(res, 503, 'SERVICE_UNAVAILABLE', 'The registry did not answer');
        return;
      }
      res.writeHead(answer.status, {
        'content-type': answer.headers.get('content-type') ?? 'application/json; charset=utf-8',
        'cache-control': 'no-store',
      });
      res.end(Buffer.from(await answer.arrayBuffer()));
    },
  };
}
