// Plain-JSON helpers for stored data: own-property writes, fast deep copies, key-sorted serialisation.

/** Set an own property, even one named `__proto__` (plain assignment would swap the prototype). */
export function setOwn(target: Record<string, unknown>, key: string, value: unknown): void {
  if (key === '__proto__') Object.defineProperty(target, key, { value, enumerable: true, writable: true, configurable: true });
  else target[key] = value;
}

/** Deep copy of plain JSON data; several times faster than structuredClone on small graph objects. */
export function copyJson<T>(value: T): T {
  if (Array.isArray(value)) return value.map(copyJson) as T;
  if (value && typeof value === 'object') {
    const out: Record<string, unknown> = {};
    for (const key of Object.keys(value)) setOwn(out, key, copyJson((value as Record<string, unknown>)[key]));
    return out as T;
  }
  return value;
}

/** Not stringified inside an object; `null` inside an array, as JSON.stringify does. */
function skipped(value: unknown): boolean {
  return value === undefined || typeof value === 'function' || typeof value === 'symbol';
}

/**
 * JSON with object keys sorted, so equal content always serialises to equal text. Written out rather than a
 * JSON.stringify replacer: that built a sorted copy of every object, and hashing a 20 MB plan took twice as long.
 * Same text as JSON.stringify for plain JSON data (no toJSON methods).
 */
export function stableStringify(value: unknown): string {
  if (value === null || typeof value !== 'object') return skipped(value) ? 'null' : JSON.stringify(value);
  if (Array.isArray(value)) {
    let out = '[';
    for (let i = 0; i < value.length; i++) out += (i > 0 ? ',' : '') + stableStringify(value[i]);
    return `${out}]`;
  }
  let out = '{';
  for (const key of Object.keys(value).sort()) {
    const item = (value as Record<string, unknown>)[key];
    if (skipped(item)) continue;
    out += `${out.length > 1 ? ',' : ''}${JSON.stringify(key)}:${stableStringify(item)}`;
  }
  return `${out}}`;
}

/** Every own key of every object in `value`, or null when one is `__proto__` (a property list would read the prototype). */
function keysIn(value: unknown, into: Set<string>): boolean {
  if (value === null || typeof value !== 'object') return true;
  if (Array.isArray(value)) return value.every((item) => keysIn(item, into));
  for (const key in value) {
    if (!Object.hasOwn(value, key)) continue;
    if (key === '__proto__') return false;
    into.add(key);
    if (!keysIn((value as Record<string, unknown>)[key], into)) return false;
  }
  return true;
}

/** Items written per JSON.stringify call by stableList: large enough to be native-fast, small enough to stay modest. */
const LIST_CHUNK = 512;

/**
 * The text of stableStringify(items), in pieces (a 20 MB plan's graph is ~100 MB of text, which need not exist as one
 * string). JSON.stringify with a property list writes every object's keys in the list's order and skips keys an object
 * lacks, so the sorted union of the items' keys gives stableStringify's text natively: 1.0-1.6 s against 1.1-1.7 s
 * for the bench's 1,000 documents (three runs under load; V8's fastest JSON.stringify path takes no property list).
 */
export function* stableList(items: readonly unknown[]): Generator<string> {
  const keys = new Set<string>();
  if (!keysIn(items, keys)) {
    yield stableStringify(items);
    return;
  }
  const list = [...keys].sort();
  yield '[';
  for (let i = 0; i < items.length; i += LIST_CHUNK) {
    const chunk = JSON.stringify(items.slice(i, i + LIST_CHUNK), list);
    yield `${i > 0 ? ',' : ''}${chunk.slice(1, -1)}`;
  }
  yield ']';
}
