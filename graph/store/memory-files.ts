// The memory store on disk: one JSON file per document, each replaced atomically (temp, fsync, rename).
//
// Why one file per document and no index: a document is the unit of change, so an ingest rewrites
// only its own file (not the whole graph), and with no index there is no second file that a crash
// could leave disagreeing with the first. Shared nodes are derived on load from the documents.
import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, readFile, rename, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { AppError, isAppError } from '../errors.ts';
import { sha256 } from '../ids.ts';
import type { GraphBatch } from '../model.ts';
import { validateBatch } from './batch-validate.ts';

export const STORE_DIR_NAME = 'memory-store';
export const FILE_FORMAT = 'policy-graph-memory/v1';

const DOC_FILE = /^doc-[0-9a-f]{32}\.json$/;
const TEMP_FILE = /^\.doc-[0-9a-f]{32}\.json\.(\d+)\.[0-9a-f]+\.tmp$/;

export interface DocumentFile {
  format: typeof FILE_FORMAT;
  docId: string;
  /** batchContentHash at write time; trusted on load (files are not edited by hand). */
  contentHash: string;
  batch: GraphBatch;
}

export interface LoadedDocument {
  file: string;
  contentHash: string;
  batch: GraphBatch;
}

export function corrupt(file: string, problem: string, cause?: unknown): AppError {
  return new AppError('STORE_CORRUPT', `存储文件损坏 / store file is corrupt: ${problem}`, {
    source: file,
    cause,
    hint: 'Nothing was deleted. Move this file out of the store directory (or restore it from a backup), '
      + 'then re-ingest its document; the other documents are unaffected. / 请移走该文件后重新导入对应文档。',
  });
}

function processAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function syncDirectory(dir: string): Promise<void> {
  try {
    const handle = await open(dir, 'r');
    try {
      await handle.sync();
    } finally {
      await handle.close();
    }
  } catch {
    // Some platforms cannot fsync a directory; the rename is still atomic there.
  }
}

function unavailable(dir: string, cause: unknown): AppError {
  return new AppError('STORE_UNAVAILABLE', `无法写入存储 / cannot write the store: ${(cause as Error).message}`, {
    source: dir,
    cause,
    retriable: false,
    hint: 'Nothing was changed. Check that the data directory exists, is writable and has free space.',
  });
}

export class DocumentFiles {
  constructor(readonly dir: string) {}

  fileFor(docId: string): string {
    return join(this.dir, `doc-${sha256(docId).slice(0, 32)}.json`);
  }

  /** Every document file, by file name; stray temp files of dead writers are cleared away. */
  async loadAll(): Promise<LoadedDocument[]> {
    await mkdir(this.dir, { recursive: true });
    const names = (await readdir(this.dir)).sort();
    const loaded: LoadedDocument[] = [];
    for (const name of names) {
      const temp = TEMP_FILE.exec(name);
      if (temp && !processAlive(Number(temp[1]))) await unlink(join(this.dir, name)).catch(() => undefined);
      if (DOC_FILE.test(name)) loaded.push(await this.load(join(this.dir, name)));
    }
    return loaded;
  }

  private async load(file: string): Promise<LoadedDocument> {
    let parsed: Partial<DocumentFile>;
    try {
      parsed = JSON.parse(await readFile(file, 'utf8')) as Partial<DocumentFile>;
    } catch (error) {
      throw corrupt(file, 'not readable JSON (truncated or overwritten?)', error);
    }
    if (parsed?.format !== FILE_FORMAT || typeof parsed.docId !== 'string' || typeof parsed.contentHash !== 'string') {
      throw corrupt(file, `expected format ${FILE_FORMAT} with a docId and contentHash`);
    }
    if (this.fileFor(parsed.docId) !== file) throw corrupt(file, `file name does not match document ${parsed.docId}`);
    try {
      const batch = validateBatch(parsed.batch, { copy: false });
      if (batch.docId !== parsed.docId) throw corrupt(file, `holds batch ${batch.docId}, not ${parsed.docId}`);
      return { file, contentHash: parsed.contentHash, batch };
    } catch (error) {
      if (isAppError(error) && error.code === 'STORE_CORRUPT') throw error;
      throw corrupt(file, `invalid batch: ${(error as Error).message}`, error);
    }
  }

  /** Replace one document's file: a crash at any point leaves either the old or the new file whole. */
  async write(batch: GraphBatch, contentHash: string): Promise<void> {
    const target = this.fileFor(batch.docId);
    const name = target.slice(this.dir.length + 1);
    const temp = join(this.dir, `.${name}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
    const content: DocumentFile = { format: FILE_FORMAT, docId: batch.docId, contentHash, batch };
    try {
      await mkdir(this.dir, { recursive: true });
      const handle = await open(temp, 'w');
      try {
        await handle.writeFile(JSON.stringify(content));
        await handle.sync();
      } finally {
        await handle.close();
      }
      await rename(temp, target);
    } catch (error) {
      await unlink(temp).catch(() => undefined);
      throw unavailable(this.dir, error);
    }
    await syncDirectory(this.dir);
  }

  async remove(docId: string): Promise<void> {
    try {
      await unlink(this.fileFor(docId));
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw unavailable(this.dir, error);
    }
    await syncDirectory(this.dir);
  }
}
