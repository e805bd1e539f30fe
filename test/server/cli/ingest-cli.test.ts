// The CLI end to end in-process: ingest, export, report, and bad input that must write nothing.
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { main } from '../../../server/cli/main.ts';

let dir: string;
let out: string[];
let err: string[];

beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'pg-cli-'));
  out = [];
  err = [];
  vi.spyOn(process.stdout, 'write').mockImplementation((chunk) => { out.push(String(chunk)); return true; });
  vi.spyOn(process.stderr, 'write').mockImplementation((chunk) => { err.push(String(chunk)); return true; });
});
afterEach(() => vi.restoreAllMocks());

const data = () => join(dir, 'data');
const storeFiles = () => (existsSync(data()) ? readdirSync(data(), { recursive: true }) : []);

describe('policy-graph CLI', () => {
  it('ingests the seeds and exports policy-graph/v1 JSON, identical after a second ingest', async () => {
    expect(await main(['--store', 'memory', '--data', data(), 'ingest', 'seeds'])).toBe(0);
    expect(out.join('')).toContain('关于推动双城经济圈建设行动方案');
    out = [];
    expect(await main(['--store', 'memory', '--data', data(), 'export', '--format', 'json'])).toBe(0);
    const first = out.join('');
    const graph = JSON.parse(first);
    expect(graph.format).toBe('policy-graph/v1');
    expect(graph.nodes.some((n: { label: string; name: string }) => n.label === 'Unit' && n.name === '区水利局')).toBe(true);
    await main(['--store', 'memory', '--data', data(), 'ingest', 'seeds']);
    out = [];
    await main(['--store', 'memory', '--data', data(), 'export', '--format', 'json']);
    expect(out.join('')).toBe(first);
  });

  it('exports GraphML and an Excel-ready CSV to a file', async () => {
    await main(['--store', 'memory', '--data', data(), 'ingest', 'seeds']);
    expect(await main(['--store', 'memory', '--data', data(), 'export', '--format', 'graphml', '--out', join(dir, 'g.graphml')])).toBe(0);
    expect(readFileSync(join(dir, 'g.graphml'), 'utf8')).toContain('<graphml');
    expect(await main(['--store', 'memory', '--data', data(), 'export', '--format', 'csv', '--out', join(dir, 'g.csv')])).toBe(0);
    const csv = readFileSync(join(dir, 'g.csv'), 'utf8');
    expect(csv.startsWith('\ufeff')).toBe(true);
    expect(csv).toContain('LEADS');
  });

  it('reports unresolved units, tasks without a lead and page gaps with their evidence', async () => {
    await main(['--store', 'memory', '--data', data(), 'ingest', 'seeds']);
    out = [];
    expect(await main(['--store', 'memory', '--data', data(), 'report'])).toBe(0);
    const report = out.join('');
    expect(report).toContain('单位GDP委');
    expect(report).toContain('持续改善生态环境质量');
    expect(report).toContain('疑似缺页');
  });

  it.each([
    ['empty.txt', ''],
    ['binary.txt', Buffer.from([0, 1, 2, 3, 0, 0, 255, 254, 0, 7])],
    ['broken.docx', 'this is not a zip'],
  ])('refuses %s with a clear error naming the file, a non-zero exit and nothing written', async (name, body) => {
    const file = join(dir, name);
    writeFileSync(file, body);
    expect(await main(['--store', 'memory', '--data', data(), 'ingest', 'seeds', file])).not.toBe(0);
    expect(err.join('')).toContain(name);
    expect(storeFiles().filter((f) => String(f).endsWith('.json'))).toEqual([]);
  });

  it('refuses an unreadable path', async () => {
    expect(await main(['--store', 'memory', '--data', data(), 'ingest', join(dir, 'missing.txt')])).not.toBe(0);
    expect(err.join('')).toContain('missing.txt');
  });

  it('rejects an unknown export format', async () => {
    expect(await main(['--store', 'memory', '--data', data(), 'export', '--format', 'xlsx'])).not.toBe(0);
  });
});
