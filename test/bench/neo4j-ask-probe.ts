// Per-question wall and CPU time of /api/ask, asked as the bench's measureAsk asks (neo4j.ts), to see which questions
// are slow and whether warming ask first (as a server does at start, warmAsk) changes them.
//
// `npx tsx test/bench/neo4j-ask-probe.ts --dir DIR [--memory] [--warm] [--runs 40]`: DIR is a corpus of `npm run corpus`;
// on Neo4j (NEO4J_URI…) the database must already hold it (neo4j-catalogue.ts loads one), `--memory` ingests DIR into
// an embedded store instead.
import { parseArgs } from 'node:util';
import { prepareBatches, ingestPaths } from '../../graph/pipeline/ingest.ts';
import { MemoryGraphStore } from '../../graph/store/memory/memory-store.ts';
import { Neo4jGraphStore, neo4jConfigFromEnv } from '../../graph/store/neo4j/neo4j-store.ts';
import { createApp } from '../../server/app.ts';
import { warmAsk } from '../../server/ask/index.ts';

async function main(): Promise<void> {
  const { values } = parseArgs({ options: { dir: { type: 'string' }, warm: { type: 'boolean' }, memory: { type: 'boolean' }, runs: { type: 'string', default: '40' } } });
  if (!values.dir) throw new Error('neo4j-ask-probe: --dir DIR is required (a corpus of `npm run corpus`).');
  // The bench's questions: the first 50 unit names of the corpus.
  const units = [...new Set((await prepareBatches([values.dir])).flatMap((p) => p.batch.nodes.filter((n) => n.label === 'Unit').map((n) => n.name)))].slice(0, 50);
  const store = values.memory ? new MemoryGraphStore() : new Neo4jGraphStore(neo4jConfigFromEnv());
  await store.init();
  try {
    if (values.memory) await ingestPaths(store, [values.dir]);
    const app = createApp({ store, ask: { model: null } });
    if (values.warm) {
      const t = performance.now();
      await warmAsk(store);
      console.log(`warmAsk ${(performance.now() - t).toFixed(0)} ms`);
    }
    for (let i = 0; i <= Number(values.runs); i++) {
      const question = `${units[i % units.length]}牵头哪些任务？`;
      const t = performance.now();
      const c = process.cpuUsage();
      const res = await app.request('/api/ask', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ question }) });
      const out = (await res.json()) as { plan?: { op: string } };
      const cpu = process.cpuUsage(c);
      console.log(`${i} wall ${(performance.now() - t).toFixed(1)} ms, cpu ${((cpu.user + cpu.system) / 1000).toFixed(1)} ms, ${res.status} ${out.plan?.op ?? ''} ${question}`);
    }
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 1;
});
