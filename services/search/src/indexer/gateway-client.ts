import { mintToken, querySubgraph, Role, ServiceUnavailableError } from '@bxl/common';
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

  query<T>(query: string, variables: Record<string, unknown> = {}): Promise<T> {
    if (!this.url) {
      throw new ServiceUnavailableError('The search service is not connected to the gateway yet');
    }
    const headers: Record<string, string> = {};
    if (this.signingKey) {
      const claims = { sub: 'system:search-indexer', roles: [Role.EDITOR] };
      headers.authorization = `Bearer ${mintToken(this.signingKey, claims, 300)}`;
    }
    return querySubgraph<T>({ name: 'gateway', url: this.url }, query, variables, {
      headers,
      timeoutMs: 60_000,
    });
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
