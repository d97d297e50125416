import { renderGraphiQL } from '@graphql-yoga/render-graphiql';

const DEFAULT_QUERY = `# Sextant GraphQL API. Put your key under Headers: {"x-api-key": "..."}
query Projects {
  projects(first: 20) {
    edges { node { id name stats { traceCount errorRate totalCost latencyP95 } } }
  }
}
`;

let cached: string | undefined;

/** The GraphiQL page with every asset inlined, so it works on servers without internet access. */
export function graphiqlHtml(endpoint: string): string {
  cached ??= renderGraphiQL({
    title: 'Sextant GraphQL',
    endpoint,
    defaultQuery: DEFAULT_QUERY,
    headers: JSON.stringify({ 'x-api-key': '' }, null, 2),
    headerEditorEnabled: true,
    subscriptionsProtocol: 'WS',
  } as Parameters<typeof renderGraphiQL>[0]);
  return cached;
}
