// The bench tools are entry points nothing imports: test/bench/README.md is their index, so a tool that is not listed
// there is one nobody will find (add a line) or one nobody runs any more (delete it).
import { readdirSync, readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';

const BENCH = fileURLToPath(new URL('../bench/', import.meta.url));

describe('bench index', () => {
  it('lists every tool of test/bench, and only tools that exist', () => {
    const tools = readdirSync(BENCH).filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts')).sort();
    const listed = [...readFileSync(`${BENCH}README.md`, 'utf8').matchAll(/^- `([^`]+\.ts)` — /gm)].map((m) => m[1]).sort();
    expect(listed).toEqual(tools);
  });
});
