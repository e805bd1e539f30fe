// Hand-written twins of the zod schemas in batch-schema.ts for the common case: an item the schema accepts and
// would return unchanged. Zod's parse copies every object it accepts (and reorders keys into the schema's order),
// which cost ~1.5 s of CPU per 1,000 generated documents; these read without allocating. They only ever say
// "exactly what zod would return": anything else (a bad value, another key order, an extra key that zod would
// strip, an `undefined` value) answers false and the caller runs the zod schema itself, for its verdict and its
// messages. So a twin that is too strict costs time, never a different result; one too lenient is a bug, and
// test/graph/store/batch-shape.test.ts holds every twin to its schema on generated and mutated batches.
import { EDGE_TYPES, NODE_LABELS, WARNING_CODES, type NodeLabel } from '../../model.ts';

const LABELS: ReadonlySet<unknown> = new Set(NODE_LABELS);
const TYPES: ReadonlySet<unknown> = new Set(EDGE_TYPES);
const CODES: ReadonlySet<unknown> = new Set(WARNING_CODES);

/** An object zod reads as it is: own data properties only (structured clones, JSON, the parser's literals). */
function plain(value: unknown): value is Record<string, unknown> {
  if (typeof value !== 'object' || value === null) return false;
  const proto = Object.getPrototypeOf(value);
  // zod's records drop an own `__proto__` key (JSON.parse makes one): not "unchanged".
  return (proto === Object.prototype || proto === null) && !Object.hasOwn(value, '__proto__');
}

/** Whether `value`'s own keys are exactly `keys`, in that order (z.object's output order, with nothing to strip). */
function keysAre(value: object, keys: readonly string[]): boolean {
  const own = Object.keys(value);
  if (own.length !== keys.length) return false;
  for (let i = 0; i < keys.length; i++) if (own[i] !== keys[i]) return false;
  return true;
}

const id = (v: unknown): boolean => typeof v === 'string' && v.length > 0;
const offset = (v: unknown): boolean => Number.isSafeInteger(v) && (v as number) >= 0;
const optionalText = (v: unknown): boolean => v === undefined || v === null || typeof v === 'string';
/** An index loop, not every(): that skips the holes of a sparse array, which zod reads as undefined. */
function optionalAliases(v: unknown): boolean {
  if (v === undefined) return true;
  if (!Array.isArray(v)) return false;
  for (let i = 0; i < v.length; i++) if (typeof v[i] !== 'string') return false;
  return true;
}

const EVIDENCE_KEYS = ['docId', 'start', 'end', 'text'];

/** evidenceSchema, unchanged. */
function evidenceAsIs(e: unknown): boolean {
  return plain(e) && keysAre(e, EVIDENCE_KEYS) && id(e.docId) && offset(e.start) && offset(e.end)
    && typeof e.text === 'string' && (e.end as number) >= (e.start as number);
}

const NODE_KEYS = ['id', 'label', 'name', 'properties'];

/** nodeSchema, unchanged (its properties are a record: any plain object is kept as it is). */
export function nodeAsIs(n: unknown): boolean {
  return plain(n) && keysAre(n, NODE_KEYS) && id(n.id) && LABELS.has(n.label) && typeof n.name === 'string' && plain(n.properties);
}

const EDGE_KEYS = ['id', 'type', 'source', 'target', 'properties'];

/** edgeSchema, unchanged: its properties are a loose object whose declared key (evidence) comes first. */
export function edgeAsIs(e: unknown): boolean {
  if (!(plain(e) && keysAre(e, EDGE_KEYS) && id(e.id) && TYPES.has(e.type) && id(e.source) && id(e.target))) return false;
  const p = e.properties;
  if (!plain(p)) return false;
  if (!Object.hasOwn(p, 'evidence')) return true;
  for (const key in p) return key === 'evidence' && evidenceAsIs(p.evidence);
  return false;
}

const WARNING_KEYS = ['code', 'message', 'docId', 'evidence', 'detail'];

/** warningSchema, unchanged: its keys a run of code, message, docId, evidence?, detail? in that order. */
export function warningAsIs(w: unknown): boolean {
  if (!plain(w) || !CODES.has(w.code) || typeof w.message !== 'string' || !id(w.docId)) return false;
  let at = 0;
  for (const key in w) {
    while (at < WARNING_KEYS.length && WARNING_KEYS[at] !== key) at += 1;
    if (at === WARNING_KEYS.length) return false;
    at += 1;
  }
  if (Object.hasOwn(w, 'evidence') && !evidenceAsIs(w.evidence)) return false;
  return !Object.hasOwn(w, 'detail') || plain(w.detail);
}

const finite = (v: unknown): boolean => typeof v === 'number' && Number.isFinite(v);
const span = (p: Record<string, unknown>): boolean => id(p.docId) && typeof p.number === 'string' && typeof p.path === 'string'
  && typeof p.title === 'string' && typeof p.text === 'string' && offset(p.start) && offset(p.end);

/** Whether PROPERTY_SCHEMAS[label] accepts `p` (a plain object: nodeAsIs held). Their output is not kept. */
const PROPERTIES_OK: Record<NodeLabel, (p: Record<string, unknown>) => boolean> = {
  Document: (p) => typeof p.title === 'string' && typeof p.source === 'string' && typeof p.sha256 === 'string'
    && typeof p.jurisdiction === 'string' && typeof p.ingestedAt === 'string' && typeof p.text === 'string',
  Section: span,
  Task: span,
  Unit: (p) => optionalAliases(p.aliases) && optionalText(p.kind) && optionalText(p.jurisdiction) && optionalText(p.within),
  Place: (p) => optionalText(p.kind) && optionalAliases(p.aliases),
  Industry: (p) => optionalAliases(p.aliases),
  Corridor: (p) => optionalAliases(p.aliases),
  Project: (p) => optionalAliases(p.aliases),
  Target: (p) => (p.docId === undefined || typeof p.docId === 'string') && optionalText(p.indicator)
    && (p.value === undefined || p.value === null || finite(p.value)) && optionalText(p.unit)
    && (p.year === undefined || p.year === null || Number.isSafeInteger(p.year)) && optionalText(p.text),
};

export function propertiesOk(label: NodeLabel, properties: Record<string, unknown>): boolean {
  return PROPERTIES_OK[label](properties);
}
