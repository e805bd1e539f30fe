// Character classes and small scans shared by the extractors.

export function isHan(code: number): boolean {
  return (code >= 0x4e00 && code <= 0x9fff) || (code >= 0x3400 && code <= 0x4dbf) || (code >= 0xf900 && code <= 0xfaff);
}

export function isHanAt(text: string, i: number): boolean {
  return i >= 0 && i < text.length && isHan(text.charCodeAt(i));
}

export function isDigitAt(text: string, i: number): boolean {
  const c = text.charCodeAt(i);
  return c >= 48 && c <= 57;
}

/** The Han characters right after `from` (at most `max`), and whether a non-Han character or the end closed them. */
export function hanRunAfter(text: string, from: number, max: number): { run: string; closed: boolean } {
  let end = from;
  while (end < text.length && end - from < max && isHanAt(text, end)) end++;
  return { run: text.slice(from, end), closed: end === text.length || !isHanAt(text, end) };
}

export function endsWithAny(s: string, words: readonly string[]): boolean {
  return words.some((w) => s.endsWith(w));
}

function escapeRegex(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** One alternation of literal words, longest first, so a regex prefers 亿立方米 to 立方米. */
export function alternation(words: readonly string[]): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).map(escapeRegex).join('|');
}

/** A sticky matcher for "what comes right after position i" checks. */
export function stickyTest(source: string | undefined): ((text: string, at: number) => boolean) | null {
  if (!source) return null;
  const re = new RegExp(`(?:${source})`, 'uy');
  return (text, at) => {
    re.lastIndex = at;
    return re.test(text);
  };
}

/** The longest word of `words` that ends exactly at `end` in `text`, or ''. */
export function wordEndingAt(text: string, end: number, words: ReadonlySet<string>, maxLen: number): string {
  for (let n = Math.min(maxLen, end); n >= 1; n--) {
    const w = text.slice(end - n, end);
    if (words.has(w)) return w;
  }
  return '';
}

/** The longest word of `words` that starts exactly at `start` in `text`, or ''. */
export function wordStartingAt(text: string, start: number, words: ReadonlySet<string>, maxLen: number): string {
  for (let n = Math.min(maxLen, text.length - start); n >= 1; n--) {
    const w = text.slice(start, start + n);
    if (words.has(w)) return w;
  }
  return '';
}

export function maxLength(words: Iterable<string>): number {
  let m = 0;
  for (const w of words) m = Math.max(m, w.length);
  return m;
}

/** Membership of BMP characters by char code: a table lookup that allocates nothing. */
interface CodeSet {
  has(code: number): boolean;
}

export function codeSet(chars: string): CodeSet {
  const table = new Uint8Array(0x10000);
  for (const c of chars) table[c.charCodeAt(0)] = 1;
  return { has: (code) => table[code] === 1 };
}
