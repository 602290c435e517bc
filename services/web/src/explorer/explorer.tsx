// The GraphQL explorer served at /graphql to a browser: GraphiQL bundled from node_modules, so it
// works with no CDN and no internet (Apollo's sandbox page loads from a CDN and fails offline).
import 'graphiql/setup-workers/vite';
import 'graphiql/style.css';

import { GraphiQL } from 'graphiql';
import type { Fetcher } from '@graphiql/toolkit';
import { createRoot } from 'react-dom/client';

const fetcher: Fetcher = async (params, options) => {
  const response = await fetch('/graphql', {
    method: 'POST',
    headers: { 'content-type': 'application/json', ...(options?.headers ?? {}) },
    body: JSON.stringify(params),
  });
  return response.json();
};

const defaultQuery = `# The Brussels social-health directory: every field is documented (Docs, on the left).
{
  searchServices(query: "planing familial schaerbeek", first: 5) {
    total
    hits {
      synthetic
      service { nameFr nameNl organisation { nameFr } }
      site { streetFr commune { name } }
    }
  }
}
`;

const root = document.getElementById('explorer');
if (root) {
  createRoot(root).render(<GraphiQL fetcher={fetcher} defaultQuery={defaultQuery} />);
}
