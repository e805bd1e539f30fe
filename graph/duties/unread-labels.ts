// Label wordings the reader could not read: a document whose annotations use them is warned about, naming the wording.
import type { Span } from './annotation-types.ts';
import { lastStartingBefore } from '../outline/spans.ts';
import { labelMeaning } from './roles.ts';

/**
 * A phrase that looks like a duty label — a few words ending in a holder's word, then a colon — opening its clause; the
 * holder's word may be widened in brackets (a department's own split: `责任科室(单位):A、B分别牵头`, 莆田 人社局 2022).
 */
const LABEL_LIKE_RE = /(?<=^|[\s(（〔【[,，;；。])(\p{Script=Han}{1,8}?(?:单位|部门|科室|处室|股室|主体|机构)(?:[(（](?:单位|部门|科室|处室)[)）])?)[\s\u25A0-\u25FF\u2605\u2606]*[:：]/gu;

/** A word that gives a holder a part in the work: without one, `X单位:` is an addressee line (各有关单位:) or a field. */
const ROLE_HINT_RE = /牵头|负责|责任|配合|协办|协作|协同|协助|参与|主办|承办|主责|实施|落实|业主|督办|考核|包联|包抓/u;

export interface UnreadLabel { wording: string; count: number; first: Span }

/** Each label-shaped wording with a role word, outside every annotation read, that no label reads, with its count. */
export function unreadLabels(text: string, read: readonly { start: number; end: number }[]): UnreadLabel[] {
  // Sorted once and searched, so a text full of label-like words stays linear in practice.
  const spans = [...read].sort((a, b) => a.start - b.start);
  const inside = (pos: number) => {
    const a = spans[lastStartingBefore(spans, pos)];
    return !!a && pos < a.end;
  };
  const byWording = new Map<string, UnreadLabel>();
  for (const m of text.matchAll(LABEL_LIKE_RE)) {
    const wording = m[1];
    if (labelMeaning(wording) || !ROLE_HINT_RE.test(wording) || inside(m.index!)) continue;
    const seen = byWording.get(wording);
    if (seen) seen.count++;
    else byWording.set(wording, { wording, count: 1, first: { text: m[0], start: m.index!, end: m.index! + m[0].length } });
  }
  return [...byWording.values()];
}
