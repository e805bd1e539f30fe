// /mcp in-process with the SDK's own client: the tools listed, each kind called, errors as tool errors, nothing written.
import { Client } from '@modelcontextprotocol/sdk/client/index.js';
import { StreamableHTTPClientTransport } from '@modelcontextprotocol/sdk/client/streamableHttp.js';
import { afterEach, describe, expect, it } from 'vitest';
import { QUERY_NAMES } from '../../graph/catalogue/catalogue.ts';
import { seedApp, seedStore } from './support.ts';

type App = Awaited<ReturnType<typeof seedApp>>;
const clients: Client[] = [];

async function connect(app: App): Promise<Client> {
  const transport = new StreamableHTTPClientTransport(new URL('http://localhost/mcp'), {
    fetch: (url, init) => Promise.resolve(app.request(String(url), init as RequestInit)),
  });
  const client = new Client({ name: 'policy-graph-test', version: '0.0.0' });
  await client.connect(transport);
  clients.push(client);
  return client;
}

afterEach(async () => {
  await Promise.all(clients.splice(0).map((c) => c.close()));
});

const json = (result: Awaited<ReturnType<Client['callTool']>>) => JSON.parse((result.content as Array<{ text: string }>)[0].text);

describe('MCP endpoint', () => {
  it('lists ask, every catalogue query and the query language, all read-only', async () => {
    const { tools } = await (await connect(await seedApp())).listTools();
    expect(tools.map((t) => t.name).sort()).toEqual(['ask', 'queryPlan', ...QUERY_NAMES].sort());
    for (const tool of tools) {
      expect(tool.annotations?.readOnlyHint, tool.name).toBe(true);
      expect(tool.inputSchema.type).toBe('object');
    }
  });

  it('answers a catalogue query, search and a plan like the HTTP API', async () => {
    const app = await seedApp();
    const client = await connect(app);
    const unitTasks = json(await client.callTool({ name: 'unitTasks', arguments: { unit: '区水利局', role: 'lead' } }));
    expect(unitTasks.tasks.items.map((t: { name: string }) => t.name)).toEqual(['完善水利基础设施']);
    const search = json(await client.callTool({ name: 'search', arguments: { text: '涪江' } }));
    const viaApi = await (await app.request('/api/query/search', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ text: '涪江' }) })).json();
    expect(search).toEqual(viaApi);
    const plan = json(await client.callTool({ name: 'queryPlan', arguments: { steps: [
      { op: 'find', by: 'name', names: ['区水利局'], labels: ['Unit'] }, { op: 'follow', rel: 'DUTY' }, { op: 'count' },
    ] } }));
    expect(plan.result.count).toBe(3);
  });

  it('answers a question with ask', async () => {
    const client = await connect(await seedApp());
    const answer = json(await client.callTool({ name: 'ask', arguments: { question: '区水利局牵头哪些任务？' } }));
    expect(answer.answer.text).toContain('完善水利基础设施');
  });

  it('turns a bad plan into a tool error the assistant can read', async () => {
    const client = await connect(await seedApp());
    const result = await client.callTool({ name: 'queryPlan', arguments: { steps: [
      { op: 'find', by: 'label', labels: ['Unit'] }, { op: 'combine', how: 'minus', with: 'nothing' },
    ] } });
    expect(result.isError).toBe(true);
    expect(json(result).error.code).toBe('BAD_INPUT');
  });

  it('never changes the graph', async () => {
    const before = JSON.stringify(await (await seedStore()).exportGraph());
    const client = await connect(await seedApp());
    for (const name of ['stats', 'workload', 'accountabilityGaps']) await client.callTool({ name, arguments: {} });
    expect(JSON.stringify(await (await seedStore()).exportGraph())).toBe(before);
  });
});
