// Evidence on disk as offsets only: its text is a slice of the document's own text, so a file need not
// repeat a sentence for every edge and warning that cites it. Restored on load, exactly as it was.
import type { Evidence, GraphBatch } from '../../model.ts';

function documentText(batch: GraphBatch): string | null {
  const text = batch.nodes.find((n) => n.label === 'Document')?.properties.text;
  return typeof text === 'string' ? text : null;
}

function isEvidence(value: unknown): value is Evidence {
  const e = value as Evidence | null;
  return !!e && typeof e === 'object' && typeof e.docId === 'string' && typeof e.start === 'number' && typeof e.end === 'number' && typeof e.text === 'string';
}

/** A JSON.stringify replacer dropping each evidence text that is exactly its slice of this batch's document. */
export function compactEvidence(batch: GraphBatch): (key: string, value: unknown) => unknown {
  const text = documentText(batch);
  return (key, value) => {
    if (key !== 'evidence' || text === null || !isEvidence(value)) return value;
    if (value.docId !== batch.docId || text.slice(value.start, value.end) !== value.text) return value;
    const { text: _sliced, ...offsets } = value;
    return offsets;
  };
}

function restore(holder: { evidence?: unknown }, docId: string, text: string): void {
  const e = holder.evidence as Partial<Evidence> | undefined;
  if (e && typeof e === 'object' && e.text === undefined && e.docId === docId && typeof e.start === 'number' && typeof e.end === 'number') {
    e.text = text.slice(e.start, e.end);
  }
}

/** Put back every evidence text compactEvidence dropped (in place). */
export function restoreEvidence(batch: GraphBatch): void {
  const text = batch && Array.isArray(batch.nodes) ? documentText(batch) : null;
  if (text === null) return;
  for (const edge of batch.edges ?? []) if (edge?.properties) restore(edge.properties, batch.docId, text);
  for (const warning of batch.warnings ?? []) if (warning) restore(warning as { evidence?: unknown }, batch.docId, text);
}
