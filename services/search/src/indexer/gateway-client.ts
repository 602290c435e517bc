import { mintToken, Role, ServiceUnavailableError } from '@bxl/common';
import type { SigningKey } from '@bxl/common';

/**
 * The indexer's window on the directory: GraphQL through the gateway, so any subgraph can contribute
 * searchable fields. With a signing key it reads as `system:search-indexer` with the editor role
 * (archived records too); without one, as the public.
 */
export class GatewayClient {
  constructor(
    private url: string | null,
    private readonly signingKey?: SigningKey,
  ) {}

  /** Where the gateway is, once it runs (the local stack starts it after the subgraphs). */
  connect(url: string): void {
    this.url = url;
  }

  async query<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    if (!this.url) {
      throw new ServiceUnavailableError('The search service is not connected to the gateway yet');
    }
    const headers: Record<string, string> = {
      'content-type': 'application/json',
      'apollo-require-preflight': 'true',
    };
    if (this.signingKey) {
      const token = mintToken(
        this.signingKey,
        { sub: 'system:search-indexer', roles: [Role.EDITOR] },
        300,
      );
      headers.authorization = `Bearer ${token}`;
    }
    let response: Response;
    try {
      response = await fetch(this.url, {
        method: 'POST',
        headers,
        body: JSON.stringify({ query, variables }),
        signal: AbortSignal.timeout(60_000),
      });
    } catch (error) {
      throw new ServiceUnavailableError(`The gateway does not answer: ${(error as Error).message}`);
    }
    const body = (await response.json().catch(() => ({}))) as {
      data?: T;
      errors?: Array<{ message: string }>;
    };
    if (!body.data || body.errors?.length) {
      throw new ServiceUnavailableError(
        `The gateway failed: ${[...new Set(body.errors?.map((error) => error.message))].join('; ') || response.status}`,
      );
    }
    return body.data;
  }

  /** Every id of a paged list (`services`, `organisations`), following its cursors. */
  async allIds(field: string, args: string): Promise<string[]> {
    const ids: string[] = [];
    let after: string | null = null;
    for (;;) {
      const data: Record<
        string,
        {
          edges: Array<{ node: { id: string } }>;
          pageInfo: { endCursor: string | null; hasNextPage: boolean };
        }
      > = await this.query(
        `query($after: String) { list: ${field}(first: 500, after: $after${args ? `, ${args}` : ''}) {
             edges { node { id } } pageInfo { endCursor hasNextPage } } }`,
        { after },
      );
      const page = data.list as (typeof data)[string];
      ids.push(...page.edges.map((edge) => edge.node.id));
      if (!page.pageInfo.hasNextPage) {
        return ids;
      }
      after = page.pageInfo.endCursor;
    }
  }
}
