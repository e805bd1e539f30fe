// The catalogue as LangChain tools: one per query, the catalogue's own schema, JSON answers.
import { describe, expect, it } from 'vitest';
import { QUERY_NAMES } from '../../graph/catalogue/catalogue.ts';
import { catalogueTools } from '../../server/tools.ts';
import { seedStore } from './support.ts';

describe('catalogueTools', () => {
  it('has one tool per catalogue query', async () => {
    const tools = catalogueTools(await seedStore());
    expect(tools.map((t) => t.name)).toEqual(QUERY_NAMES);
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
});
