// A first-character index over a word list: longest match at a position, and a leftmost-longest scan.

interface LexiconHit<T> {
  start: number;
  end: number;
  word: string;
  value: T;
}

export class Lexicon<T> {
  private readonly byFirst = new Map<number, { word: string; value: T }[]>();
  /** 1 where some word starts with that UTF-16 code: most characters are rejected without a lookup. */
  private readonly firsts = new Uint8Array(0x10000);

  constructor(entries: Iterable<readonly [string, T]>) {
    for (const [word, value] of entries) {
      if (!word) continue;
      const key = word.charCodeAt(0);
      this.firsts[key] = 1;
      const list = this.byFirst.get(key) ?? [];
      if (!list.some((e) => e.word === word)) list.push({ word, value });
      this.byFirst.set(key, list);
    }
    for (const list of this.byFirst.values()) list.sort((a, b) => b.word.length - a.word.length);
  }

  /** The longest entry that starts at `i`, or null. */
  matchAt(text: string, i: number): LexiconHit<T> | null {
    // Keyed by char code: text[i] would allocate a string per CJK character.
    const code = text.charCodeAt(i);
    if (this.firsts[code] !== 1) return null;
    const list = this.byFirst.get(code);
    if (!list) return null;
    for (const e of list) {
      if (text.startsWith(e.word, i)) return { start: i, end: i + e.word.length, word: e.word, value: e.value };
    }
    return null;
  }

  /** Leftmost-longest, non-overlapping matches over the whole text. */
  scan(text: string): LexiconHit<T>[] {
    const hits: LexiconHit<T>[] = [];
    for (let i = 0; i < text.length; i++) {
      const hit = this.matchAt(text, i);
      if (hit) {
        hits.push(hit);
        i = hit.end - 1;
      }
    }
    return hits;
  }
}

/**
 * Every occurrence of each of a few words, overlapping ones too, in one pass over the text (one indexOf per word would
 * scan it once per word). `find(text)[k]` lists word k's starts ascending, or is undefined where word k does not occur.
 */
export class WordOccurrences {
  private readonly byFirst = new Map<number, { word: string; index: number }[]>();
  private readonly firsts = new Uint8Array(0x10000);

  constructor(private readonly words: readonly string[]) {
    words.forEach((word, index) => {
      if (!word) throw new Error(`WordOccurrences: word ${index} is empty`);
      const key = word.charCodeAt(0);
      this.firsts[key] = 1;
      this.byFirst.set(key, [...(this.byFirst.get(key) ?? []), { word, index }]);
    });
  }

  find(text: string): (number[] | undefined)[] {
    const out: (number[] | undefined)[] = new Array(this.words.length);
    for (let i = 0; i < text.length; i++) {
      const code = text.charCodeAt(i);
      if (this.firsts[code] !== 1) continue;
      for (const e of this.byFirst.get(code)!) {
        if (text.startsWith(e.word, i)) (out[e.index] ??= []).push(i);
      }
    }
    return out;
  }
}
