// LangSmith ingestion benchmark: runs/s that the official `langsmith` SDK gets accepted through
// Sextant's /langsmith/runs/multipart, end to end (traceable → auto-batching → multipart → stored),
// and the server's own ceiling with the same part scheme sent from pre-built bodies. The API runs in
// a process of its own. Run with `pnpm bench:langsmith [--traces N] [--concurrency C]`; set
// DATABASE_URL to use an existing Postgres, else an embedded one is started.
import { randomBytes } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { performance } from 'node:perf_hooks';
import { parseArgs } from 'node:util';
import { Client } from 'langsmith';
import { traceable } from 'langsmith/traceable';
import {
  Cleanups, connectPg, createApiKey, createProject, fmt, freePort, log, positiveInt, runMain,
  spawnChild, stopChild, tempDir, throwIfAborted, trapSignals, uuidv7, waitHealthy, openBenchDatabase,
} from './bench-kit';

const RUNS_PER_TRACE = 5;
const API_START_TIMEOUT_MS = 60_000;
const API_STOP_TIMEOUT_MS = 15_000;
// As many runs per request as /info lets the SDK batch (size_limit), as many requests at once as it sends (traceBatchConcurrency).
const RUNS_PER_REQUEST = 1000;
const REQUESTS_IN_FLIGHT = 5;

type Options = { traces: number; concurrency: number };

function parseOptions(): Options {
  const { values } = parseArgs({
    options: { traces: { type: 'string', default: '2000' }, concurrency: { type: 'string', default: '50' } },
    strict: true,
  });
  return { traces: positiveInt('traces', values.traces), concurrency: positiveInt('concurrency', values.concurrency) };
}

/** One agent trace as LangSmith users write it: a root chain, a sub-agent, two model calls and a tool. */
function makeAgent(client: Client, projectName: string) {
  const config = { client, project_name: projectName };
  const model = traceable(
    async (messages: { role: string; content: string }[]) => ({
      messages: [{ role: 'assistant', content: `The answer to "${messages[0].content}" is in the order history.` }],
      usage_metadata: { input_tokens: 850, output_tokens: 120, total_tokens: 970, input_token_details: { cache_read: 256 } },
    }),
    { ...config, name: 'ChatOpenAI', run_type: 'llm', metadata: { ls_provider: 'openai', ls_model_name: 'gpt-4o-mini', ls_temperature: 0 } },
  );
  const lookup = traceable(async (orderId: string) => ({ orderId, status: 'shipped', carrier: 'DHL', eta: '2 days' }), { ...config, name: 'order_lookup', run_type: 'tool' });
  const researcher = traceable(
    async (question: string) => {
      const plan = await model([{ role: 'user', content: question }]);
      const order = await lookup('A-1042');
      const answer = await model([{ role: 'user', content: `${question} ${JSON.stringify(order)}` }]);
      return { plan: plan.messages[0].content, answer: answer.messages[0].content };
    },
    { ...config, name: 'researcher', metadata: { ls_agent_type: 'subagent' } },
  );
  return traceable(async (question: string, thread: string) => researcher(question).then((r) => ({ final: r.answer, thread })), {
    ...config,
    name: 'support-agent',
  });
}

/** The SDK's multipart body for `runs`: `post.<id>` plus one JSON part per field, each with `; length=`. */
function multipartBody(runs: Record<string, unknown>[]): { body: Uint8Array<ArrayBuffer>; contentType: string } {
  const boundary = `----LangSmithFormBoundary${randomBytes(6).toString('hex')}`;
  const chunks: Buffer[] = [];
  const part = (name: string, value: unknown) => {
    const data = Buffer.from(JSON.stringify(value));
    chunks.push(Buffer.from(`--${boundary}\r\nContent-Disposition: form-data; name="${name}"\r\nContent-Type: application/json; length=${data.length}\r\n\r\n`), data, Buffer.from('\r\n'));
  };
  for (const run of runs) {
    const { inputs, outputs, extra, ...rest } = run;
    part(`post.${run.id}`, rest);
    part(`post.${run.id}.inputs`, inputs);
    part(`post.${run.id}.outputs`, outputs);
    part(`post.${run.id}.extra`, extra);
  }
  chunks.push(Buffer.from(`--${boundary}--\r\n`));
  return { body: new Uint8Array(Buffer.concat(chunks)), contentType: `multipart/form-data; boundary=${boundary}` };
}

/** Finished runs shaped like the SDK's (five per trace, dotted orders and all), in requests of RUNS_PER_REQUEST. */
function prebuiltRequests(traces: number, projectName: string): { body: Uint8Array<ArrayBuffer>; contentType: string }[] {
  const runs: Record<string, unknown>[] = [];
  const seg = (t: number, id: string) => `${new Date(t).toISOString().replace(/[-:.]/g, '').slice(0, 18)}000Z${id}`;
  const t0 = Date.now() - 3_600_000;
  for (let i = 0; i < traces; i++) {
    const start = t0 + i;
    const root = uuidv7();
    const sub = uuidv7();
    const rootDotted = seg(start, root);
    const subDotted = `${rootDotted}.${seg(start, sub)}`;
    const common = { trace_id: root, session_name: projectName, start_time: start, end_time: start + 5, extra: { metadata: { thread_id: `t-${i % 100}` }, runtime: { sdk: 'langsmith-js' } } };
    runs.push({ ...common, id: root, name: 'support-agent', run_type: 'chain', dotted_order: rootDotted, inputs: { args: ['Where is my order?'] }, outputs: { final: 'shipped' } });
    runs.push({ ...common, id: sub, parent_run_id: root, name: 'researcher', run_type: 'chain', dotted_order: subDotted, inputs: { input: 'Where is my order?' }, outputs: { answer: 'shipped' } });
    for (const name of ['ChatOpenAI', 'order_lookup', 'ChatOpenAI']) {
      const id = uuidv7();
      const llm = name === 'ChatOpenAI';
      runs.push({
        ...common, id, parent_run_id: sub, name, run_type: llm ? 'llm' : 'tool', dotted_order: `${subDotted}.${seg(start, id)}`,
        inputs: llm ? { messages: [{ role: 'user', content: 'Where is my order?' }] } : { input: 'A-1042' },
        outputs: llm ? { messages: [{ role: 'assistant', content: 'It shipped.' }], usage_metadata: { input_tokens: 850, output_tokens: 120, total_tokens: 970 } } : { status: 'shipped' },
        extra: llm ? { ...common.extra, metadata: { ...common.extra.metadata, ls_provider: 'openai', ls_model_name: 'gpt-4o-mini' } } : common.extra,
      });
    }
  }
  const out: { body: Uint8Array<ArrayBuffer>; contentType: string }[] = [];
  for (let at = 0; at < runs.length; at += RUNS_PER_REQUEST) out.push(multipartBody(runs.slice(at, at + RUNS_PER_REQUEST)));
  return out;
}

/** CPU seconds a process has used so far, from /proc (Linux); null elsewhere. */
function cpuSecondsOf(pid: number | undefined): number | null {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1].split(' ');
    return (Number(fields[11]) + Number(fields[12])) / 100;
  } catch {
    return null;
  }
}

async function main(): Promise<void> {
  const opts = parseOptions();
  const { signal, release } = trapSignals();
  const cleanups = new Cleanups();
  // The SDK only logs failed uploads: any such line fails the run, since the figures would cover less work.
  const sdkComplaints: string[] = [];
  const originalWarn = console.warn;
  const originalError = console.error;
  try {
    const { postgresLabel, version, dbName, benchUrl } = await openBenchDatabase(cleanups, signal);
    const dataDir = await tempDir('sextant-bench-langsmith-', 'remove data folder', cleanups);
    const adminKey = `sx_admin_${randomBytes(24).toString('hex')}`;
    const port = await freePort();
    log(`starting the API on port ${port}, database ${dbName}...`);
    // No worker: the figure is ingestion's, not ingestion's plus the metric jobs it triggers.
    const api = spawnChild('api', 'apps/api/src/main.ts', {
      DATABASE_URL: benchUrl, PORT: String(port), HOST: '127.0.0.1', SEXTANT_ADMIN_KEY: adminKey, SEXTANT_DATA_DIR: dataDir, RUN_WORKER: 'false',
    }, { showStderr: (line) => line.trim() !== '' });
    cleanups.add('stop the API', () => stopChild(api, API_STOP_TIMEOUT_MS));
    await waitHealthy(api, port, signal, API_START_TIMEOUT_MS);
    const graphqlUrl = `http://127.0.0.1:${port}/graphql`;
    const endpoint = `http://127.0.0.1:${port}/langsmith`;

    const suffix = randomBytes(4).toString('hex');
    const sdkProject = `bench-langsmith-${suffix}-sdk`;
    const rawProject = `bench-langsmith-${suffix}-raw`;
    const sdkProjectId = await createProject(graphqlUrl, adminKey, sdkProject);
    const rawProjectId = await createProject(graphqlUrl, adminKey, rawProject);
    const sdkKey = await createApiKey(graphqlUrl, adminKey, sdkProjectId);
    const rawKey = await createApiKey(graphqlUrl, adminKey, rawProjectId);
    const bench = await connectPg({ connectionString: benchUrl }, 'disconnect bench client', cleanups);
    const countSpans = async (projectId: string) => Number((await bench.query('SELECT count(*) AS n FROM spans WHERE project_id = $1', [projectId])).rows[0].n);

    // The bench's own progress lines go through console.error too: only the SDK's are collected.
    const collect = (original: (...args: unknown[]) => void) => (...args: unknown[]) => {
      const line = args.map(String).join(' ');
      if (line.startsWith('[bench]')) original(...args);
      else sdkComplaints.push(line);
    };
    console.warn = collect(originalWarn);
    console.error = collect(originalError);

    // 1. The official SDK, end to end, switched on as users switch it on.
    process.env.LANGSMITH_TRACING = 'true';
    const client = new Client({ apiUrl: endpoint, apiKey: sdkKey });
    let sdkRequests = 0;
    const realFetch = globalThis.fetch;
    globalThis.fetch = (input, init) => {
      if (String(input).endsWith('/runs/multipart')) sdkRequests++;
      return realFetch(input, init);
    };
    cleanups.add('restore fetch', async () => void (globalThis.fetch = realFetch));
    const agent = makeAgent(client, sdkProject);
    log('SDK: warm-up trace...');
    await agent('warm-up', 'warm-up');
    await client.awaitPendingTraceBatches();
    log(`SDK: ${fmt(opts.traces)} traces (${fmt(opts.traces * RUNS_PER_TRACE)} runs), ${opts.concurrency} traces at once...`);
    const warmupRequests = sdkRequests;
    const apiCpuBefore = cpuSecondsOf(api.child.pid);
    const selfCpuBefore = process.cpuUsage();
    const sdkStart = performance.now();
    let next = 0;
    await Promise.all(
      Array.from({ length: opts.concurrency }, async () => {
        for (let i = next++; i < opts.traces; i = next++) await agent(`Where is order A-${i}?`, `thread-${i % 100}`);
      }),
    );
    const tracedMs = performance.now() - sdkStart;
    await client.awaitPendingTraceBatches();
    const sdkMs = performance.now() - sdkStart;
    const apiCpu = cpuSecondsOf(api.child.pid);
    const selfCpu = process.cpuUsage(selfCpuBefore);
    const cpu = apiCpuBefore !== null && apiCpu !== null
      ? `API process ${fmt(apiCpu - apiCpuBefore, 2)} CPU-s, SDK process ${fmt((selfCpu.user + selfCpu.system) / 1e6, 2)} CPU-s`
      : 'CPU time not readable here';
    const sdkStored = await countSpans(sdkProjectId);
    throwIfAborted(signal);

    // 2. The server alone: pre-built bodies of the same part scheme, as many in flight as the SDK sends.
    log('raw: building multipart bodies...');
    const requests = prebuiltRequests(opts.traces, rawProject);
    const rawStart = performance.now();
    let cursor = 0;
    await Promise.all(
      Array.from({ length: REQUESTS_IN_FLIGHT }, async () => {
        for (let i = cursor++; i < requests.length; i = cursor++) {
          const res = await fetch(`${endpoint}/runs/multipart`, { method: 'POST', headers: { 'x-api-key': rawKey, 'content-type': requests[i].contentType }, body: requests[i].body });
          const text = await res.text();
          if (res.status !== 202) throw new Error(`/runs/multipart answered ${res.status}: ${text.slice(0, 300)}`);
        }
      }),
    );
    const rawMs = performance.now() - rawStart;
    const rawStored = await countSpans(rawProjectId);
    console.warn = originalWarn;
    console.error = originalError;

    const runs = opts.traces * RUNS_PER_TRACE;
    const sdkExpected = runs + RUNS_PER_TRACE;
    const lines = [
      'Sextant LangSmith ingestion benchmark',
      `  Postgres         ${postgresLabel}, version ${version}`,
      `  runs             ${fmt(runs)} in ${fmt(opts.traces)} traces (${RUNS_PER_TRACE} per trace: chain, sub-agent, 2 LLM calls with usage_metadata, a tool)`,
      `  official SDK     ${fmt((runs / sdkMs) * 1000)} runs/s accepted (${fmt(sdkMs / 1000, 2)} s; traceable, ${opts.concurrency} traces at once, auto-batched to /runs/multipart; the traced code itself took ${fmt(tracedMs / 1000, 2)} s; ${fmt(sdkRequests - warmupRequests)} requests)`,
      `  CPU (SDK phase)  ${cpu}`,
      `  server alone     ${fmt((runs / rawMs) * 1000)} runs/s accepted (${fmt(rawMs / 1000, 2)} s; pre-built multipart bodies of ${RUNS_PER_REQUEST} runs, ${REQUESTS_IN_FLIGHT} in flight)`,
      `  stored           ${fmt(sdkStored)} of ${fmt(sdkExpected)} SDK runs (incl. warm-up), ${fmt(rawStored)} of ${fmt(runs)} raw runs`,
    ];
    console.log(lines.join('\n'));
    if (sdkComplaints.length) throw new Error(`the SDK reported ${sdkComplaints.length} problems, the first: ${sdkComplaints[0].slice(0, 500)}`);
    if (sdkStored !== sdkExpected || rawStored !== runs) throw new Error('not every run was stored');
  } finally {
    console.warn = originalWarn;
    console.error = originalError;
    await cleanups.run();
    release();
  }
}

runMain(main);
