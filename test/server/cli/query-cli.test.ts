// `policy-graph query --plan FILE|-` in-process: a plan from a file or stdin, JSON or a table, clear errors naming the file.
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { Readable } from 'node:stream';
import { afterEach, beforeAll, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../../server/cli/main.ts';

let dir: string;
let out: string[];
let err: string[];
const data = () => join(dir, 'data');
const LED = { steps: [
  { op: 'find', by: 'name', names: ['区水利局'], labels: ['Unit'] },
  { op: 'follow', rel: 'DUTY', direction: 'out', roles: ['lead'] },
  { op: 'return', what: 'tasks' },
] };

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'pg-query-cli-'));
  vi.spyOn(process.stdout, 'write').mockImplementation(() => true);
  await main(['--store', 'memory', '--data', data(), 'ingest', 'seeds']);
  vi.restoreAllMocks();
}, 60_000);

beforeEach(() => {
  out = [];
  err = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => { out.push(String(chunk)); return true; });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => { err.push(String(chunk)); return true; });
});
afterEach(() => vi.restoreAllMocks());

function planFile(name: string, body: string): string {
  const file = join(dir, name);
  writeFileSync(file, body);
  return file;
}

describe('policy-graph query', () => {
  it('runs a plan file and prints JSON with --json', async () => {
    expect(await main(['--store', 'memory', '--data', data(), 'query', '--plan', planFile('led.json', JSON.stringify(LED)), '--json'])).toBe(0);
    const answer = JSON.parse(out.join(''));
    expect(answer.result.items.map((i: { name: string }) => i.name)).toEqual(['完善水利基础设施']);
  });

  it('reads the plan from stdin with --plan - and prints a table', async () => {
    vi.spyOn(process, 'stdin', 'get').mockReturnValue(Readable.from([JSON.stringify(LED)]) as never);
    expect(await main(['--store', 'memory', '--data', data(), 'query', '--plan', '-'])).toBe(0);
    expect(out.join('')).toContain('完善水利基础设施');
    expect(out.join('')).toContain('牵头单位:区水利局');
  });

  it.each([
    ['not JSON', '{steps: find}', 'BAD_INPUT'],
    ['not a plan', '{"steps":[{"op":"drop"}]}', 'BAD_INPUT'],
  ])('a file that is %s fails naming the file', async (_name, body, code) => {
    const file = planFile('bad.json', body);
    expect(await main(['--store', 'memory', '--data', data(), 'query', '--plan', file])).toBe(1);
    expect(err.join('')).toContain(`[${code}]`);
    expect(err.join('')).toContain(file);
  });

  it('a missing file is UNREADABLE, and no --plan prints the usage', async () => {
    expect(await main(['--store', 'memory', '--data', data(), 'query', '--plan', join(dir, 'missing.json')])).toBe(1);
    expect(err.join('')).toContain('[UNREADABLE]');
    expect(await main(['--store', 'memory', '--data', data(), 'query'])).toBe(2);
    expect(err.join('')).toContain('--plan');
  });
});
