// The heap each part of ask's view holds over a loaded Neo4j store (neo4j-memory.ts says how much the view adds; this
// says of what): the view is built, then its parts are let go one at a time, each followed by a full GC.
//
// `NEO4J_URI=… node --expose-gc --import tsx test/bench/neo4j-view-parts.ts`. A part's number is the heap freed when it
// went, so what a part shares with one still held (a node a duty points at) is counted with the last to go. Texts are
// set to '' rather than deleted: a deleted key turns each properties object into a dictionary, larger than before.
// The node objects themselves stay held by the store's node table (neo4j-pages.ts) to the end.
import type { GraphView } from '../../server/ask/reader/view.ts';

type Loose = { -readonly [K in keyof GraphView]: GraphView[K] | null };

async function main(): Promise<void> {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (!gc) throw new Error('neo4j-view-parts: run with node --expose-gc.');
  const { Neo4jGraphStore, neo4jConfigFromEnv } = await import('../../graph/store/neo4j/neo4j-store.ts');
  const { viewFor } = await import('../../server/ask/reader/view.ts');
  const heapMB = () => {
    gc();
    return process.memoryUsage().heapUsed / 2 ** 20;
  };
  const store = new Neo4jGraphStore(neo4jConfigFromEnv());
  try {
    await store.init();
    const before = heapMB();
    const view = (await viewFor(store)) as unknown as Loose;
    let last = heapMB();
    console.log(`view ${(last - before).toFixed(1)} MB of heap over ${view.nodes?.size} nodes and ${view.duties?.length} duties`);
    const drop = (part: string, letGo: () => void) => {
      letGo();
      const now = heapMB();
      console.log(`  ${part.padEnd(34)} ${(last - now).toFixed(1)} MB`);
      last = now;
    };
    const nodes = [...(view.nodes?.values() ?? [])];
    for (const label of ['Document', 'Section', 'Task', 'Target']) {
      drop(`${label} texts`, () => nodes.filter((n) => n.label === label).forEach((n) => (n.properties.text = '')));
    }
    drop('duties\' evidence', () => view.duties?.forEach((d) => (d.evidence = null)));
    drop('mentions, mentionedBy', () => Object.assign(view, { mentions: null, mentionedBy: null }));
    drop('dutiesOfUnit, dutiesOfTask', () => Object.assign(view, { dutiesOfUnit: null, dutiesOfTask: null }));
    drop('duties', () => Object.assign(view, { duties: null }));
    drop('name, section, document indexes', () => Object.assign(view, { byName: null, sectionsBySegment: null, tasksByDoc: null, touchedBy: null }));
    drop('parent, children, sets, targets', () => Object.assign(view, { parent: null, children: null, sets: null, targets: null, documents: null }));
    drop('nodes\' other properties', () => nodes.forEach((n) => (n.properties = {})));
    drop('the nodes map', () => Object.assign(view, { nodes: null }));
    console.log(`left ${(last - before).toFixed(1)} MB (the node objects and ids, held by the node table)`);
  } finally {
    await store.close();
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.stack : error);
  process.exitCode = 1;
});
