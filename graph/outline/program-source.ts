// A file that is program source or exported data (a JavaScript data literal, a JSON export), not a document: when its
// records could not be read as a task table, the NO_TASKS warning says what it is and what to load instead.

/** Lines only program source writes: a declaration, an import, a function, a comment opener, a bare `key: value,` field. */
const CODE_LINE_RE = /^\s*(?:(?:const|let|var|function|import|export|return|class)\b|\/\/|\/\*|[A-Za-z_]\w*\s*:\s*(?:["'`[{\d]|true|false|null))/;
/** A JSON field (`"owner": "省发展改革委"`). */
const JSON_FIELD_RE = /"[^"\n]{1,40}"\s*:\s*(?:"|\d|\[|\{|true|false|null)/g;

const MIN_CODE_LINES = 3;
const MIN_JSON_FIELDS = 4;
const MAX_SHOWN_CHARS = 40;

type DataShape = { kind: 'program-source' | 'json-data'; seen: string };

/** What program shape the text has, with a line of it to show, or null for a document's text. */
export function dataShape(text: string): DataShape | null {
  const lines = text.split('\n');
  const code = lines.filter((l) => CODE_LINE_RE.test(l));
  const shown = (s: string) => (s.trim().length > MAX_SHOWN_CHARS ? `${s.trim().slice(0, MAX_SHOWN_CHARS)}…` : s.trim());
  if (code.length >= MIN_CODE_LINES) return { kind: 'program-source', seen: shown(code.find((l) => !/^\s*(?:\/\/|\/\*)/.test(l)) ?? code[0]!) };
  const fields = [...text.matchAll(JSON_FIELD_RE)];
  if (fields.length >= MIN_JSON_FIELDS && /^\s*[[{]/.test(text)) return { kind: 'json-data', seen: shown(text.slice(fields[0]!.index).split('\n')[0]!) };
  return null;
}
