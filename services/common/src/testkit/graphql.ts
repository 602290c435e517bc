import type { ExecutionResult } from 'graphql';

export interface GraphQLResponse<D = Record<string, unknown>> {
  status: number;
  body: ExecutionResult<D> & {
    errors?: Array<{ message: string; extensions?: Record<string, unknown> }>;
  };
}

/** POSTs an operation as a client would (JSON, with the CSRF preflight header Apollo asks for). */
export async function graphqlRequest<D = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<GraphQLResponse<D>> {
  const response = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'apollo-require-preflight': 'true', ...headers },
    body: JSON.stringify({ query, variables }),
  });
  const text = await response.text();
  try {
    return { status: response.status, body: JSON.parse(text) };
  } catch {
    throw new Error(`Not a GraphQL response (HTTP ${response.status}) to:\n${query}\n---\n${text}`);
  }
}

function describe(query: string, variables: unknown, response: GraphQLResponse<unknown>): string {
  return [
    'operation:',
    query.trim(),
    `variables: ${JSON.stringify(variables)}`,
    `response (HTTP ${response.status}):`,
    JSON.stringify(response.body, null, 2),
  ].join('\n');
}

/** Runs an operation that must succeed; on any error, fails with the operation and the response. */
export async function expectData<D = Record<string, unknown>>(
  url: string,
  query: string,
  variables: Record<string, unknown> = {},
  headers: Record<string, string> = {},
): Promise<D> {
  const response = await graphqlRequest<D>(url, query, variables, headers);
  if (response.body.errors?.length || !response.body.data) {
    throw new Error(`Unexpected GraphQL errors\n${describe(query, variables, response)}`);
  }
  return response.body.data;
}

/** Runs an operation that must fail with `code`; otherwise fails with the operation and the response. */
export async function expectErrorCode(
  url: string,
  query: string,
  variables: Record<string, unknown>,
  code: string,
  headers: Record<string, string> = {},
): Promise<NonNullable<GraphQLResponse['body']['errors']>[number]> {
  const response = await graphqlRequest(url, query, variables, headers);
  const error = response.body.errors?.find((candidate) => candidate.extensions?.code === code);
  if (!error) {
    throw new Error(`Expected an error coded ${code}\n${describe(query, variables, response)}`);
  }
  return error;
}
