// A batch made ready for a store off the main thread: validated, hashed, summarised and, for a store that keeps
// files, already encoded for disk. The parse worker prepares; the store's main-thread share is then the index.
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
  hash: string;
  summary: DocumentSummary;
  file?: EncodedFile;
}

/** What a store wants prepared for it (GraphStore.prepareFor), sent to the worker with each job. */
export interface PrepareOptions {
  /** Encode the document's file too (a store that persists per-document files). */
  file: boolean;
}

export type FileEncoder = (batch: GraphBatch, hash: string) => EncodedFile;

/** Validate (throws AppError BAD_INPUT as applyBatch would), hash and summarise a batch nobody else holds. */
export function prepareBatch(input: GraphBatch, encode?: FileEncoder): PreparedBatch {
  const batch = validateBatch(input, { copy: false });
  const hash = batchContentHash(batch);
  return { batch, hash, summary: summarizeBatch(batch), ...(encode ? { file: encode(batch, hash) } : {}) };
}
