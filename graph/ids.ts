// Stable ids derived from content, so re-ingesting the same text yields the same graph.
import { createHash } from 'node:crypto';

export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

export function stableId(prefix: string, ...parts: string[]): string {
  return `${prefix}:${sha256(parts.join('\u0000')).slice(0, 16)}`;
}
