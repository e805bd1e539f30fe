// The name a document is recorded and shown under: its file name (never a server path), without control
// characters, capped so a hostile 9 MB name cannot ride along in every document listing.
import { basename, extname } from 'node:path';

/** Characters of a recorded name; longer ones keep their start and extension around an ellipsis. */
export const MAX_SOURCE_CHARS = 120;

// C0/C1 controls, and noncharacters XML cannot carry either.
const UNSAFE = /[\u0000-\u001f\u007f-\u009f\ufffe\uffff]/g;

export function sourceName(pathOrName: string): string {
  const name = basename(pathOrName.replace(/\\/g, '/')).replace(UNSAFE, '') || 'document';
  const chars = [...name];
  if (chars.length <= MAX_SOURCE_CHARS) return name;
  const ext = [...extname(name)].length <= 10 ? extname(name) : '';
  return `${chars.slice(0, MAX_SOURCE_CHARS - 1 - ext.length).join('')}…${ext}`;
}
