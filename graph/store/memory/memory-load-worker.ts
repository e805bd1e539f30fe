// Worker thread for start-up: read, inflate, parse and validate one stored document file at a time, off the main
// thread (a 20 MB plan's file held it 4–10 s in one piece), and send the batch back in acknowledged parts.
//
// Why parts: one structured clone of ~300k objects is one block on the receiving side too; a part of PART_ITEMS is
// a few ms, and the main thread acknowledges it a turn later, so requests are answered in between.
// Why evidence texts are dropped again before sending: restored on the main thread they are slices of the one
// document text there; cloned, each would be a copy of its own (~90 MB more heap on a 20 MB plan).
import { parentPort } from 'node:worker_threads';
import { readDocumentFile } from './memory-file-format.ts';
import type { LoadReply, LoadRequest } from './memory-load.ts';
import { compactEvidence } from './memory-evidence.ts';
import type { GraphBatch } from '../../model.ts';

const PART_ITEMS = 1000;

let acked: (() => void) | null = null;

function post(message: LoadReply): void {
  parentPort!.postMessage(message);
}

/** Each evidence text that is its slice of the document's text dropped, as on disk (compactEvidence's rule). */
function compact(batch: GraphBatch): void {
  const keep = compactEvidence(batch);
  const strip = (holder: { evidence?: unknown }) => {
    if (holder.evidence !== undefined) holder.evidence = keep('evidence', holder.evidence);
  };
  for (const edge of batch.edges) strip(edge.properties as { evidence?: unknown });
  for (const warning of batch.warnings) strip(warning as { evidence?: unknown });
}

async function load({ file, room }: LoadRequest): Promise<void> {
  const doc = await readDocumentFile(file, room);
  if (doc === null) return post({ tooBig: true });
  const { batch, contentHash, size } = doc;
  compact(batch);
  const parts: Array<keyof Pick<GraphBatch, 'nodes' | 'edges' | 'warnings'>> = ['nodes', 'edges', 'warnings'];
  for (const key of parts) {
    for (let at = 0; at < batch[key].length; at += PART_ITEMS) {
      const ack = new Promise<void>((resolve) => { acked = resolve; });
      post({ docId: batch.docId, part: { [key]: batch[key].slice(at, at + PART_ITEMS) } });
      await ack;
    }
  }
  post({ done: { docId: batch.docId, contentHash, size } });
}

parentPort!.on('message', (m: LoadRequest | { ack: true }) => {
  if ('ack' in m) {
    acked?.();
    return;
  }
  load(m).catch((error: Error & { code?: string; hint?: string }) => {
    post({ error: { message: error.message, corrupt: error.code === 'STORE_CORRUPT', hint: error.hint } });
  });
});
