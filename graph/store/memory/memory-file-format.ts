// One stored document's file: what it holds (format v2: gzipped JSON, evidence as offsets into the document's text;
// v1 plain JSON still read) and how it is written and read back. memory-files.ts keeps the directory of them.
import { readFile, stat } from 'node:fs/promises';
import { basename } from 'node:path';
import { promisify } from 'node:util';
import { gunzip as gunzipCb, gzip as gzipCb, gzipSync } from 'node:zlib';
import { AppError, isAppError } from '../../errors.ts';
import { sha256 } from '../../ids.ts';
import type { GraphBatch } from '../../model.ts';
import { validateBatch } from '../batch/batch-validate.ts';
import type { EncodedFile } from '../batch/prepared-batch.ts';
import { compactEvidence, restoreEvidence } from './memory-evidence.ts';

const gzip = promisify(gzipCb);
const gunzip = promisify(gunzipCb);

export const FILE_FORMAT = 'policy-graph-memory/v2';
const OLD_FORMAT = 'policy-graph-memory/v1';

export interface DocumentFile {
  format: typeof FILE_FORMAT | typeof OLD_FORMAT;
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

/** A document as loaded, with its JSON's length in characters (what the byte limit counts). */
export type LoadedFile = LoadedDocument & { size: number };

export function corrupt(file: string, problem: string, cause?: unknown): AppError {
  return new AppError('STORE_CORRUPT', `存储文件损坏 / store file is corrupt: ${problem}`, {
    source: file,
    cause,
    hint: 'Nothing was deleted. Move this file out of the store directory (or restore it from a backup), '
      + 'then re-ingest its document; the other documents are unaffected. / 请移走该文件后重新导入对应文档。',
  });
}

/**
 * A document's file content (evidence as offsets, gzipped). Synchronous: the parse worker calls it, off the main
 * thread, so that a 20 MB plan's ~90 MB of JSON is never built where requests are answered.
 */
export function encodeDocumentFile(batch: GraphBatch, contentHash: string): EncodedFile {
  const json = fileJson(batch, contentHash);
  return { bytes: gzipSync(json), jsonChars: json.length };
}

function fileJson(batch: GraphBatch, contentHash: string): string {
  const content: DocumentFile = { format: FILE_FORMAT, docId: batch.docId, contentHash, batch };
  return JSON.stringify(content, compactEvidence(batch));
}

/** The same on the main thread: the gzip runs in libuv's pool, not on the event loop. */
export async function encodeAsync(batch: GraphBatch, contentHash: string): Promise<EncodedFile> {
  const json = fileJson(batch, contentHash);
  return { bytes: await gzip(json), jsonChars: json.length };
}

/** The file's JSON text, or null when it would be longer than `room` characters. */
async function readText(file: string, room: number): Promise<string | null> {
  if (room <= 0) return null;
  try {
    if (!file.endsWith('.gz')) {
      if ((await stat(file)).size > room) return null;
      return await readFile(file, 'utf8');
    }
    // Capped while inflating: a file too big to hold is never inflated whole.
    const text = (await gunzip(await readFile(file), { maxOutputLength: Math.min(room * 3, 2 ** 31 - 1) })).toString('utf8');
    return text.length > room ? null : text;
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ERR_BUFFER_TOO_LARGE' || error instanceof RangeError) return null;
    throw corrupt(file, 'not readable (truncated or overwritten?)', error);
  }
}

/** The name a document's file has: derived from its id, so a file cannot hold another document. */
export function fileNameFor(docId: string, format: DocumentFile['format']): string {
  return `doc-${sha256(docId).slice(0, 32)}.json${format === FILE_FORMAT ? '.gz' : ''}`;
}

function parseDocument(file: string, text: string): LoadedDocument {
  let parsed: Partial<DocumentFile>;
  try {
    parsed = JSON.parse(text) as Partial<DocumentFile>;
  } catch (error) {
    throw corrupt(file, 'not readable JSON (truncated or overwritten?)', error);
  }
  const format = parsed?.format;
  if ((format !== FILE_FORMAT && format !== OLD_FORMAT) || typeof parsed.docId !== 'string' || typeof parsed.contentHash !== 'string') {
    throw corrupt(file, `expected format ${FILE_FORMAT} (or ${OLD_FORMAT}) with a docId and contentHash`);
  }
  if (fileNameFor(parsed.docId, format) !== basename(file)) throw corrupt(file, `file name does not match document ${parsed.docId}`);
  try {
    if (format === FILE_FORMAT) restoreEvidence(parsed.batch as GraphBatch);
    const batch = validateBatch(parsed.batch, { copy: false });
    if (batch.docId !== parsed.docId) throw corrupt(file, `holds batch ${batch.docId}, not ${parsed.docId}`);
    return { file, contentHash: parsed.contentHash, batch };
  } catch (error) {
    if (isAppError(error) && error.code === 'STORE_CORRUPT') throw error;
    throw corrupt(file, `invalid batch: ${(error as Error).message}`, error);
  }
}

/**
 * One stored document, read, inflated, parsed and validated (on the main thread for small files, in the load worker
 * for large ones); null when its JSON would be longer than `room` characters.
 */
export async function readDocumentFile(file: string, room: number): Promise<LoadedFile | null> {
  const text = await readText(file, room);
  return text === null ? null : { ...parseDocument(file, text), size: text.length };
}
