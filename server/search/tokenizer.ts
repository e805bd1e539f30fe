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
const userWords = new Set<string>();

function instance(): Jieba {
  jieba ??= Jieba.withDict(dict);
  return jieba;
}

/** Load jieba's dictionary now: native and in one piece (0.1-0.6 s), so before a server answers anyone (warmAsk). */
export function loadTokenizer(): void {
  instance();
}

/** Teach the segmenter names (units, places, projects) so they come out as single words. */
export function addUserWords(words: Iterable<string>): void {
  const fresh: string[] = [];
  for (const raw of words) {
    const word = raw.trim();
    // jieba's dictionary format is `word freq tag` per line: a space inside a word would break it.
    if (word.length < 2 || /\s/.test(word) || userWords.has(word)) continue;
    userWords.add(word);
    fresh.push(`${word} ${USER_WORD_FREQ} n`);
  }
  if (fresh.length > 0) instance().loadDict(Buffer.from(`${fresh.join('\n')}\n`));
}

function keep(token: string): boolean {
  return /[\p{Script=Han}\p{L}\p{N}]/u.test(token) && !STOP_WORDS.has(token);
}

/** Search-mode tokens: each long word and its dictionary sub-words, lower-cased, stop words dropped. */
export function tokenize(text: string): string[] {
  return instance().cutForSearch(text.normalize('NFKC').toLowerCase(), true).map((t) => t.trim()).filter(keep);
}
