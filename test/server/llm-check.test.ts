// The model's program is checked as POST /api/query checks a plan: the language has no write step, and anything unknown is refused.
import { beforeAll, describe, expect, it } from 'vitest';
import { lexiconFor, type Lexicon } from '../../server/ask/lexicon.ts';
import { checkProgram } from '../../server/ask/llm-check.ts';
import { seedStore } from './support.ts';

let lexicon: Lexicon;
beforeAll(async () => {
  lexicon = await lexiconFor(await seedStore());
});

const find = { op: 'find', by: 'name', names: ['区水利局'], labels: ['Unit'] };

describe('checkProgram', () => {
  it.each([
    ['a create step', { steps: [find, { op: 'create', label: 'Unit', name: 'x' }] }],
    ['a delete step', { steps: [find, { op: 'delete' }] }],
    ['a merge step', { steps: [{ op: 'merge', label: 'Unit', name: 'x' }] }],
    ['a set step', { steps: [find, { op: 'set', property: 'name', value: 'x' }] }],
    ['raw Cypher as a step', { steps: [{ op: 'cypher', query: 'MATCH (n) DETACH DELETE n' }] }],
    ['raw Cypher beside a find', { steps: [{ ...find, cypher: 'MATCH (n) DETACH DELETE n' }] }],
    ['a write flag on the plan', { write: true, steps: [find] }],
    ['an unknown relation', { steps: [find, { op: 'follow', rel: 'OWNS' }] }],
    ['an unknown label', { steps: [{ op: 'find', by: 'label', labels: ['Person'] }] }],
    ['an unknown way of finding', { steps: [{ op: 'find', by: 'cypher', text: 'MATCH (n) RETURN n' }] }],
    ['no steps', { steps: [] }],
    ['not an object', 'MATCH (n) DETACH DELETE n'],
  ])('refuses %s', (_what, program) => {
    expect(checkProgram(program, lexicon)).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('refuses a plan past the language’s limits (hops)', () => {
    const deep = { op: 'follow', rel: 'PART_OF', direction: 'both', depth: 4 };
    expect(checkProgram({ steps: [find, deep, deep, deep] }, lexicon)).toMatchObject({ ok: false, reason: 'invalid' });
  });

  it('refuses a name the graph does not have', () => {
    const checked = checkProgram({ steps: [{ ...find, names: ['区宇航局'] }] }, lexicon);
    expect(checked).toMatchObject({ ok: false, reason: 'unknown-name' });
  });

  it('maps a name the model wrote to the graph’s own and fills the defaults', () => {
    const checked = checkProgram({ steps: [{ ...find, names: ['水利局'] }, { op: 'follow', rel: 'DUTY' }] }, lexicon);
    expect(checked).toMatchObject({
      ok: true,
      plan: { steps: [{ names: ['区水利局'], match: 'exact' }, { direction: 'out', depth: 1 }] },
      renamed: ['把「水利局」理解为「区水利局」'],
    });
  });
});
