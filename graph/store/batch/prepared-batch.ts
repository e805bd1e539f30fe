// A batch made ready for a store off the main thread: validated, summarised and, for a store that keeps files,
// hashed and already encoded for disk. The parse worker prepares; the store's main-thread share is then the index.
import type { DocumentSummary } from '../../catalogue/schemas.ts';
import type { GraphBatch } from '../../model.ts';
import { batchContentHash, summarizeBatch } from './batch-content.ts';
import { validateBatch } from './batch-validate.ts';

/** The stored form of a document: gzipped bytes, and the length of the JSON inside (counted against maxBytes). */
export interface EncodedFile {
  bytes: Uint8Array;
  jsonChars: number;
}

export interface PreparedBatch {
  batch: GraphBatch;
  /** Computed with the file (it is written into it); absent, the store hashes the batch if and when it needs to. */
  hash?: string;
  summary: DocumentSummary;
  file?: EncodedFile;
}

/** What a store wants prepared for it (GraphStore.prepareFor), sent to the worker with each job. */
export interface PrepareOptions {
  /** Encode the document's file too (a store that persists per-document files). */
  file: boolean;
}

export type FileEncoder = (batch: GraphBatch, hash: string) => EncodedFile;

/** Validate (throws AppError BAD_INPUT as applyBatch would) and summarise a batch nobody else holds; hash and encode it for a file. */
export function prepareBatch(input: GraphBatch, encode?: FileEncoder): PreparedBatch {
  const batch = validateBatch(input, { copy: false });
  const summary = summarizeBatch(batch);
  if (!encode) return { batch, summary };
  const hash = batchContentHash(batch);
  return { batch, hash, summary, file: encode(batch, hash) };
}
