// The optional LLM planner through the real OpenAI-compatible client, against a fake server on loopback:
// proves LLM_BASE_URL / LLM_MODEL wiring end to end with no network and no model weights.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { MemoryGraphStore } from '../../graph/store/memory/memory-store.ts';
import { askQuestion } from '../../server/ask/index.ts';
import { envChatModel } from '../../server/ask/llm-env.ts';
import { seedStore } from './support.ts';

const PLAN = { plan: { op: 'unitTasks', params: { unit: '水利局', role: 'lead' } } };
const requests: Record<string, unknown>[] = [];
let server: Server;
let baseUrl: string;
let store: MemoryGraphStore;

/** Answers /chat/completions the way an OpenAI-compatible server (vLLM, Ollama, a Qwen endpoint) does. */
function fakeCompletions(body: Record<string, unknown>): Record<string, unknown> {
  const tools = body.tools as { function: { name: string } }[] | undefined;
  const message = tools?.length
    ? { role: 'assistant', content: null, tool_calls: [{ id: 'call_1', type: 'function', function: { name: tools[0].function.name, arguments: JSON.stringify(PLAN) } }] }
    : { role: 'assistant', content: JSON.stringify(PLAN) };
  return {
    id: 'chatcmpl-1', object: 'chat.completion', created: 0, model: body.model,
    choices: [{ index: 0, message, finish_reason: tools?.length ? 'tool_calls' : 'stop' }],
    usage: { prompt_tokens: 1, completion_tokens: 1, total_tokens: 2 },
  };
}

beforeAll(async () => {
  store = await seedStore();
  server = createServer((req, res) => {
    let raw = '';
    req.on('data', (c) => { raw += c; });
    req.on('end', () => {
      const body = JSON.parse(raw || '{}') as Record<string, unknown>;
      requests.push({ url: req.url, ...body });
      res.writeHead(200, { 'content-type': 'application/json' });
      res.end(JSON.stringify(fakeCompletions(body)));
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
});

afterAll(() => new Promise<void>((resolve) => server.close(() => resolve())));

describe('LLM planner over an OpenAI-compatible server', () => {
  it('builds the chat model from LLM_BASE_URL and LLM_MODEL and plans through it', async () => {
    const model = await envChatModel({ LLM_BASE_URL: baseUrl, LLM_MODEL: 'qwen2.5-7b-instruct', LLM_API_KEY: 'k' });
    expect(model).not.toBeNull();
    // In the documents' vocabulary but naming nothing the rules can place, so the model is asked.
    const answer = await askQuestion(store, '污水处理厂建设', { model: model! });
    expect(requests.length).toBeGreaterThan(0);
    expect(requests[0]).toMatchObject({ url: '/v1/chat/completions', model: 'qwen2.5-7b-instruct' });
    expect(answer.plan).toMatchObject({ op: 'unitTasks', params: { unit: '区水利局', role: 'lead' } });
    expect(answer.answer.items.map((i) => i.name)).toContain('完善水利基础设施');
  });
});
