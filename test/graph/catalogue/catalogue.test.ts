// The catalogue's definitions: one per query, bilingual, with examples that its own schemas accept.
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CATALOGUE, QUERY_NAMES, isQueryName } from '../../../graph/catalogue/catalogue.ts';
import { parseQueryInput } from '../../../graph/catalogue/execute.ts';
import { isAppError } from '../../../graph/errors.ts';

describe('CATALOGUE', () => {
  it.each(QUERY_NAMES)('%s is named after its key and described in Chinese and English', (name) => {
    const def = CATALOGUE[name];
    expect(def.name).toBe(name);
    for (const text of [def.summary.zh, def.summary.en, def.description.zh, def.description.en]) expect(text.length).toBeGreaterThan(1);
    expect(def.description.zh).toMatch(/[\u4e00-\u9fff]/);
    expect(def.examples.length).toBeGreaterThan(0);
  });

  it.each(QUERY_NAMES)('%s accepts its own examples', (name) => {
    for (const example of CATALOGUE[name].examples) expect(CATALOGUE[name].input.safeParse(example.input).success).toBe(true);
  });

  it.each(QUERY_NAMES)('%s converts to JSON Schema for OpenAPI and tools', (name) => {
    expect(() => z.toJSONSchema(CATALOGUE[name].input, { io: 'input' })).not.toThrow();
    expect(() => z.toJSONSchema(CATALOGUE[name].output)).not.toThrow();
  });

  it('fills defaults and caps limits', () => {
    expect(parseQueryInput('overlaps', {})).toEqual({ minShared: 2, limit: 50 });
    expect(parseQueryInput('neighborhood', { id: 'x' })).toEqual({ id: 'x', depth: 1, limit: 200 });
    expect(parseQueryInput('unitTasks', { unit: '  区水利局 ' })).toMatchObject({ unit: '区水利局' });
  });

  it('reports invalid input and unknown queries as BAD_INPUT with the issues', () => {
    const bad = (() => { try { parseQueryInput('search', { text: 'x', limit: 0 }); } catch (e) { return e; } })();
    expect(isAppError(bad) && bad.code).toBe('BAD_INPUT');
    expect(isAppError(bad) && bad.issues?.length).toBe(1);
    expect(isQueryName('toString')).toBe(false);
    expect(() => parseQueryInput('toString' as never, {})).toThrow();
  });
});
