import type { renderGraphiQL as RenderGraphiQL } from '@graphql-yoga/render-graphiql';

const DEFAULT_QUERY = `# Sextant GraphQL API. Put your key under Headers: {"x-api-key": "..."}
query Projects {
  projects(first: 20) {
    edges { node { id name stats { traceCount errorRate totalCost latencyP95 } } }
  }
}
`;

let cached: string | undefined;

/** The GraphiQL page with every asset inlined, so it works on servers without internet access. */
export async function graphiqlHtml(endpoint: string): Promise<string> {
  // Loaded on the first page view: the inlined bundle is 9 MB of JavaScript that an API or a worker
  // that nobody browses would otherwise parse at every start.
  if (cached) return cached;
  const { renderGraphiQL } = await import('@graphql-yoga/render-graphiql');
  cached = renderGraphiQL({
    title: 'Sextant GraphQL',
    endpoint,
    defaultQuery: DEFAULT_QUERY,
    headers: JSON.stringify({ 'x-api-key': '' }, null, 2),
    headerEditorEnabled: true,
    subscriptionsProtocol: 'WS',
  } as Parameters<typeof RenderGraphiQL>[0]);
  return cached;
}
