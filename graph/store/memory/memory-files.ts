// The memory store on disk: one gzipped JSON file per document, each replaced atomically (temp, fsync, rename).
//
// Why one file per document and no index: a document is the unit of change, so an ingest rewrites
// only its own file (not the whole graph), and with no index there is no second file that a crash
// could leave disagreeing with the first. Shared nodes are derived on load from the documents.
// Why compact: evidence text is a slice of the document's own text, so it is stored as offsets only, and
// the file is gzipped (a 20 MB plan's graph was ~106 MB of JSON); one file's format is memory-file-format.ts. v1
// files (plain JSON) still load, and are rewritten in the new form when the store can write.
import { randomBytes } from 'node:crypto';
import { mkdir, open, readdir, rename, stat, unlink } from 'node:fs/promises';
import { join } from 'node:path';
import { getHeapStatistics } from 'node:v8';
import { AppError, isAppError } from '../../errors.ts';
import type { GraphBatch } from '../../model.ts';
import type { EncodedFile } from '../batch/prepared-batch.ts';
import { encodeAsync, FILE_FORMAT, fileNameFor, readDocumentFile, type LoadedDocument, type LoadedFile } from './memory-file-format.ts';
import { diskFull, LIMIT_ENV, storeFull, type StoreLimits } from './memory-limits.ts';
import { LoadWorker } from './memory-load.ts';

export const STORE_DIR_NAME = 'memory-store';

const DOC_FILE = /^doc-[0-9a-f]{32}\.json(\.gz)?$/;
const TEMP_FILE = /^\.(?:doc-[0-9a-f]{32}\.json(?:\.gz)?|probe)\.(\d+)\.[0-9a-f]+\.tmp$/;
/** A live writer renames its temp file within seconds; one this old is left over from a crash. */
const STALE_TEMP_MS = 10 * 60_000;
/** V8 cannot hold a longer string; a file that would decompress past it cannot be loaded at all. */
const MAX_JSON_CHARS = 0x1fffffe8;
const NO_SPACE = new Set(['ENOSPC', 'EDQUOT']);
/**
 * Heap a document takes while it is loaded, per character of its JSON: measured 2.7 bytes kept (a 3 MB plan: 12.6M
 * characters, 33.5 MB of heap), plus the JSON text itself (two bytes a character for Chinese) while it is parsed.
 */
const LOAD_HEAP_PER_CHAR = 6;

function heapMessage(used: number, limit: number): string {
  const mb = (bytes: number) => Math.round(bytes / 1048576);
  return `内存已用 ${mb(used)} MB，不足以加载下一个文件 / heap ${mb(used)} of ${mb(limit)} MB in use, too little left to load the next file`;
}

/**
 * A stored file at least this large (gzipped) is read in the load worker: a 20 MB plan's (23 MB) held the main thread
 * 4–10 s. Smaller ones are read here, where a worker's start (~1–2 s, it loads tsx) would cost more than it saves.
 */
const WORKER_FILE_BYTES = 1 << 20;

type FileLimits = Pick<StoreLimits, 'maxBytes' | 'loadHeapRatio'> & { workerFileBytes: number };

type DocumentReader = (file: string, room: number) => Promise<LoadedFile | null>;

export interface LoadResult {
  loaded: LoadedDocument[];
  /** Files left on disk, unloaded, because the store's limits or the heap could not take them. */
  skipped: string[];
  /** Why loading stopped early (null: everything was loaded). */
  stoppedBy: string | null;
}


export function processAlive(pid: number): boolean {
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
  if (NO_SPACE.has((cause as NodeJS.ErrnoException)?.code ?? '')) return diskFull(dir, cause);
  return new AppError('STORE_UNAVAILABLE', `无法写入存储 / cannot write the store: ${(cause as Error).message}`, {
    source: dir,
    cause,
    retriable: false,
    hint: 'Nothing was changed. Check that the data directory exists, is writable and has free space.',
  });
}

/** Temp files this process is writing now: any other temp file carrying our pid is from an earlier process that had it. */
const liveTemps = new Set<string>();

/** Write `content` to a fresh temp file beside `target`, fsync it, and rename it over `target`. */
export async function writeAtomically(dir: string, target: string, content: Uint8Array): Promise<void> {
  const temp = join(dir, `.${target.slice(dir.length + 1)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  liveTemps.add(temp);
  try {
    await mkdir(dir, { recursive: true });
    const handle = await open(temp, 'w');
    try {
      await handle.writeFile(content);
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temp, target);
  } catch (error) {
    await unlink(temp).catch(() => undefined);
    throw unavailable(dir, error);
  } finally {
    liveTemps.delete(temp);
  }
  await syncDirectory(dir);
}


export class DocumentFiles {
  /** Stored JSON size (characters) of each document, counted against `maxBytes`. */
  private readonly sizes = new Map<string, number>();
  private totalBytes = 0;

  private readonly limits: FileLimits;

  constructor(readonly dir: string, limits: Partial<FileLimits> = {}) {
    this.limits = { maxBytes: Infinity, loadHeapRatio: 1, workerFileBytes: WORKER_FILE_BYTES, ...limits };
  }

  fileFor(docId: string): string {
    return join(this.dir, fileNameFor(docId, FILE_FORMAT));
  }

  private oldFileFor(docId: string): string {
    return this.fileFor(docId).slice(0, -'.gz'.length);
  }

  get bytes(): number {
    return this.totalBytes;
  }

  private track(docId: string, size: number | null): void {
    this.totalBytes += (size ?? 0) - (this.sizes.get(docId) ?? 0);
    if (size === null) this.sizes.delete(docId);
    else this.sizes.set(docId, size);
  }

  /**
   * Every document file that fits, by file name; stray temp files of crashed writers are cleared away.
   * `keep` takes each batch in turn, or refuses it with the reason (the store's document and node limits).
   */
  async loadAll(keep: (batch: GraphBatch, file: string, contentHash: string) => Promise<string | null> | string | null = () => null): Promise<LoadResult> {
    await mkdir(this.dir, { recursive: true });
    const names = (await readdir(this.dir)).sort();
    const result: LoadResult = { loaded: [], skipped: [], stoppedBy: null };
    // Started for the first large file, ended with the load: it holds a whole document's JSON while it works.
    let worker: LoadWorker | null = null;
    try {
      for (const name of names) {
        if (await this.clearStaleTemp(name)) continue;
        if (!DOC_FILE.test(name)) continue;
        const file = join(this.dir, name);
        result.stoppedBy ??= this.heapFull();
        const large = ((await stat(file).catch(() => null))?.size ?? 0) >= this.limits.workerFileBytes;
        const read: DocumentReader = large ? (f, room) => (worker ??= new LoadWorker()).read(f, room) : readDocumentFile;
        const doc = result.stoppedBy ? null : await this.loadWithin(file, result, read);
        if (!doc) {
          result.skipped.push(file);
          continue;
        }
        const refused = await keep(doc.batch, doc.file, doc.contentHash);
        if (refused) {
          result.stoppedBy = refused;
          result.skipped.push(file);
          continue;
        }
        this.track(doc.batch.docId, doc.size);
        result.loaded.push(doc);
      }
    } finally {
      await (worker as LoadWorker | null)?.close();
    }
    return result;
  }

  /**
   * A temp file no live writer owns: its process is gone, it carries our pid but is not one we are writing (a
   * process before a kill -9 had the same pid: containers reuse them), or it is older than any write takes.
   */
  private async clearStaleTemp(name: string): Promise<boolean> {
    const temp = TEMP_FILE.exec(name);
    if (!temp) return false;
    const path = join(this.dir, name);
    const pid = Number(temp[1]);
    const age = Date.now() - ((await stat(path).catch(() => null))?.mtimeMs ?? 0);
    if ((pid === process.pid && !liveTemps.has(path)) || !processAlive(pid) || age > STALE_TEMP_MS) await unlink(path).catch(() => undefined);
    return true;
  }

  private heapFull(): string | null {
    const h = getHeapStatistics();
    return h.used_heap_size > h.heap_size_limit * this.limits.loadHeapRatio ? heapMessage(h.used_heap_size, h.heap_size_limit) : null;
  }

  /**
   * Load one file unless its JSON would pass the byte limit or the heap left to loading; records why loading
   * stopped. The heap check is per file, before it is read: one large document must not take start-up down.
   */
  private async loadWithin(file: string, result: LoadResult, read: DocumentReader): Promise<LoadedFile | null> {
    const h = getHeapStatistics();
    const heapRoom = Math.floor((h.heap_size_limit * this.limits.loadHeapRatio - h.used_heap_size) / LOAD_HEAP_PER_CHAR);
    const byteRoom = this.limits.maxBytes - this.totalBytes;
    const doc = await read(file, Math.min(byteRoom, heapRoom, MAX_JSON_CHARS));
    if (doc === null) {
      result.stoppedBy = heapRoom < byteRoom ? heapMessage(h.used_heap_size, h.heap_size_limit)
        : `存储字节数 / stored bytes would pass ${this.limits.maxBytes} (${LIMIT_ENV.maxBytes})`;
    }
    return doc;
  }

  /** Replace one document's file: a crash at any point leaves either the old or the new file whole. */
  async write(batch: GraphBatch, contentHash: string, prepared?: EncodedFile): Promise<void> {
    const encoded = prepared ?? await encodeAsync(batch, contentHash);
    if (this.totalBytes - (this.sizes.get(batch.docId) ?? 0) + encoded.jsonChars > this.limits.maxBytes) {
      throw storeFull('存储字节数 / stored bytes', this.limits.maxBytes, LIMIT_ENV.maxBytes);
    }
    await writeAtomically(this.dir, this.fileFor(batch.docId), encoded.bytes);
    this.track(batch.docId, encoded.jsonChars);
    // A v1 file of the same document is superseded now.
    await unlink(this.oldFileFor(batch.docId)).catch(() => undefined);
  }

  /** Rewrite a v1 (plain JSON) file in the current form; false when the store cannot write now. */
  async migrate(doc: LoadedDocument): Promise<boolean> {
    if (doc.file.endsWith('.gz')) return true;
    try {
      await this.write(doc.batch, doc.contentHash);
      return true;
    } catch {
      return false;
    }
  }

  async remove(docId: string): Promise<void> {
    for (const file of [this.fileFor(docId), this.oldFileFor(docId)]) {
      try {
        await unlink(file);
      } catch (error) {
        if ((error as NodeJS.ErrnoException).code !== 'ENOENT') throw unavailable(this.dir, error);
      }
    }
    this.track(docId, null);
    await syncDirectory(this.dir);
  }

  /** Can the store write right now? A small file written, synced and removed, as a real write would. */
  async probe(): Promise<string | null> {
    const target = join(this.dir, 'probe');
    try {
      await writeAtomically(this.dir, target, randomBytes(4096));
      // Another probe at the same time (health's start-up probe and seeding's) may have removed it already.
      await unlink(target).catch((error: NodeJS.ErrnoException) => {
        if (error.code !== 'ENOENT') throw error;
      });
      return null;
    } catch (error) {
      return isAppError(error) ? error.message : String(error);
    }
  }
}
