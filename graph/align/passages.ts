// A report section read sentence by sentence: the passage a lower task quotes, and the figures both state.
//
// Why: a 政府工作报告 has no tasks, only sections of many sentences, and a dividing document's item quotes one of
// them (`推进5万个行政村通光纤 工业和信息化部`). Against the whole section its words are a small share and the
// cosine stays under the threshold; against the sentence it quotes it is near 1. A figure both state word for
// word (`8000亿元`, `3%左右`) is the strongest evidence a target was broken down from that sentence.
import { cosineOf, documentFrequency, termCounts, weigh, wordsOf, type Tokenize, type WordVector } from './similarity.ts';
import type { TaskView } from './task-view.ts';

export interface PassageMatch {
  score: number;
  /** The sentence of the higher item that matches best, as printed. */
  text: string;
  words: string[];
  figures: string[];
}

// A shared figure is strong but not alone sufficient: 3% appears in many sentences of a report.
const FIGURE_WEIGHT = 0.2;
const EVIDENCE_WORDS = 6;
const SENTENCE_END = /(?<=[。；;！？!?])|\n+/;
// A number with the unit or qualifier that makes it a target (8000亿元, 3%左右, 20项); bare years and ordinals say nothing.
const FIGURE = /\d+(?:\.\d+)?(?:%|‰|万亿元|亿元|万元|亿美元|万人次|亿人次|万人|万户|万套|万吨|万亩|万千瓦|万个|平方公里|公里|项|个|家|座|所|条|场|套|名|人次)(?:左右|以上|以内)?/g;
// Duty annotations and unit names in a lower item name who does the work, not what: left out of its words.
const ANNOTATION = /[（(][^（）()]*(?:牵头|责任|配合|负责|协办|主办)[^（）()]*[）)]/g;

/** Sentence-level vectors of the higher items that are report sections, with IDF over those sentences and the lower tasks. */
export class PassageIndex {
  private readonly passages = new Map<string, (WordVector & { text: string; figures: Set<string> })[]>();
  private readonly lower = new Map<string, WordVector & { figures: Set<string> }>();

  constructor(lowerTasks: readonly TaskView[], higherItems: readonly TaskView[], tokenize: Tokenize) {
    const sections = higherItems.filter((h) => h.kind === 'section');
    if (sections.length === 0) return;
    const bag = (text: string) => ({ text, tf: termCounts(wordsOf(text, tokenize)) });
    const passages = new Map(sections.map((h) => [h.id, splitPassages(h.text).map(bag)]));
    const lower = new Map(lowerTasks.map((t) => [t.id, bag(ownWords(t))]));
    const all = [...[...passages.values()].flat(), ...lower.values()];
    const df = documentFrequency(all.map((b) => b.tf));
    const vector = (b: { text: string; tf: Map<string, number> }) => ({ ...weigh(b.tf, df, all.length), figures: figuresOf(b.text) });
    for (const [id, list] of passages) this.passages.set(id, list.map((b) => ({ text: b.text, ...vector(b) })));
    for (const [id, b] of lower) this.lower.set(id, vector(b));
  }

  /** The sentence of `higher` that `lower` most likely quotes, or null when `higher` is not a report section. */
  best(lower: TaskView, higher: TaskView): PassageMatch | null {
    const l = this.lower.get(lower.id);
    const list = this.passages.get(higher.id);
    if (!l || !list) return null;
    let best: PassageMatch | null = null;
    for (const p of list) {
      const { value, shared } = cosineOf(l, p);
      const figures = [...l.figures].filter((f) => p.figures.has(f));
      const figureShare = l.figures.size === 0 ? 0 : figures.length / l.figures.size;
      const score = Math.min(1, value + FIGURE_WEIGHT * figureShare);
      if (!best || score > best.score) best = { score, text: p.text, words: shared.slice(0, EVIDENCE_WORDS), figures };
    }
    return best;
  }
}

/** A text's sentences (。；！？ or a line break ends one); fragments too short to say anything are dropped. */
export function splitPassages(text: string): string[] {
  return text.split(SENTENCE_END).map((s) => s.trim()).filter((s) => s.replace(/[\p{P}\s]/gu, '').length >= 6);
}

/** The figures a text states, normalised (`3 %` → `3%`). */
export function figuresOf(text: string): Set<string> {
  return new Set(text.normalize('NFKC').replace(/\s+/g, '').match(FIGURE) ?? []);
}

function ownWords(task: TaskView): string {
  let text = `${task.title}\n${task.text}`.normalize('NFKC').replace(ANNOTATION, ' ');
  for (const unit of task.duties.keys()) text = text.split(unit).join(' ');
  return text;
}
