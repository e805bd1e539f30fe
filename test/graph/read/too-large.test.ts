// A file above MAX_DOCUMENT_BYTES is refused from its size alone, never read into memory.
import { mkdtemp, readFile, rm, truncate, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { readDocumentFile } from '../../../graph/read/index.ts';
import { rejectedCode } from '../../support/error-code.ts';

vi.mock('node:fs/promises', async (importOriginal) => {
  const actual = await importOriginal<typeof import('node:fs/promises')>();
  return { ...actual, readFile: vi.fn(actual.readFile) };
});

let dir: string;
beforeAll(async () => { dir = await mkdtemp(join(tmpdir(), 'policy-graph-large-')); });
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

describe('readDocumentFile size limit', () => {
  it('refuses a 50 MB file as TOO_LARGE without reading it', async () => {
    const path = join(dir, 'huge.txt');
    await writeFile(path, '');
    await truncate(path, 50 * 1024 * 1024); // sparse: no 50 MB written to disk
    expect(await rejectedCode(readDocumentFile(path))).toBe('TOO_LARGE');
    expect(readFile).not.toHaveBeenCalled();
  });
});
