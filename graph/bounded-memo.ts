// A memo for a pure function of a string, bounded in entries: the parser's hot lookups (cleaned surfaces, registry
// neighbours, entity ids) see the same short strings document after document. Past its limit a memo starts over, so a
// long-running server keeps at most `limit` entries per memo after an ingest, whatever it has read.

export class BoundedMemo<V> {
  private readonly values = new Map<string, V>();

  constructor(private readonly limit: number) {}

  /**
   * `compute(key)`, remembered. Keys and string values are copied first: a slice of a document's text would keep that
   * whole text alive for as long as the memo holds it.
   */
  get(key: string, compute: (key: string) => V): V {
    let value = this.values.get(key);
    if (value === undefined) {
      if (this.values.size >= this.limit) this.values.clear();
      value = compute(key);
      this.values.set(ownCopy(key), typeof value === 'string' ? (ownCopy(value) as V) : value);
    }
    return value;
  }

  clear(): void {
    this.values.clear();
  }
}

/** A string that shares no memory with the one it came from. */
export function ownCopy(text: string): string {
  return text.length === 0 ? text : ` ${text}`.slice(1);
}
