// A note inside an annotation that speaks for later items (下同, 以下…均需X落实), and the units it names.
import type { Span } from './annotation-types.ts';
import { splitItems } from './list-items.ts';

/** A sentence inside the brackets that speaks for later items: 下同, 以下…均需, 不再单独列出, 不再做分工. */
const CARRY_NOTE_RE = /下同|以下[^。]{0,12}均|不再(?:单独|重复|逐一|逐项)?列出|不再做分工/;
/** The units such a note names: 均需A、B落实 / 均涉及A / 均由A负责. */
const CARRY_UNITS_RE = /(?:均需|均涉及|均由|均要求)([^,，。;；]+?)(?:落实|负责|配合|执行|参与|办理)?(?=[,，。;；]|$)/;
/** The same with its verb, whose names may hold commas as the list they repeat does (均需X,Y、Z负责落实, 阜阳 2023). */
const CARRY_UNITS_VERB_RE = /(?:均需|均由|均要求)([^。;；]+?)(?:负责落实|落实|负责|配合|执行|参与|办理)(?=[,，。;；]|$)/;

/** The units a note names, with where they start in it. */
function carryUnits(note: string): { text: string; at: number } | null {
  const m = CARRY_UNITS_VERB_RE.exec(note) ?? CARRY_UNITS_RE.exec(note);
  return m ? { text: m[1], at: m.index + m[0].indexOf(m[1]) } : null;
}

/**
 * After a 。 inside brackets: a note that speaks for later items (…。以下政策措施均需A、B落实,不再单独列出) and
 * the bracket's close on the same line, or null when the annotation simply ran into body text.
 */
export function carryNote(text: string, from: number, limit: number, close: string): { close: number; units: Span[]; text: string } | null {
  let closeAt = -1;
  for (let j = from; j < limit; j++) {
    if (text[j] === '\n') return null;
    if (text[j] === close) { closeAt = j; break; }
  }
  if (closeAt < 0) return null;
  const note = text.slice(from, closeAt);
  if (!CARRY_NOTE_RE.test(note)) return null;
  const m = carryUnits(note);
  return { close: closeAt, text: note, units: m ? carriedItems(m.text, from + m.at) : [] };
}

/** A note run on after the list's last name with a comma, no 。 (…按职责分工负责,以下各任务均需A、B落实,不再一一列出). */
const RUN_ON_NOTE_RE = /[,，;；](?=以下[^,，。;；]{0,12}均(?:需|涉及|由|要求))/u;

/**
 * Inside a labelled bracket (临夏 2025): where a note that speaks for later items begins after a comma, and the
 * units it names; null when the bracket holds no such note.
 */
export function runOnNote(text: string, from: number, to: number): { at: number; units: Span[] } | null {
  const body = text.slice(from, to);
  const at = body.search(RUN_ON_NOTE_RE);
  if (at < 0) return null;
  const note = body.slice(at + 1);
  const m = carryUnits(note);
  return { at: from + at, units: m ? carriedItems(m.text, from + at + 1 + m.at) : [] };
}

/** 四市或部分市人民政府: the tail after 或 is shared (四市人民政府 or some of them), so the whole set is 四市人民政府. */
const SHARED_TAIL_OR_RE = /^([^或]{1,10}?[市县区旗])或(?:部分|有关|相关)[市县区旗]?(人民政府|政府)$/;

function carriedItems(text: string, offset: number): Span[] {
  const m = SHARED_TAIL_OR_RE.exec(text);
  return m ? [{ text: m[1] + m[2], start: offset, end: offset + text.length }] : splitItems(text, offset);
}
