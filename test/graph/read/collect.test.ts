// collectDocumentPaths: what `ingest <file|dir>...` expands to.
import { mkdir, mkdtemp, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { collectDocumentPaths } from '../../../graph/read/index.ts';
import { rejectedCode } from '../../support/error-code.ts';

let dir: string;
beforeAll(async () => {
  dir = await mkdtemp(join(tmpdir(), 'policy-graph-collect-'));
  await mkdir(join(dir, 'plans/2024'), { recursive: true });
  await mkdir(join(dir, 'plans/.git'));
  for (const name of ['plans/b.txt', 'plans/a.md', 'plans/2024/c.docx', 'plans/2024/D.TXT', 'plans/notes.pdf',
    'plans/image.png', 'plans/~$c.docx', 'plans/.hidden.txt', 'plans/.git/x.txt', 'other.txt', 'slides.pptx']) {
    await writeFile(join(dir, name), 'x');
  }
  await symlink(join(dir, 'plans'), join(dir, 'plans/2024/loop'));
});
afterAll(async () => { await rm(dir, { recursive: true, force: true }); });

describe('collectDocumentPaths', () => {
  it('walks a directory recursively, keeping only readable formats, sorted', async () => {
    expect(await collectDocumentPaths([join(dir, 'plans')])).toEqual([
      join(dir, 'plans/2024/D.TXT'),
      join(dir, 'plans/2024/c.docx'),
      join(dir, 'plans/a.md'),
      join(dir, 'plans/b.txt'),
      join(dir, 'plans/notes.pdf'),
    ]);
  });

  it('mixes named files and directories without duplicates', async () => {
    const paths = await collectDocumentPaths([join(dir, 'other.txt'), join(dir, 'plans/b.txt'), join(dir, 'plans'), join(dir, 'plans/2024')]);
    expect(paths).toHaveLength(6);
    expect(new Set(paths).size).toBe(6);
    expect(paths).toEqual([...paths].sort());
  });

  it('returns absolute paths for relative inputs', async () => {
    const paths = await collectDocumentPaths([join(dir, 'plans', '..', 'other.txt')]);
    expect(paths).toEqual([join(dir, 'other.txt')]);
  });

  it('refuses a named file with an unsupported extension', async () => {
    expect(await rejectedCode(collectDocumentPaths([join(dir, 'slides.pptx')]))).toBe('UNSUPPORTED_FORMAT');
  });

  it('refuses a missing input', async () => {
    expect(await rejectedCode(collectDocumentPaths([join(dir, 'nope')]))).toBe('UNREADABLE');
  });
});
