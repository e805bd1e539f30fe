// A duty clause that opens a paragraph instead of closing it: 由X副市长负责,Y牵头,相关部门配合,尽快完成…
import type { Annotation, OtherField } from './annotation-types.ts';
import { clauseLists } from './labelled-lists.ts';
import { CLAUSE_ROLES, LEADER_POST } from './roles.ts';

/**
 * A line that opens with 由 and a clause ending in a duty verb before the first comma; the line may first hold its item's
 * marker and short title sentence (`(一)县级抓统筹。由A、B牵头,成立…`, a 自治县 plan of 2023), or its marker alone
 * (`(一)由省经贸委负责,A、B配合,加快…`, 福建 ≈2005): the duty opens the body.
 */
const OPENING_RE = /^[ \t\u3000]*((?:[(（][一二三四五六七八九十]{1,3}[)）]|\d{1,2}[.、．])(?:[^\n。,，;；()（）]{2,20}。)?)?由[^\n,，。;；]{2,40}?(?:负责|牵头|配合|主办|承办)[,，]/gm;

/**
 * A leader named by post (杨志武副市长, 常务副省长, 省长助理): the person answers for the work, but a person
 * is not a unit, so the clause is kept as a non-duty role, as 牵头负责领导 is.
 */
const LEADER_CLAUSE_RE = new RegExp(`^由?([^,，]{0,12}?${LEADER_POST})(?:牵头)?(?:负责|分管|协调)$`);

interface Clause { text: string; start: number; end: number }

/** The comma-separated clauses of a line from `from`, up to the first sentence end. */
function clausesOf(text: string, from: number): Clause[] {
  const clauses: Clause[] = [];
  let start = from;
  for (let i = from; i <= text.length; i++) {
    const ch = text[i];
    if (i === text.length || ch === '\n' || ch === '。' || ch === ';' || ch === '；' || ch === ',' || ch === '，') {
      clauses.push({ text: text.slice(start, i), start, end: i });
      if (i === text.length || ch === '\n' || ch === '。' || ch === ';' || ch === '；') break;
      start = i + 1;
    }
  }
  return clauses;
}

const isDutyClause = (c: string) => CLAUSE_ROLES.some(({ re }) => re.exec(c)?.[1]?.trim());

/** The clause ending at `at` closes its paragraph: a 。 or nothing, then the line break. */
const endsParagraph = (text: string, at: number) => /^[。;；]?[ \t\u3000]*(?:\n|$)/.test(text.slice(at, at + 8));

/** The opening clauses of one paragraph, from its first word `first`, as an annotation, or null when they name no lead. */
function openingAnnotation(text: string, first: number): Annotation | null {
  const others: OtherField[] = [];
  const clauses = clausesOf(text, first);
  let k = 0;
  for (; k < clauses.length; k++) {
    const leader = LEADER_CLAUSE_RE.exec(clauses[k].text.trim());
    if (!leader) break;
    others.push({ field: '负责领导', value: leader[1], start: clauses[k].start, end: clauses[k].end });
  }
  const duties: Clause[] = [];
  // The last clause is the sentence the duties introduce, never a duty itself — unless the duties are the whole
  // paragraph (由X承办,A、B配合。 on its own line under the item heading).
  const limit = endsParagraph(text, clauses[clauses.length - 1].end) ? clauses.length : clauses.length - 1;
  for (; k < limit && isDutyClause(clauses[k].text.trim()); k++) duties.push(clauses[k]);
  if (duties.length === 0) return null;
  const bodyStart = duties[0].start;
  const bodyEnd = duties[duties.length - 1].end;
  const lists = clauseLists(text.slice(bodyStart, bodyEnd), bodyStart);
  if (!lists.some((l) => l.role === 'lead')) return null;
  return { start: first, end: bodyEnd, kind: 'line', truncated: false, lists, others };
}

/** Paragraphs that open with their duties (由…负责,X牵头,Y配合,…), outside any annotation already found. */
export function openingClauses(text: string, taken: (pos: number) => boolean): Annotation[] {
  const found: Annotation[] = [];
  for (const m of text.matchAll(OPENING_RE)) {
    const first = m.index! + m[0].indexOf('由', m[1]?.length ?? 0);
    if (taken(first)) continue;
    const ann = openingAnnotation(text, first);
    if (ann) found.push(ann);
  }
  return found;
}
