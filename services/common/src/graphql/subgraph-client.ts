import { ServiceUnavailableError } from '../errors';

/**
 * One GraphQL operation sent to another subgraph over HTTP (as a client would, with the CSRF
 * preflight header): its data, or SERVICE_UNAVAILABLE naming the subgraph when it does not answer or
 * answers with errors.
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
  } catch (error) {
    throw new ServiceUnavailableError(
      `The ${target.name} service does not answer: ${(error as Error).message}`,
    );
  }
  const body = (await response.json().catch(() => ({}))) as {
    data?: T;
    errors?: Array<{ message: string }>;
  };
  if (!body.data || body.errors?.length) {
    const messages = [...new Set(body.errors?.map((e) => e.message))].join('; ');
    throw new ServiceUnavailableError(
      `The ${target.name} service failed: ${messages || response.status}`,
    );
  }
  return body.data;
}
