// The memory store's link decisions: one small JSON file beside the document files, replaced atomically.
//
// Why one file for all decisions: they are few (a reviewer's clicks) and change together in small steps; a
// write replaces the whole file through a synced temp file and a rename, so a crash leaves the old or the new
// set whole, never half. Why not inside a document's file: a decision outlives the document's removal.
import { readdir, readFile, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { parseDecisions, type LinkDecision } from '../../align/decisions.ts';
import { corrupt } from './memory-file-format.ts';
import { processAlive, writeAtomically } from './memory-files.ts';

export const LINKS_FILE = 'links.json';
const LINKS_FORMAT = 'policy-graph-links/v1';
const TEMP = /^\.links\.json\.(\d+)\.[0-9a-f]+\.tmp$/;
/** A write renames its temp file within seconds; one older than this was left by a crash. */
const STALE_TEMP_MS = 10 * 60_000;

/** Decisions by id, in memory; on disk too when the store has a data dir. */
export class MemoryLinks {
  private decisions = new Map<string, LinkDecision>();

  constructor(private readonly dir: string | null) {}

  private get file(): string {
    return join(this.dir as string, LINKS_FILE);
  }

  /** Read the file (none yet: no decisions), clearing temp files a crashed writer left. */
  async load(): Promise<void> {
    if (!this.dir) return;
    await this.clearStaleTemps();
    let text: string;
    try {
      text = await readFile(this.file, 'utf8');
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code === 'ENOENT') return;
      throw corrupt(this.file, 'not readable', error);
    }
    try {
      const parsed = JSON.parse(text) as { format?: string; decisions?: unknown[] };
      if (parsed.format !== LINKS_FORMAT || !Array.isArray(parsed.decisions)) throw new Error(`expected format ${LINKS_FORMAT} with a decisions list`);
      this.decisions = new Map(parseDecisions(parsed.decisions, this.file).map((d) => [d.id, d]));
    } catch (error) {
      throw corrupt(this.file, `link decisions unreadable: ${(error as Error).message}`, error);
    }
  }

  private async clearStaleTemps(): Promise<void> {
    const names = await readdir(this.dir as string).catch(() => [] as string[]);
    for (const name of names) {
      const temp = TEMP.exec(name);
      if (!temp) continue;
      const path = join(this.dir as string, name);
      const age = Date.now() - ((await stat(path).catch(() => null))?.mtimeMs ?? 0);
      if (!processAlive(Number(temp[1])) || age > STALE_TEMP_MS) await unlink(path).catch(() => undefined);
    }
  }

  list(): LinkDecision[] {
    return [...this.decisions.values()].sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)).map((d) => ({ ...d, lower: { ...d.lower }, higher: { ...d.higher } }));
  }

  /** The new set is written first and swapped in after: a failed write changes nothing. Says whether any decision changed. */
  async save(save: readonly LinkDecision[], clear: readonly string[]): Promise<boolean> {
    const next = new Map(this.decisions);
    for (const id of clear) next.delete(id);
    for (const d of parseDecisions([...save], 'saveLinkDecisions')) next.set(d.id, d);
    const same = (a: LinkDecision | undefined, b: LinkDecision | undefined) => JSON.stringify(a) === JSON.stringify(b);
    const changed = next.size !== this.decisions.size || [...next].some(([id, d]) => !same(d, this.decisions.get(id)));
    if (!changed) return false;
    if (this.dir) {
      const decisions = [...next.values()].sort((a, b) => (a.id < b.id ? -1 : 1));
      await writeAtomically(this.dir, this.file, Buffer.from(`${JSON.stringify({ format: LINKS_FORMAT, decisions }, null, 1)}\n`));
    }
    this.decisions = next;
    return true;
  }
}
