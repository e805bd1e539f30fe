// What the local Neo4j's JIT compilers spend their time on, from a Java Flight Recording of the server.
//
//   sed 's|\(compiler-compilation-threshold">\)[^<]*|\10 ms|' $JAVA_HOME/lib/jfr/default.jfc > /tmp/comp.jfc
//   jcmd $(cat graph/neo4j/runtime/neo4j.pid) JFR.start name=jit settings=/tmp/comp.jfc filename=/tmp/jit.jfr
//   … the load (e.g. test/bench/neo4j-ingest-profile.ts) …
//   jcmd $(cat graph/neo4j/runtime/neo4j.pid) JFR.stop name=jit
//   npx tsx test/bench/neo4j-jit.ts /tmp/jit.jfr
//
// Prints each compilation tier's share and the share of each code family (Lucene, the kernel, Cypher, …) of the
// compilations' summed duration (wall time of the compiler threads: shares compare, seconds do not on a loaded
// machine), and whether the code cache filled (jdk.CodeCacheFull) or the sweeper threw compiled code away.
import { execFileSync } from 'node:child_process';

interface Compilation { values: { duration: string; compileLevel: number; method: { type: { name: string } } } }

/** Code families by class name prefix, first match wins. */
const FAMILIES: [family: string, prefix: string][] = [
  ['lucene (text and full-text indexes)', 'org/apache/lucene'], ['cypher', 'org/neo4j/cypher'], ['record storage', 'org/neo4j/internal/recordstorage'],
  ['kernel', 'org/neo4j/kernel'], ['gbptree (range indexes)', 'org/neo4j/index'], ['bolt', 'org/neo4j/packstream'], ['bolt', 'org/neo4j/bolt'],
  ['neo4j other', 'org/neo4j'], ['netty', 'io/netty'], ['scala', 'scala/'], ['jdk', 'java/'], ['jdk', 'jdk/'], ['jdk', 'sun/'],
];

function seconds(iso: string): number {
  const m = /^PT(?:(\d+)H)?(?:(\d+)M)?(?:([\d.]+)S)?$/.exec(iso);
  if (!m) throw new Error(`neo4j-jit: cannot read the duration ${iso}`);
  return Number(m[1] ?? 0) * 3600 + Number(m[2] ?? 0) * 60 + Number(m[3] ?? 0);
}

function events<T>(file: string, names: string): T[] {
  const json = execFileSync('jfr', ['print', '--json', '--events', names, file], { encoding: 'utf8', maxBuffer: 1 << 30 });
  return (JSON.parse(json) as { recording: { events: T[] } }).recording.events;
}

function main(file: string | undefined): void {
  if (!file) throw new Error('usage: npx tsx test/bench/neo4j-jit.ts RECORDING.jfr (see the header for how to record one)');
  const compilations = events<Compilation>(file, 'jdk.Compilation');
  const byFamily = new Map<string, { n: number; s: number }>();
  const byLevel = new Map<number, { n: number; s: number }>();
  let total = 0;
  for (const { values } of compilations) {
    const s = seconds(values.duration);
    const name = values.method.type.name.replaceAll('.', '/');
    const family = FAMILIES.find(([, prefix]) => name.startsWith(prefix))?.[0] ?? 'other';
    for (const [map, key] of [[byFamily, family], [byLevel, values.compileLevel]] as const) {
      const entry = (map as Map<typeof key, { n: number; s: number }>).get(key) ?? { n: 0, s: 0 };
      (map as Map<typeof key, { n: number; s: number }>).set(key, { n: entry.n + 1, s: entry.s + s });
    }
    total += s;
  }
  const share = (s: number) => `${((s / total) * 100).toFixed(1)}%`;
  console.log(`${compilations.length} compilations, ${total.toFixed(0)} s summed (compiler threads' wall)`);
  console.table([...byLevel].sort(([a], [b]) => a - b).map(([level, e]) => ({ tier: level, compilations: e.n, share: share(e.s) })));
  console.table([...byFamily].sort(([, a], [, b]) => b.s - a.s).map(([family, e]) => ({ family, compilations: e.n, share: share(e.s) })));
  const full = events<unknown>(file, 'jdk.CodeCacheFull').length;
  const sweeps = events<{ values: { methodReclaimedCount: number } }>(file, 'jdk.CodeSweeperStatistics');
  console.log(`code cache full: ${full} times; methods the sweeper reclaimed: ${sweeps.at(-1)?.values.methodReclaimedCount ?? 0} (since the server started)`);
}

main(process.argv[2]);
