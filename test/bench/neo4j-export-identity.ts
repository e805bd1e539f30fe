// Is the graph Neo4j holds after a bulk load the one the embedded store holds? Parses a corpus once, applies it to a
// MemoryGraphStore and to the (emptied) NEO4J_* database, and compares the two exports byte for byte.
//
// `NEO4J_URI=… npx tsx test/bench/neo4j-export-identity.ts --dir DIR [--per-call N]` (N documents per applyBatches
// call, 200 as ingest hands them by default; a small N makes later calls update shared nodes that earlier calls
// wrote, the path a whole corpus in one group never takes). Exits 1 when the exports differ, naming the first node or
// edge that does. Empties the database before and leaves the corpus in it.
import { parseArgs } from 'node:util';
import type { GraphExport } from '../../graph/model.ts';
import { prepareBatches } from '../../graph/pipeline/ingest.ts';
import { MemoryGraphStore } from '../../graph/store/memory/memory-store.ts';
import { Neo4jClient } from '../../graph/store/neo4j/neo4j-client.ts';
import { Neo4jGraphStore, neo4jConfigFromEnv } from '../../graph/store/neo4j/neo4j-store.ts';

const NOW = new Date('2026-01-01T00:00:00.000Z');

function firstDifference(a: GraphExport, b: GraphExport): string | null {
  for (const key of ['nodes', 'edges'] as const) {
    const left = a[key] as { id: string }[];
    const right = b[key] as { id: string }[];
    if (left.length !== right.length) return `${key}: ${left.length} in memory, ${right.length} in Neo4j`;
    for (let i = 0; i < left.length; i += 1) {
      if (JSON.stringify(left[i]) !== JSON.stringify(right[i])) return `${key}[${i}] ${left[i].id}:\n  memory ${JSON.stringify(left[i])}\n  neo4j  ${JSON.stringify(right[i])}`;
    }
  }
  return JSON.stringify(a) === JSON.stringify(b) ? null : 'the exports differ outside nodes and edges';
}

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { dir: { type: 'string' }, 'per-call': { type: 'string', default: '200' } } });
  if (!values.dir) throw new Error('neo4j-export-identity: --dir is required: a corpus folder of `npm run corpus`.');
  const perCall = Number(values['per-call']);
  const batches = (await prepareBatches([values.dir], { now: () => NOW })).map((p) => p.batch);
  const memory = new MemoryGraphStore();
  for (const batch of batches) await memory.applyBatch(batch);
  const client = new Neo4jClient(neo4jConfigFromEnv());
  await client.autoCommit(['MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 5000 ROWS']).finally(() => client.close());
  const neo = new Neo4jGraphStore(neo4jConfigFromEnv());
  try {
    // As ingestPaths writes: one bulk load (into the emptied database its deferred indexes are built at its end).
    await neo.bulkLoad(batches.length, async () => {
      for (let i = 0; i < batches.length; i += perCall) await neo.applyBatches(batches.slice(i, i + perCall));
    });
    const [a, b] = [await memory.exportGraph(), await neo.exportGraph()];
    const difference = firstDifference(a, b);
    console.log(difference === null
      ? `${batches.length} documents, ${perCall} per call: exports identical (${a.nodes.length} nodes, ${a.edges.length} edges, ${JSON.stringify(a).length} characters)`
      : `${batches.length} documents, ${perCall} per call: exports DIFFER at ${difference}`);
    if (difference !== null) process.exitCode = 1;
  } finally {
    await neo.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 1;
});
