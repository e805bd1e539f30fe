// Shorter ways people name a task: distinctive pieces of its title (水利基础设施 for 完善水利基础设施).
import type { GraphNode } from '../../graph/model.ts';
import { type Steps } from '../../graph/slices.ts';

const MIN_PIECE_CHARS = 4;
/** A piece must carry a fair share of its title, or it names a topic rather than the task. */
const MIN_PIECE_SHARE = 0.4;
/** Pieces that start or end on a particle are not how anyone names a thing. */
const LOOSE_EDGE = /^[的和与及等之]|[的和与及等之]$/u;
/** Phrases every plan repeats; they point at no task in particular. */
const GENERIC = new Set(['高质量发展', '创新发展', '现代化', '体系建设', '能力建设', '工作机制', '协调发展', '融合发展']);

/** Quotation marks, and a quoted nickname with them: “百会进千企”金桥项目 is also called 金桥项目 or 百会进千企金桥项目. */
const QUOTE_MARKS = /[“”"‘’「」『』]/gu;
const QUOTED = /[“"‘「『][^“”"‘’「」『』]{1,12}[”"’」』]/gu;

/** The title without its quotation marks, and without its quoted nickname: each is a way of naming the task. */
function variants(title: string): string[] {
  return [...new Set([title.replace(QUOTE_MARKS, ''), title.replace(QUOTED, '').replace(QUOTE_MARKS, '')])];
}

function pieces(title: string): Set<string> {
  const out = new Set<string>();
  for (const v of variants(title)) {
    const min = Math.max(MIN_PIECE_CHARS, Math.ceil(v.length * MIN_PIECE_SHARE));
    // The whole title is already its name; a variant of it (without quotes) is a piece like any other.
    const max = v === title ? v.length - 1 : v.length;
    for (let len = min; len <= max; len++) {
      for (let i = 0; i + len <= v.length; i++) {
        const piece = v.slice(i, i + len);
        if (!LOOSE_EDGE.test(piece) && !GENERIC.has(piece)) out.add(piece);
      }
    }
  }
  return out;
}

/** Pieces found in exactly one title (as any substring of any title) and not already a name of something else; a step a title. */
export function* partialTitleSteps(titled: readonly GraphNode[], taken: ReadonlySet<string>): Steps<Array<[string, GraphNode]>> {
  // How many distinct titles hold each substring: a piece inside two titles would be a guess between them.
  const holders = new Map<string, number>();
  for (const title of new Set(titled.map((n) => n.name))) {
    const seen = new Set<string>();
    for (const v of variants(title)) {
      for (let i = 0; i < v.length; i++) {
        for (let j = i + MIN_PIECE_CHARS; j <= v.length; j++) seen.add(v.slice(i, j));
      }
    }
    for (const sub of seen) holders.set(sub, (holders.get(sub) ?? 0) + 1);
    yield;
  }
  const out: Array<[string, GraphNode]> = [];
  const claimed = new Set<string>();
  for (const node of titled) {
    for (const piece of pieces(node.name)) {
      if (holders.get(piece) !== 1 || claimed.has(piece) || taken.has(piece)) continue;
      claimed.add(piece);
      out.push([piece, node]);
    }
    yield;
  }
  return out;
}
