// Worker threads run from an esbuild bundle kept until one of its sources changes (graph/worker-bundle.mjs).
import { mkdtemp, readFile, rm, stat, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { bundleOf } from '../../graph/worker-bundle.mjs';

const dirs: string[] = [];
afterAll(async () => {
  for (const dir of dirs) await rm(dir, { recursive: true, force: true });
});

async function sources(value: string): Promise<{ entry: string; part: string }> {
  const dir = await mkdtemp(join(tmpdir(), 'worker-bundle-'));
  dirs.push(dir);
  const entry = join(dir, 'entry.ts');
  const part = join(dir, 'part.ts');
  await writeFile(part, `export const value: string = '${value}';\n`);
  await writeFile(entry, `import { value } from './part.ts';\nexport const answer = (n: number): string => value + n;\n`);
  return { entry, part };
}

describe('worker bundle', () => {
  it('bundles a TypeScript entry and what it imports into one plain-JS module that runs', async () => {
    const { entry } = await sources('first');
    const bundle = await bundleOf(entry);
    const text = await readFile(fileURLToPath(bundle), 'utf8');
    expect(text).not.toMatch(/from ['"]\.\/part\.ts['"]/);
    expect(text).not.toContain('__name(');
    const { answer } = await import(bundle);
    expect(answer(1)).toBe('first1');
  });

  it('keeps the bundle while its sources are unchanged and rebuilds it when one changes', async () => {
    const { entry, part } = await sources('old');
    const bundle = await bundleOf(entry);
    const built = await readFile(fileURLToPath(bundle), 'utf8');
    const written = (await stat(fileURLToPath(bundle))).mtimeMs;
    // Unchanged sources: the same file, not written again.
    expect(await bundleOf(entry)).toBe(bundle);
    expect((await stat(fileURLToPath(bundle))).mtimeMs).toBe(written);
    await writeFile(part, `export const value: string = 'new and longer';\n`);
    const again = await bundleOf(entry);
    const rebuilt = await readFile(fileURLToPath(again), 'utf8');
    expect(built).toContain('"old"');
    expect(rebuilt).toContain('"new and longer"');
    const { answer } = await import(`${again}?v=2`);
    expect(answer(2)).toBe('new and longer2');
  });
});
