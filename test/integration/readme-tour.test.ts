// The README's one-minute tour, run as a reader would: its shell block, twice, against a real server.
import { execFile } from 'node:child_process';
import { readFileSync } from 'node:fs';
import path from 'node:path';
import { promisify } from 'node:util';
import { startTestServer, type TestServer } from '../support/test-server';

const run = promisify(execFile);

/** The sh block of the README's "A one-minute tour", pointed at `url` with `key`. */
function tour(url: string, key: string): string {
  const readme = readFileSync(path.resolve(__dirname, '..', '..', 'README.md'), 'utf8');
  const block = /```sh\n([\s\S]*?)```/.exec(readme.slice(readme.indexOf('## A one-minute tour')));
  if (!block) throw new Error('README: the tour is gone');
  const script = block[1].replace('KEY=$(cat .sextant/admin-key)', `KEY=${key}`).replaceAll('http://localhost:4000/graphql', url);
  if (script === block[1]) throw new Error('README: the tour no longer reads .sextant/admin-key and localhost:4000');
  return script;
}

/** The README's batch with one bad item and one good item (indented in a list item), and the answer it shows. */
function badItemExample(): { script: string; answer: unknown } {
  const readme = readFileSync(path.resolve(__dirname, '..', '..', 'README.md'), 'utf8');
  const from = readme.slice(readme.indexOf('**One bad value never sinks a batch.**'));
  const sh = /```sh\n([\s\S]*?)```/.exec(from);
  const json = /```json\n([\s\S]*?)```/.exec(from);
  if (!sh || !json) throw new Error('README: the bad-item example is gone');
  const dedent = (text: string) => text.replace(/^ {2}/gm, '');
  return { script: dedent(sh[1]), answer: JSON.parse(dedent(json[1])) };
}

describe("the README's one-minute tour", () => {
  let s: TestServer;
  beforeAll(async () => {
    s = await startTestServer();
  });
  afterAll(() => s?.stop());

  it('ingests the nested trace and reads it back, and can be run again', async () => {
    for (let i = 0; i < 2; i++) {
      const { stdout } = await run('bash', ['-c', tour(s.url, s.adminKey)], { timeout: 30_000 });
      const lines = stdout.split('\n').filter((l) => l.trim());
      if (lines.length < 2) throw new Error(`the tour printed: ${stdout}`);
      const [ingest, read] = lines.slice(-2).map((l) => JSON.parse(l));
      expect(ingest).toEqual({ data: { ingest: { accepted: 6, rejected: 0, rejections: [] } } });
      expect(read.data.trace).toMatchObject({ totalTokens: 1800, totalCost: 0.0075, llmCallCount: 2, toolCallCount: 1 });
      expect(read.data.trace.spans.map((x: { depth: number }) => x.depth)).toEqual([0, 1, 1, 2, 3]);
      // As the README says: the LLM calls, sent without names, go by their models.
      expect(read.data.trace.spans.map((x: { name: string }) => x.name)).toEqual([
        'planner',
        'gpt-4o',
        'web_search',
        'summarizer',
        'claude-3-5-sonnet-20241022',
      ]);
    }
    expect(await s.ds.query(`SELECT count(*)::int AS n FROM projects WHERE name = 'tour'`)).toEqual([{ n: 1 }]);
  });

  it("stores the good item of the README's batch with one bad item, and answers as the README shows", async () => {
    const { script, answer } = badItemExample();
    for (let i = 0; i < 2; i++) {
      const { stdout } = await run('bash', ['-c', `${tour(s.url, s.adminKey)}\n${script}`], { timeout: 30_000 });
      expect(JSON.parse(stdout.trim().split('\n').at(-1)!)).toEqual(answer);
    }
    const stored = await s.ds.query(`SELECT id FROM spans WHERE trace_id = '0193a000-0000-7000-8000-0000000000b1'`);
    expect(stored).toEqual([{ id: '0193a000-0000-7000-8000-0000000000b2' }]);
  });
});
