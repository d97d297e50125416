// The README's live-tail example (`tail.mjs`), run as a reader would run it: copied from the README
// at the repository root, against a real server.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { graphql } from '../gql';
import { startTestServer, type TestServer } from '../support/test-server';

const ROOT = path.resolve(__dirname, '..', '..');
const run = promisify(execFile);

/** The js block that follows "save this as `tail.mjs`" in the README. */
function tailExample(): string {
  const readme = readFileSync(path.join(ROOT, 'README.md'), 'utf8');
  const from = readme.indexOf('save this as `tail.mjs`');
  const block = /```js\n([\s\S]*?)```/.exec(readme.slice(from));
  if (from < 0 || !block) throw new Error('README: the tail.mjs example is gone');
  return block[1];
}

describe("the README's tail.mjs", () => {
  let s: TestServer;
  const file = path.join(ROOT, `tail-${process.pid}.test.mjs`);
  beforeAll(async () => {
    s = await startTestServer();
    await writeFile(file, tailExample().replace('ws://localhost:4000/graphql', s.wsUrl));
  });
  afterAll(async () => {
    await rm(file, { force: true });
    await s?.stop();
  });

  const tail = (key: string | undefined, traceId: string) => {
    const { KEY: _key, ...env } = process.env;
    return run(process.execPath, [file, traceId], { cwd: ROOT, env: key ? { ...env, KEY: key } : env, timeout: 20_000 }).then(
      (r) => ({ code: 0, ...r }),
      (e: { code: number; stdout: string; stderr: string }) => ({ code: e.code, stdout: e.stdout, stderr: e.stderr }),
    );
  };

  it('says why the server closed the connection when the key is missing, in one line', async () => {
    const r = await tail(undefined, crypto.randomUUID());
    expect(r.code).toBe(1);
    expect(r.stderr.trim()).toMatch(/^connection closed: 4401 \S/);
  });

  it('prints the spans of a trace with a key', async () => {
    const { key } = await s.project('readme-tail', 'read');
    const [traceId, agent] = [crypto.randomUUID(), crypto.randomUUID()];
    await s.gql(graphql(`mutation ReadmeTailIngest($b: IngestBatchInput!) { ingest(batch: $b) { accepted } }`), {
      b: {
        projectId: (await s.gql(graphql(`query ReadmeTailProject { projectByName(name: "readme-tail") { id } }`))).data!.projectByName.id,
        agentCalls: [{ id: agent, traceId, name: 'planner', startTime: '2026-11-22T10:00:00Z' }],
        // No name: the example prints the LLM call under its model.
        llmCalls: [{ traceId, parentId: agent, model: 'gpt-4o', startTime: '2026-11-22T10:00:01Z', endTime: '2026-11-22T10:00:02Z' }],
      },
    });
    // The example tails forever: it is stopped once it has printed the spans.
    const child = execFile(process.execPath, [file, traceId], { cwd: ROOT, env: { ...process.env, KEY: key } });
    const printed = await new Promise<string>((resolve, reject) => {
      let out = '';
      const timer = setTimeout(() => reject(new Error(`nothing printed: ${out}`)), 20_000);
      child.stdout!.on('data', (c: Buffer) => {
        out += c.toString();
        if (out.split('\n').length > 2) {
          clearTimeout(timer);
          resolve(out);
        }
      });
    });
    child.kill();
    expect(printed).toMatch(/^#\d+ planner RUNNING \n#\d+ {3}gpt-4o SUCCESS /);
  });
});
