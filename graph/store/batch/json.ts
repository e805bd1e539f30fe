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

function sortedKeys(_key: string, value: unknown): unknown {
  if (!value || typeof value !== 'object' || Array.isArray(value)) return value;
  const sorted: Record<string, unknown> = {};
  for (const key of Object.keys(value).sort()) setOwn(sorted, key, (value as Record<string, unknown>)[key]);
  return sorted;
}

/** JSON with object keys sorted, so equal content always serialises to equal text. */
export function stableStringify(value: unknown): string {
  return JSON.stringify(value, sortedKeys) ?? 'null';
}
