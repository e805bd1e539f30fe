// The optional LLM client packages must run on the Node the project promises (package.json engines, ≥ 20.19).
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const PROMISED = [20, 19];

/** Lowest major.minor a `>=X.Y` range admits (null: no engines field, any Node). */
function lowest(range: string | undefined): number[] | null {
  if (!range) return null;
  const match = /^>=\s*(\d+)(?:\.(\d+))?/.exec(range.trim());
  if (!match) throw new Error(`unexpected engines range "${range}": read it by hand and extend this test`);
  return [Number(match[1]), Number(match[2] ?? 0)];
}

function manifest(...candidates: string[]): { version: string; engines?: { node?: string } } {
  const found = candidates.find((p) => existsSync(p));
  if (!found) throw new Error(`none of ${candidates.join(', ')} is installed: run npm ci`);
  return JSON.parse(readFileSync(found, 'utf8'));
}

describe('LLM client packages', () => {
  it.each([
    ['@langchain/openai', ['node_modules/@langchain/openai/package.json']],
    ['openai', ['node_modules/@langchain/openai/node_modules/openai/package.json', 'node_modules/openai/package.json']],
    ['@langchain/core', ['node_modules/@langchain/core/package.json']],
  ])('%s allows Node 20.19', (_name, paths) => {
    const needs = lowest(manifest(...paths).engines?.node);
    if (needs === null) return;
    expect(needs[0] < PROMISED[0] || (needs[0] === PROMISED[0] && needs[1] <= PROMISED[1])).toBe(true);
  });

  it('the project promises Node ≥ 20.19 and pins @langchain/openai exactly', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
    expect(lowest(pkg.engines?.node)).toEqual(PROMISED);
    expect(pkg.dependencies['@langchain/openai']).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
