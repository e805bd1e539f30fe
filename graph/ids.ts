// Stable ids derived from content, so re-ingesting the same text yields the same graph.
import crypto, { createHash } from 'node:crypto';

// The one-shot crypto.hash (Node 20.12+) avoids a Hash object per id: ids are made by the thousand.
const oneShot = (crypto as unknown as { hash?: (alg: string, data: string | Uint8Array, enc: 'hex') => string }).hash;

export function sha256(data: string | Uint8Array): string {
  return oneShot ? oneShot('sha256', data, 'hex') : createHash('sha256').update(data).digest('hex');
}

export function stableId(prefix: string, ...parts: string[]): string {
  return `${prefix}:${sha256(parts.join('\u0000')).slice(0, 16)}`;
}
