// The catalogue as LangChain tools: one per query, the catalogue's own schema, JSON answers.
import { describe, expect, it } from 'vitest';
import { QUERY_NAMES } from '../../graph/catalogue/catalogue.ts';
import { runCatalogue } from '../../server/query-entry.ts';
import { catalogueTools, PLAN_TOOL_NAME } from '../../server/tools.ts';
import { seedStore } from './support.ts';

describe('catalogueTools', () => {
  it('has one tool per catalogue query and one for the query language', async () => {
    const tools = catalogueTools(await seedStore());
    expect(tools.map((t) => t.name)).toEqual([...QUERY_NAMES, PLAN_TOOL_NAME]);
    for (const t of tools) expect(t.description.length).toBeGreaterThan(10);
  });

  it('runs a query and answers JSON', async () => {
    const unitTasks = catalogueTools(await seedStore()).find((t) => t.name === 'unitTasks')!;
    const out = JSON.parse(await unitTasks.invoke({ unit: '区水利局', role: 'lead' }));
    expect(out.tasks.items.map((t: { name: string }) => t.name)).toEqual(['完善水利基础设施']);
  });

  it('rejects input its schema refuses', async () => {
    const unitTasks = catalogueTools(await seedStore()).find((t) => t.name === 'unitTasks')!;
    await expect(unitTasks.invoke({ unit: '' })).rejects.toThrow();
  });

  it('search ranks text as the API does (the one catalogue entry point)', async () => {
    const store = await seedStore();
    const search = catalogueTools(store).find((t) => t.name === 'search')!;
    const viaTool = JSON.parse(await search.invoke({ text: '防洪 水利' }));
    expect(viaTool).toEqual(await runCatalogue(store, 'search', { text: '防洪 水利' }));
    expect(viaTool.hits.items.some((h: { matched: string }) => h.matched === 'text')).toBe(true);
  });

  it('runs a plan of the query language', async () => {
    const plan = catalogueTools(await seedStore()).find((t) => t.name === PLAN_TOOL_NAME)!;
    const out = JSON.parse(await plan.invoke({ steps: [
      { op: 'find', by: 'name', names: ['区水利局'], labels: ['Unit'] },
      { op: 'follow', rel: 'DUTY', direction: 'out', roles: ['lead'] },
      { op: 'return', what: 'tasks' },
    ] }));
    expect(out.result.items.map((t: { name: string }) => t.name)).toEqual(['完善水利基础设施']);
    await expect(plan.invoke({ steps: [{ op: 'delete' }] })).rejects.toThrow();
  });
});
