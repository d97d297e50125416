import { createServer, type IncomingHttpHeaders } from 'node:http';
import type { AddressInfo } from 'node:net';

// A fake OpenAI on loopback for the instrumented clients of test/integration/otlp-clients.test.ts:
// a real HTTP server speaking the Chat Completions wire protocol (JSON and SSE streaming, tool
// calls, usage with cached tokens), so the clients and their instrumentations run unchanged and
// nothing leaves the machine. Each test scripts its answers and reads back the requests it got.

type FakeToolCall = { id: string; name: string; arguments: string };

/** One scripted answer: a completion (text and/or tool calls, with its usage), or an API error. */
export type FakeReply =
  | {
      text?: string;
      toolCalls?: FakeToolCall[];
      usage: { prompt: number; completion: number; cached?: number };
      /** The model the response names; the request's model otherwise. */
      model?: string;
    }
  | { status: number; error: { message: string; type: string; code?: string } };

type FakeRequest = { path: string; headers: IncomingHttpHeaders; body: ChatRequest };

type ChatRequest = { model: string; stream?: boolean; stream_options?: { include_usage?: boolean }; messages: unknown[]; [k: string]: unknown };

export type FakeOpenAI = {
  /** The base URL a client takes (`…/v1`). */
  baseURL: string;
  requests: FakeRequest[];
  close(): Promise<void>;
};

/** Starts the fake; `script` answers the requests in order (a queue) or as a function of each one. */
export async function startFakeOpenAI(
  script: FakeReply[] | ((req: ChatRequest, index: number) => FakeReply),
  opts: { delayMs?: number } = {},
): Promise<FakeOpenAI> {
  const requests: FakeRequest[] = [];
  let created = 1_764_900_000;
  const server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (c: Buffer) => chunks.push(c));
    // delayMs: answers come that much later, like a real model's, so callers can watch work in flight.
    req.on('end', () => setTimeout(() => answer(), opts.delayMs ?? 0));
    const answer = () => {
      const path = (req.url ?? '').split('?')[0];
      if (req.method !== 'POST' || path !== '/v1/chat/completions') {
        res.writeHead(404, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { message: `no route ${req.method} ${path}`, type: 'invalid_request_error' } }));
        return;
      }
      let body: ChatRequest;
      try {
        body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as ChatRequest;
      } catch {
        res.writeHead(400, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { message: 'the body is not JSON', type: 'invalid_request_error' } }));
        return;
      }
      const index = requests.length;
      requests.push({ path, headers: req.headers, body });
      const reply = typeof script === 'function' ? script(body, index) : script[index];
      if (!reply) {
        res.writeHead(500, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { message: `the script has no answer for request ${index}`, type: 'server_error' } }));
        return;
      }
      if ('status' in reply) {
        res.writeHead(reply.status, { 'content-type': 'application/json' });
        res.end(JSON.stringify({ error: { ...reply.error, param: null, code: reply.error.code ?? null } }));
        return;
      }
      const id = `chatcmpl-fake${index}`;
      const model = reply.model ?? body.model;
      const usage = {
        prompt_tokens: reply.usage.prompt,
        completion_tokens: reply.usage.completion,
        total_tokens: reply.usage.prompt + reply.usage.completion,
        prompt_tokens_details: { cached_tokens: reply.usage.cached ?? 0, audio_tokens: 0 },
        completion_tokens_details: { reasoning_tokens: 0, audio_tokens: 0, accepted_prediction_tokens: 0, rejected_prediction_tokens: 0 },
      };
      const finishReason = reply.toolCalls?.length ? 'tool_calls' : 'stop';
      const toolCalls = reply.toolCalls?.map((t) => ({ id: t.id, type: 'function', function: { name: t.name, arguments: t.arguments } }));
      created += 1;
      if (!body.stream) {
        res.writeHead(200, { 'content-type': 'application/json' });
        res.end(
          JSON.stringify({
            id,
            object: 'chat.completion',
            created,
            model,
            system_fingerprint: 'fp_fake',
            choices: [
              {
                index: 0,
                message: { role: 'assistant', content: reply.text ?? null, refusal: null, ...(toolCalls ? { tool_calls: toolCalls } : {}) },
                logprobs: null,
                finish_reason: finishReason,
              },
            ],
            usage,
            service_tier: 'default',
          }),
        );
        return;
      }
      // Streaming as OpenAI sends it: the role, the text in pieces, each tool call's name then its
      // arguments in pieces, the finish reason, then (with include_usage) a last chunk with no choices.
      res.writeHead(200, { 'content-type': 'text/event-stream', 'cache-control': 'no-cache', connection: 'keep-alive' });
      const chunk = (delta: Record<string, unknown>, finish: string | null = null) => ({
        id,
        object: 'chat.completion.chunk',
        created,
        model,
        system_fingerprint: 'fp_fake',
        choices: [{ index: 0, delta, logprobs: null, finish_reason: finish }],
        ...(body.stream_options?.include_usage ? { usage: null } : {}),
      });
      const events: unknown[] = [chunk({ role: 'assistant', content: reply.text === undefined ? null : '', refusal: null })];
      for (const piece of reply.text?.match(/.{1,8}/gs) ?? []) events.push(chunk({ content: piece }));
      reply.toolCalls?.forEach((t, i) => {
        events.push(chunk({ tool_calls: [{ index: i, id: t.id, type: 'function', function: { name: t.name, arguments: '' } }] }));
        for (const piece of t.arguments.match(/.{1,6}/gs) ?? []) events.push(chunk({ tool_calls: [{ index: i, function: { arguments: piece } }] }));
      });
      events.push(chunk({}, finishReason));
      if (body.stream_options?.include_usage) {
        events.push({ id, object: 'chat.completion.chunk', created, model, system_fingerprint: 'fp_fake', choices: [], usage });
      }
      for (const e of events) res.write(`data: ${JSON.stringify(e)}\n\n`);
      res.end('data: [DONE]\n\n');
    };
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections();
        server.close((e) => (e ? reject(e) : resolve()));
      }),
  };
}
