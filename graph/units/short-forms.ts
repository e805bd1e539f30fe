// Short forms a document defines for its bodies, as Chinese legal drafting does: `镇人民政府及街道办事处（以下简称“镇（街道）”）`,
// `区规划和土地管理局（以下简称区规土局）` (青浦 2023, 嘉定 2014). From there on the text names the body by its short form
// (`镇（街道）应加强…`), which no name shape reads, so the short form is an alias of the full name in that document.
import { namesIn, type NameSpan } from './prose-names.ts';

export interface ShortForm { short: string; full: string }

/** `(以下简称“X”)`, `(以下简称X)`, `(简称：X)` right after a name: the short form inside, quoted (brackets may nest) or bare. */
const DEFINITION_RE = /[(（](?:以下)?简称[:：为]?[ \t]*(?:[“"]([^“”"\n]{2,12})[”"]|([^()（）“”"，,。；;\n]{2,12}))[ \t]*[)）]/gu;
/** What a defined body's short form holds: a name's characters and its brackets, never a title mark (《纲要》) or digits. */
const SHORT_FORM_RE = /^[\p{Script=Han}()（）]+$/u;

/** The names ending right where the definition opens, joined by 、 及 和 与 (镇人民政府及街道办事处): the body defined. */
function fullNameBefore(text: string, at: number): string | null {
  const lineStart = text.lastIndexOf('\n', at - 1) + 1;
  const names: NameSpan[] = namesIn(text.slice(lineStart, at));
  let first = names.length - 1;
  if (first < 0 || names[first].end !== at - lineStart) return null;
  while (first > 0 && names[first - 1].end + 1 === names[first].start && /[、及和与]/u.test(text[lineStart + names[first - 1].end])) first--;
  return text.slice(lineStart + names[first].start, at);
}

/** Every short form the text defines for a body (its full name reads as one or more units), in the text's order. */
export function definedShortForms(text: string): ShortForm[] {
  const found: ShortForm[] = [];
  for (const m of text.matchAll(DEFINITION_RE)) {
    const short = (m[1] ?? m[2]).trim();
    if (!SHORT_FORM_RE.test(short)) continue;
    const full = fullNameBefore(text, m.index!);
    if (full && full !== short) found.push({ short, full });
  }
  return found;
}
