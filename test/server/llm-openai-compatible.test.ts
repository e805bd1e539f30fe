// The optional LLM planner through the real OpenAI-compatible client, against a stub server on loopback:
// proves LLM_BASE_URL / LLM_MODEL wiring end to end, and each way a model's reply can go, with no network and no weights.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { BaseChatModel } from '@langchain/core/language_models/chat_models';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import type { MemoryGraphStore } from '../../graph/store/memory/memory-store.ts';
import { askQuestion } from '../../server/ask/index.ts';
import { envChatModel } from '../../server/ask/llm-env.ts';
import { leadTasks, WATER, WATER_TASK } from './llm-fixtures.ts';
import { seedStore } from './support.ts';

/** What the stub does with the next request: reply with these arguments (a string is sent as is), after a delay, or fail with a status. */
interface Reply {
  args?: unknown;
  content?: string;
  delayMs?: number;
  status?: number;
}

const requests: Record<string, unknown>[] = [];
let reply: Reply = {};
let server: Server;
let model: BaseChatModel;
let store: MemoryGraphStore;


/** Answers /chat/completions the way an OpenAI-compatible server (vLLM, Ollama, a Qwen endpoint) does. */
function completion(body: Record<string, unknown>): Record<string, unknown> {
  const tools = body.tools as { function: { name: string } }[] | undefined;
  const args = typeof reply.args === 'string' ? reply.args : JSON.stringify(reply.args);
  const message = reply.content !== undefined || !tools?.length
    ? { role: 'assistant', content: reply.content ?? args }
    : { role: 'assistant', content: null, tool_calls: [{ id: 'call_1', type: 'function', function: { name: tools[0].function.name, arguments: args } }] };
  return {
    id: 'chatcmpl-1', object: 'chat.completion', created: 0, model: body.model,
    choices: [{ index: 0, message, finish_reason: 'tool_calls' in message ? 'tool_calls' : 'stop' }],
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
      const send = () => {
        if (res.destroyed) return;
        res.writeHead(reply.status ?? 200, { 'content-type': 'application/json' });
        res.end(JSON.stringify(reply.status ? { error: { message: 'model overloaded', type: 'server_error' } } : completion(body)));
      };
      setTimeout(send, reply.delayMs ?? 0);
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const baseUrl = `http://127.0.0.1:${(server.address() as AddressInfo).port}/v1`;
  model = (await envChatModel({ LLM_BASE_URL: baseUrl, LLM_MODEL: 'qwen2.5-7b-instruct', LLM_API_KEY: 'k' }))!;
});

beforeEach(() => {
  requests.length = 0;
});

afterAll(() => new Promise<void>((resolve) => {
  server.closeAllConnections();
  server.close(() => resolve());
}));

const ask = (question: string, llmTimeoutMs?: number) => askQuestion(store, question, { model, llmTimeoutMs });
const rulesOnly = (question: string) => askQuestion(store, question, { model: null });
const names = (a: { answer: { items: { name: string }[] } }) => a.answer.items.map((i) => i.name);

describe('LLM planner over an OpenAI-compatible server', () => {
  it('(a) a good program answers; the request carries the language’s schema, its examples and the rules’ plan as the hint', async () => {
    expect(model).toBeTruthy();
    reply = { args: { plan: leadTasks('水利局') } };
    // In the documents' vocabulary but naming no unit: the rules only search; the model's program names the unit.
    const a = await ask('污水处理厂建设归谁管');
    expect(a.planner).toEqual({ by: 'llm' });
    expect(names(a)).toEqual([WATER_TASK]);
    expect(a.plan.params).toMatchObject({ steps: [{ names: ['区水利局'] }, {}, {}] });
    expect(a.evidence.some((e) => e.text.includes('牵头单位:区水利局'))).toBe(true);

    expect(requests).toHaveLength(1);
    // The client's default for such models: the language's JSON Schema as the response format.
    const sent = requests[0] as { url: string; model: string; response_format: { type: string; json_schema: { name: string; schema: { properties: Record<string, unknown> } } }; messages: { role: string; content: string }[] };
    expect(sent).toMatchObject({ url: '/v1/chat/completions', model: 'qwen2.5-7b-instruct', response_format: { type: 'json_schema', json_schema: { name: 'plan' } } });
    expect(Object.keys(sent.response_format.json_schema.schema.properties)).toEqual(['plan']);
    expect(JSON.stringify(sent.response_format.json_schema.schema)).toContain('"steps"');
    expect(sent.messages.find((m) => m.role === 'system')!.content).toContain('防洪这件事归哪个部门管');
    const user = sent.messages.find((m) => m.role === 'user')!.content;
    expect(user).toContain('污水处理厂建设归谁管');
    expect(user).toContain(`"plan":${JSON.stringify((await rulesOnly('污水处理厂建设归谁管')).plan)}`);
  });

  it('(b) garbage falls back to the rules’ answer, and the answer says so', async () => {
    for (const garbage of [{ args: '{"steps": [{"op": "find", "by": ' }, { content: '我觉得您想问天气。' }, { args: { answer: 42 } }]) {
      reply = garbage;
      const a = await ask(WATER);
      expect(a.planner).toEqual({ by: 'rules', fallback: 'invalid' });
      expect(names(a)).toEqual([WATER_TASK]);
      expect(a.plan).toEqual((await rulesOnly(WATER)).plan);
      expect(a.answer.text).toContain('模型给出的查询计划无效，由规则回答');
    }
  });

  it('(c) a slow reply times out and the rules answer', async () => {
    reply = { args: leadTasks('区水利局'), delayMs: 3_000 };
    const started = Date.now();
    const a = await ask(WATER, 300);
    expect(Date.now() - started).toBeLessThan(2_500);
    expect(a.planner).toEqual({ by: 'rules', fallback: 'timeout' });
    expect(names(a)).toEqual([WATER_TASK]);
    expect(a.answer.text).toContain('模型超时，由规则回答');
  });

  it('(d) a program naming a unit the graph lacks falls back to the rules', async () => {
    reply = { args: { plan: leadTasks('区宇航局') } };
    const a = await ask(WATER);
    expect(a.planner).toEqual({ by: 'rules', fallback: 'unknown-name' });
    expect(names(a)).toEqual([WATER_TASK]);
    expect(a.answer.text).toContain('模型的查询计划用了图中没有的名称，由规则回答');
  });

  it('a model that declines ({"plan": null}) leaves the question to the rules', async () => {
    reply = { args: { plan: null } };
    const poem = '写一首关于涪江的诗';
    const a = await ask(poem);
    expect(a.planner).toEqual({ by: 'rules', fallback: 'declined' });
    expect(a.plan).toEqual((await rulesOnly(poem)).plan);
  });

  it('a server that fails falls back to the rules after one retry', async () => {
    reply = { status: 500 };
    const a = await ask(WATER);
    expect(a.planner).toEqual({ by: 'rules', fallback: 'error' });
    expect(names(a)).toEqual([WATER_TASK]);
    expect(requests).toHaveLength(2);
  });
});
