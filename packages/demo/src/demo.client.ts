import { DEMO_PROJECT } from './data/project.data';
import type { Json } from './demo-batch.type';
import { buildDemoBatches, spanCount } from './demo.builder';

const TRACES_PER_BATCH = 10;

type IngestResponse = { ingest: { accepted: number; rejected: number; rejections: { list: string; index: number; code: string; message: string }[] } };

async function graphql<T>(url: string, adminKey: string, query: string, variables?: Json): Promise<T> {
  const res = await fetch(url, {
    method: 'POST',
    headers: { 'content-type': 'application/json', 'x-api-key': adminKey },
    body: JSON.stringify({ query, variables }),
  });
  const text = await res.text();
  let body: { data?: T | null; errors?: { message: string }[] };
  try {
    body = JSON.parse(text) as typeof body;
  } catch {
    throw new Error(`Demo loader: ${url} answered ${res.status} with a non-JSON body: ${text.slice(0, 300)}`);
  }
  if (body.errors?.length) throw new Error(`Demo loader: GraphQL error: ${body.errors.map((e) => e.message).join('; ')}`);
  if (!res.ok || !body.data) throw new Error(`Demo loader: ${url} answered ${res.status}: ${text.slice(0, 300)}`);
  return body.data;
}

async function findOrCreateProject(url: string, adminKey: string): Promise<string> {
  const found = await graphql<{ projects: { edges: { node: { id: string; name: string } }[] } }>(
    url,
    adminKey,
    'query { projects(first: 200) { edges { node { id name } } } }',
  );
  const existing = found.projects.edges.find((e) => e.node.name === DEMO_PROJECT.name);
  if (existing) return existing.node.id;
  const created = await graphql<{ createProject: { id: string } }>(
    url,
    adminKey,
    'mutation($input: CreateProjectInput!) { createProject(input: $input) { id } }',
    { input: DEMO_PROJECT },
  );
  return created.createProject.id;
}

/** Loads (or reloads, upserting the same ids) the demo project through the GraphQL API. */
export async function loadDemoData(graphqlUrl: string, adminKey: string): Promise<{ projectId: string; projectName: string; traces: number; spans: number }> {
  const projectId = await findOrCreateProject(graphqlUrl, adminKey);
  const batches = buildDemoBatches(Date.now(), TRACES_PER_BATCH);
  let traces = 0;
  let spans = 0;
  for (const batch of batches) {
    traces += batch.traces.length;
    spans += spanCount(batch);
    const { ingest } = await graphql<IngestResponse>(
      graphqlUrl,
      adminKey,
      'mutation($b: IngestBatchInput!) { ingest(batch: $b) { accepted rejected rejections { list index code message } } }',
      { b: { projectId, ...batch } },
    );
    if (ingest.rejected > 0) {
      throw new Error(`Demo loader: ${ingest.rejected} item(s) rejected: ${ingest.rejections.map((r) => `${r.code} ${r.message}`).join('; ')}`);
    }
  }
  return { projectId, projectName: DEMO_PROJECT.name, traces, spans };
}
