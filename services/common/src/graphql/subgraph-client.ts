import { BadUserInputError, ErrorCode, ServiceUnavailableError } from '../errors';
import type { Problem } from '../errors';

/**
 * One GraphQL operation sent to another subgraph over HTTP (as a client would, with the CSRF
 * preflight header): its data; BAD_USER_INPUT when that subgraph refused what it was given (it came
 * from the caller); otherwise SERVICE_UNAVAILABLE naming the subgraph (never its URL) when it does
 * not answer or answers with errors.
 */
export async function querySubgraph<T>(
  target: { name: string; url: string },
  query: string,
  variables: Record<string, unknown> = {},
  options: { headers?: Record<string, string>; timeoutMs?: number } = {},
): Promise<T> {
  let response: Response;
  try {
    response = await fetch(target.url, {
      method: 'POST',
      headers: {
        'content-type': 'application/json',
        'apollo-require-preflight': 'true',
        ...options.headers,
      },
      body: JSON.stringify({ query, variables }),
      signal: AbortSignal.timeout(options.timeoutMs ?? 10_000),
    });
  } catch {
    throw new ServiceUnavailableError(`The ${target.name} service does not answer`);
  }
  const body = (await response.json().catch(() => ({}))) as {
    data?: T;
    errors?: Array<{ message: string; extensions?: { code?: string; problems?: Problem[] } }>;
  };
  // What the caller sent was wrong (an id of another subgraph's, say): the caller's error, not an outage.
  const refused = body.errors?.find((e) => e.extensions?.code === ErrorCode.BAD_USER_INPUT);
  if (refused) {
    throw new BadUserInputError(refused.message, refused.extensions?.problems ?? []);
  }
  if (!body.data || body.errors?.length) {
    const messages = [...new Set(body.errors?.map((e) => e.message))].join('; ');
    throw new ServiceUnavailableError(
      `The ${target.name} service failed: ${messages || response.status}`,
    );
  }
  return body.data;
}
