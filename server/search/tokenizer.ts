// Chinese word segmentation for search: jieba's default dictionary plus the corpus's own names.
import { Jieba } from '@node-rs/jieba';
import { dict } from '@node-rs/jieba/dict.js';

/** Words too common in plans to tell tasks apart. */
const STOP_WORDS = new Set([
  '的', '和', '与', '及', '等', '在', '了', '是', '对', '为', '以', '把', '将', '并', '或', '也', '都', '中', '上', '下',
  '哪些', '什么', '哪个', '怎么', '如何', '有', '吗', '呢', '吧', '啊', '个', '项', '方面', '相关', '关于', '有关',
  'the', 'a', 'an', 'of', 'and', 'or', 'to', 'in', 'on', 'for', 'with', 'is', 'are', 'which', 'what', 'does', 'do',
]);

// A user-dictionary frequency high enough that jieba keeps a name whole.
const USER_WORD_FREQ = 200_000;

let jieba: Jieba | null = null;

function instance(): Jieba {
  jieba ??= Jieba.withDict(dict);
  return jieba;
}

/** Load jieba's dictionary now: native and in one piece (0.1-0.6 s), so before a server answers anyone (warmAsk). */
export function loadTokenizer(): void {
  instance();
}

/** Segmentation that keeps one corpus's names whole: a store's index and its questions must share one. */
export interface Segmenter {
  tokenize(text: string): string[];
}

// jieba's user words cannot be removed and shift every word's probability, so one instance shared by every
// store made a corpus's answers depend on what else the process had loaded: each word set gets its own
// instance (~150 ms, ~45 MB), kept for the few latest sets so stores over the same corpus share it.
const RECENT_SETS = 3;
const segmenters = new Map<string, Segmenter>();

/** The default dictionary plus exactly these names (units, places, projects), so they come out as single words. */
export function segmenterFor(words: Iterable<string>): Segmenter {
  // jieba's dictionary format is `word freq tag` per line: a space inside a word would break it.
  const kept = [...new Set([...words].map((w) => w.trim()).filter((w) => w.length >= 2 && !/\s/.test(w)))].sort();
  // No names: the default dictionary as it is, so no second copy of it (~45 MB) is built.
  if (kept.length === 0) return DEFAULT_SEGMENTER;
  const key = kept.join('\n');
  const known = segmenters.get(key);
  if (known) {
    segmenters.delete(key);
    segmenters.set(key, known);
    return known;
  }
  const own = Jieba.withDict(dict);
  own.loadDict(Buffer.from(`${kept.map((w) => `${w} ${USER_WORD_FREQ} n`).join('\n')}\n`));
  const made: Segmenter = { tokenize: (text) => cutWith(own, text) };
  segmenters.set(key, made);
  if (segmenters.size > RECENT_SETS) segmenters.delete(segmenters.keys().next().value!);
  return made;
}

function keep(token: string): boolean {
  return /[\p{Script=Han}\p{L}\p{N}]/u.test(token) && !STOP_WORDS.has(token);
}

function cutWith(segmenter: Jieba, text: string): string[] {
  return segmenter.cutForSearch(text.normalize('NFKC').toLowerCase(), true).map((t) => t.trim()).filter(keep);
}

const DEFAULT_SEGMENTER: Segmenter = { tokenize: (text) => tokenize(text) };

/** Search-mode tokens with the default dictionary only: each long word and its dictionary sub-words, lower-cased, stop words dropped. */
export function tokenize(text: string): string[] {
  return cutWith(instance(), text);
}
