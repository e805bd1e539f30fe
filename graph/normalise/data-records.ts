// A plan's task list kept as program data (a JSON export of its table, a JavaScript data literal of its tasks) is read
// as the table it is: each flat record with a task field and a duty field becomes a numbered item with a labelled
// annotation (rowLine, as a table row does); the field names are its headers. Everything else (code, comments, the
// records' outer structure) is left as it is.
import { rowOrigins } from './row-offsets.ts';
import { columnOf, rowLine, type Column } from './tables.ts';
import type { TextWork } from './text-work.ts';

/** A record with no record inside it, `{ … }` holding no brace (an outer record's fields are its groups, not a task), up to this long. */
const MAX_RECORD_CHARS = 4000;
/**
 * One `key: value` field: the key quoted or bare (JSON, a JavaScript literal), the value a string or a number. A string
 * may run over a line break: a copy hard-wrapped at a fixed width breaks long values.
 */
const FIELD_RE = /(["']?)([A-Za-z_][\w]*|[\u4e00-\u9fff]{2,10})\1\s*:\s*("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*'|-?\d+(?:\.\d+)?)/g;

/** Field names a program gives a task table's columns (English), beside the Chinese headers columnOf reads. */
const KEY_COLUMNS: [RegExp, Column][] = [
  [/^(?:id|no|num|number|index|serial|seq)$/i, 'serial'],
  [/^(?:task|title|name|item|measure)$/i, 'task'],
  [/^(?:content|description|desc|details?|text)$/i, 'content'],
  [/^(?:owner|lead|leader|lead_?units?|lead_?dept)$/i, 'lead'],
  [/^(?:co|coop|cooperat(?:e|ion|ors?)|support(?:ers?)?|partners?|assist)$/i, 'support'],
  [/^(?:departments?|depts?|units?|responsible|agenc(?:y|ies))$/i, 'responsible'],
  [/^(?:time|deadline|due|timeline|schedule)$/i, 'deadline'],
];

const DUTY: ReadonlySet<Column> = new Set(['lead', 'support', 'responsible']);
/** One record is a config object, not a table: two records make a list. */
const MIN_RECORDS = 2;

const columnOfKey = (key: string): Column | null => KEY_COLUMNS.find(([re]) => re.test(key))?.[1] ?? columnOf(key);

/** A string field's value as the program means it (`\"人工智能+\"` is `"人工智能+"`), a number as written. */
function valueOf(raw: string): string {
  if (!/^["']/.test(raw)) return raw;
  raw = raw.replace(/\s*\n\s*/g, '');
  const quoted = raw[0] === '"' ? raw : `"${raw.slice(1, -1).replace(/\\'/g, "'").replace(/"/g, '\\"')}"`;
  try {
    return JSON.parse(quoted) as string;
  } catch {
    return raw.slice(1, -1);
  }
}

/** A field naming the units with no role (`departments`): its value is the annotation, read as a bracket is. */
const ROLELESS_KEY_RE = /^(?:departments?|depts?|units?|agenc(?:y|ies))$/i;
const ROLE_WORD_RE = /牵头|配合|负责|落实/;

/**
 * The record's row line (`3.任务。(牵头单位:…,配合单位:…)`), or null when it names no task or no duty. Rows are
 * numbered by their place in the list: a program's ids are keys, not printed numbers, and may skip (no id 6).
 */
function recordRow(body: string, position: number): string | null {
  const columns: Column[] = ['serial'];
  const cells: string[] = [String(position)];
  let bracket = '';
  for (const m of body.matchAll(FIELD_RE)) {
    const column = columnOfKey(m[2]);
    if (!column || column === 'serial' || columns.includes(column)) continue;
    const value = valueOf(m[3]);
    // `省发展改革委牵头，省科技厅按职责分工负责` under a role-less key: a clause annotation, not a list of names.
    if (ROLELESS_KEY_RE.test(m[2]) && ROLE_WORD_RE.test(value)) { bracket = `(${value})`; continue; }
    columns.push(column);
    cells.push(value);
  }
  if (!columns.includes('task') || !(bracket || columns.some((c) => DUTY.has(c)))) return null;
  return `${rowLine(columns, cells)}${bracket}`;
}

export function readDataRecords(work: TextWork): TextWork {
  const { text, map } = work;
  if (!text.includes('{') || !/["']?\w+["']?\s*:\s*["']/.test(text)) return work;
  const rows: { start: number; end: number; line: string }[] = [];
  // A `{` whose next brace is a `}`: one pass over the braces, so a text of many open braces stays linear.
  const brace = /[{}]/g;
  for (let open = text.indexOf('{'); open >= 0;) {
    brace.lastIndex = open + 1;
    const at = brace.exec(text)?.index ?? -1;
    if (at < 0) break;
    if (text[at] === '}' && at - open <= MAX_RECORD_CHARS) {
      const line = recordRow(text.slice(open, at + 1), rows.length + 1);
      if (line) rows.push({ start: open, end: at + 1, line });
    }
    open = text[at] === '{' ? at : text.indexOf('{', at + 1);
  }
  if (rows.length < MIN_RECORDS) return work;
  const parts: string[] = [];
  const maps: Int32Array[] = [];
  let last = 0;
  for (const row of rows) {
    parts.push(text.slice(last, row.start));
    maps.push(map.subarray(last, row.start));
    // Each row on its own line; every character mapped into its record (a name to where the record writes it).
    const line = `\n${row.line}\n`;
    const origin = rowOrigins(line, work, row.start, row.end);
    parts.push(line);
    maps.push(Int32Array.from({ length: line.length }, (_, k) => origin(k)));
    last = row.end;
  }
  parts.push(text.slice(last));
  maps.push(map.subarray(last));
  const out = new Int32Array(maps.reduce((n, m) => n + m.length, 0));
  let at = 0;
  for (const m of maps) { out.set(m, at); at += m.length; }
  return { text: parts.join(''), map: out };
}
