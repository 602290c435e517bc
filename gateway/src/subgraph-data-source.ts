import { RemoteGraphQLDataSource } from '@apollo/gateway';
import type { GraphQLDataSourceProcessOptions } from '@apollo/gateway';
import type { Fetcher, FetcherResponse } from '@apollo/utils.fetcher';
import { GraphQLError } from 'graphql';

import { encodeIdentity, ErrorCode, GATEWAY_SECRET_HEADER, IDENTITY_HEADER } from '@bxl/common';
import type { Identity } from '@bxl/common';

export interface GatewayContext {
  identity: Identity | null;
  /** Forwarded so subgraphs answer texts in the caller's language. */
  acceptLanguage?: string;
  /** Aborts when the operation has had its time (OPERATION_TIMEOUT_MS). */
  deadline?: AbortSignal;
}

/** Codes a subgraph gives to what the client sent: they reach the client as its own error. */
const CLIENT_CODES = new Set<string>([
  ErrorCode.BAD_USER_INPUT,
  'GRAPHQL_VALIDATION_FAILED',
  'GRAPHQL_PARSE_FAILED',
  'BAD_REQUEST',
]);

/**
 * Node's own fetch (undici, connections kept alive and pooled per subgraph) instead of
 * @apollo/gateway's default make-fetch-happen, whose HTTP agent builds a stack trace for every
 * request (agent-base's isSecureEndpoint) and whose cache and retry layers we do not use: about 5%
 * of the CPU of a federated search went there (issue 12, docs/benchmarks.md).
 */
const nodeFetch: Fetcher = (url, init) => fetch(url, init);

/**
 * A subgraph as the gateway calls it: forwards the verified identity (with the shared secret that
 * makes subgraphs trust it) and the caller's language. Its failures reach clients with a code that
 * tells the truth and without its URL: a value the subgraph refused (HTTP 400) is BAD_USER_INPUT, a
 * subgraph that does not answer or fails is SERVICE_UNAVAILABLE.
 */
export class SubgraphDataSource extends RemoteGraphQLDataSource<GatewayContext> {
  constructor(
    private readonly name: string,
    url: string,
    private readonly gatewaySecret: string | undefined,
  ) {
    super({ url, fetcher: nodeFetch });
  }

  override willSendRequest({ request, context }: GraphQLDataSourceProcessOptions<GatewayContext>) {
    if (context.acceptLanguage) {
      request.http?.headers.set('accept-language', context.acceptLanguage);
    }
    if (context.identity && this.gatewaySecret) {
      request.http?.headers.set(IDENTITY_HEADER, encodeIdentity(context.identity));
      request.http?.headers.set(GATEWAY_SECRET_HEADER, this.gatewaySecret);
    }
  }

  /**
   * The subgraph's answer, or TIMEOUT once the operation's deadline has passed: the client is
   * answered then, whatever the subgraph still does (its statements are cut by statement_timeout).
   */
  override async process(
    options: GraphQLDataSourceProcessOptions<GatewayContext>,
  ): ReturnType<RemoteGraphQLDataSource<GatewayContext>['process']> {
    const deadline = options.context.deadline;
    if (!deadline) {
      return super.process(options);
    }
    if (deadline.aborted) {
      throw this.timedOut();
    }
    let onAbort = () => {};
    const timedOut = new Promise<never>((_, reject) => {
      onAbort = () => reject(this.timedOut());
      deadline.addEventListener('abort', onAbort, { once: true });
    });
    const answer = super.process(options);
    // Late failures of an abandoned request are nobody's to handle.
    answer.catch(() => {});
    try {
      return await Promise.race([answer, timedOut]);
    } finally {
      deadline.removeEventListener('abort', onAbort);
    }
  }

  private timedOut(): GraphQLError {
    return new GraphQLError(
      `The operation took too long: the gateway stopped waiting for the ${this.name} service; ask less, or retry later`,
      {
        extensions: { code: ErrorCode.TIMEOUT },
      },
    );
  }

  override async errorFromResponse(response: FetcherResponse): Promise<GraphQLError> {
    const body = (await this.parseBody(response).catch(() => null)) as {
      errors?: Array<{ message?: string; extensions?: Record<string, unknown> }>;
    } | null;
    const refused = body?.errors?.find((error) =>
      CLIENT_CODES.has(String(error.extensions?.code ?? '')),
    );
    if (response.status >= 400 && response.status < 500 && refused?.message) {
      return new GraphQLError(refused.message, {
        extensions: {
          code: ErrorCode.BAD_USER_INPUT,
          ...(refused.extensions?.problems ? { problems: refused.extensions.problems } : {}),
        },
      });
    }
    return this.unavailable();
  }

  override didEncounterError(error: Error, _request: unknown, response?: FetcherResponse): never {
    if (!response || error.name === 'FetchError' || error.name === 'AbortError') {
      throw this.unavailable();
    }
    throw error;
  }

  private unavailable(): GraphQLError {
    return new GraphQLError(`The ${this.name} service is unavailable; try again shortly`, {
      extensions: { code: ErrorCode.SERVICE_UNAVAILABLE },
    });
  }
}
