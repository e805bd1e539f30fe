// What holds a heap snapshot (neo4j-memory.ts writes one with NEO4J_MEMORY_SNAPSHOT=file): retained sizes from the
// dominator tree, as DevTools computes them, printed as a tree of what holds at least --min MB, and the retained size of
// each field of ask's indexes (the view, its sets, the lexicon, the task index) found by the names of their fields.
//
// `node --max-old-space-size=8000 --import tsx test/bench/heap-retained.ts file.heapsnapshot [--min 1] [--depth 12]`
// A node shared by two structures (a task node held by the view and by the lexicon) is retained by neither: it counts
// at their nearest common holder, so a field's number is what letting go of that field alone would free.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';

interface Snapshot {
  snapshot: { meta: { node_fields: string[]; edge_fields: string[]; node_types: [string[]]; edge_types: [string[]] } };
  nodes: number[];
  edges: number[];
  strings: string[];
}

/** ask's indexes by fields that name them, and the fields whose retained size is reported. */
const STRUCTURES: Array<{ name: string; signature: string[] }> = [
  { name: 'GraphView (reader/view.ts)', signature: ['dutiesOfUnit', 'mentionedBy', 'sectionsBySegment'] },
  { name: 'ViewSets (reader/view-sets.ts)', signature: ['lackingLead', 'onlyLead', 'otherGrams'] },
  { name: 'Lexicon (lexicon.ts)', signature: ['byPrefix', 'fuzzy', 'edgeIds'] },
  { name: 'TaskIndex (search/task-index.ts)', signature: ['tokenize', 'tasks', 'matches'] },
  // Built by the first question that needs them, so present once questions were asked.
  { name: 'PoolIndex (fuzzy-pool.ts)', signature: ['pairs', 'ends', 'shared'] },
  { name: 'TargetIndex (reader/read-targets.ts)', signature: ['pairs', 'byPair', 'shared'] },
  { name: 'suggest pair index (suggest.ts)', signature: ['names', 'sizes', 'byPair', 'shared'] },
];

function main(argv: string[]): void {
  const { values, positionals } = parseArgs({ args: argv, allowPositionals: true, options: { min: { type: 'string', default: '1' }, depth: { type: 'string', default: '12' } } });
  if (positionals.length !== 1) throw new Error('heap-retained: give one .heapsnapshot file.');
  const snap = JSON.parse(readFileSync(positionals[0], 'utf8')) as Snapshot;
  const { meta } = snap.snapshot;
  const NF = meta.node_fields.length;
  const EF = meta.edge_fields.length;
  const [nType, nName, nSize, nEdges] = ['type', 'name', 'self_size', 'edge_count'].map((f) => meta.node_fields.indexOf(f));
  const [eType, eName, eTo] = ['type', 'name_or_index', 'to_node'].map((f) => meta.edge_fields.indexOf(f));
  const nodeTypes = meta.node_types[0];
  const edgeTypes = meta.edge_types[0];
  const weak = edgeTypes.indexOf('weak');
  const { nodes, edges, strings } = snap;
  const count = nodes.length / NF;

  const firstEdge = new Int32Array(count + 1);
  for (let i = 0; i < count; i++) firstEdge[i + 1] = firstEdge[i] + nodes[i * NF + nEdges] * EF;
  const target = (e: number) => edges[e + eTo] / NF;
  const strong = (e: number) => edges[e + eType] !== weak;
  const edgeName = (e: number) => {
    const t = edgeTypes[edges[e + eType]];
    return t === 'element' || t === 'hidden' ? `[${edges[e + eName]}]` : String(strings[edges[e + eName]]);
  };

  // Postorder from the root (node 0) over strong edges, iteratively.
  const post = new Int32Array(count).fill(-1);
  const order: number[] = [];
  const stack = [0];
  const cursor = new Int32Array(count);
  const seen = new Uint8Array(count);
  seen[0] = 1;
  for (let i = 0; i < count; i++) cursor[i] = firstEdge[i];
  while (stack.length) {
    const n = stack[stack.length - 1];
    if (cursor[n] < firstEdge[n + 1]) {
      const e = cursor[n];
      cursor[n] += EF;
      if (!strong(e)) continue;
      const t = target(e);
      if (!seen[t]) {
        seen[t] = 1;
        stack.push(t);
      }
      continue;
    }
    stack.pop();
    post[n] = order.length;
    order.push(n);
  }

  // Retainers (predecessors) over strong edges, for the reachable nodes.
  const predCount = new Int32Array(count + 1);
  for (let n = 0; n < count; n++) if (seen[n]) for (let e = firstEdge[n]; e < firstEdge[n + 1]; e += EF) if (strong(e)) predCount[target(e) + 1]++;
  for (let i = 0; i < count; i++) predCount[i + 1] += predCount[i];
  const preds = new Int32Array(predCount[count]);
  const fill = predCount.slice(0, count);
  for (let n = 0; n < count; n++) if (seen[n]) for (let e = firstEdge[n]; e < firstEdge[n + 1]; e += EF) if (strong(e)) preds[fill[target(e)]++] = n;

  // Cooper, Harvey and Kennedy's iterative dominators, in postorder numbers.
  const idom = new Int32Array(order.length).fill(-1);
  const root = order.length - 1;
  idom[root] = root;
  const intersect = (a: number, b: number) => {
    while (a !== b) {
      while (a < b) a = idom[a];
      while (b < a) b = idom[b];
    }
    return a;
  };
  for (let changed = true; changed; ) {
    changed = false;
    for (let p = root - 1; p >= 0; p--) {
      const n = order[p];
      let best = -1;
      for (let i = predCount[n]; i < predCount[n + 1]; i++) {
        const q = post[preds[i]];
        if (q < 0 || idom[q] < 0) continue;
        best = best < 0 ? q : intersect(q, best);
      }
      if (best >= 0 && idom[p] !== best) {
        idom[p] = best;
        changed = true;
      }
    }
  }
  const retained = new Float64Array(order.length);
  for (let p = 0; p < order.length; p++) retained[p] += nodes[order[p] * NF + nSize];
  for (let p = 0; p < root; p++) if (idom[p] >= 0) retained[idom[p]] += retained[p];
  const retainedOf = (n: number) => (post[n] < 0 ? 0 : retained[post[n]]);
  const mb = (bytes: number) => (bytes / 2 ** 20).toFixed(1).padStart(7);
  const label = (n: number) => `${nodeTypes[nodes[n * NF + nType]]} ${String(strings[nodes[n * NF + nName]]).slice(0, 50).replace(/\s+/g, ' ')}`;
  console.log(`${count} nodes, ${mb(retained[root])} MB reachable`);

  // The dominator tree, each node under the field its holder reaches it by (… when not directly).
  const children = new Map<number, number[]>();
  for (let p = 0; p < root; p++) if (idom[p] >= 0) (children.get(idom[p]) ?? children.set(idom[p], []).get(idom[p])!).push(p);
  const min = Number(values.min) * 2 ** 20;
  const via = (from: number, to: number) => {
    for (let e = firstEdge[from]; e < firstEdge[from + 1]; e += EF) if (target(e) === to) return edgeName(e);
    return '…';
  };
  const print = (p: number, depth: number) => {
    const kids = (children.get(p) ?? []).filter((c) => retained[c] >= min).sort((a, b) => retained[b] - retained[a]);
    for (const c of kids) {
      console.log(`${mb(retained[c])} ${'  '.repeat(depth)}${via(order[p], order[c])}: ${label(order[c])}`);
      if (depth < Number(values.depth)) print(c, depth + 1);
    }
  };
  print(root, 0);

  // Self sizes by kind (a node's type, and an object's constructor): what the shared items are, which no one structure retains.
  const kinds = new Map<string, { count: number; bytes: number }>();
  for (let n = 0; n < count; n++) {
    if (!seen[n]) continue;
    const type = nodeTypes[nodes[n * NF + nType]];
    const kind = type === 'object' || type === 'native' || type === 'hidden' ? `${type} ${String(strings[nodes[n * NF + nName]]).slice(0, 40)}` : type;
    const k = kinds.get(kind) ?? kinds.set(kind, { count: 0, bytes: 0 }).get(kind)!;
    k.count++;
    k.bytes += nodes[n * NF + nSize];
  }
  console.log('\nself size by kind (top 25):');
  for (const [kind, k] of [...kinds].sort((a, b) => b[1].bytes - a[1].bytes).slice(0, 25)) console.log(`${mb(k.bytes)} MB ${String(k.count).padStart(9)}  ${kind}`);

  // The indexes' fields.
  const fieldsOf = (n: number) => {
    const out = new Map<string, number>();
    for (let e = firstEdge[n]; e < firstEdge[n + 1]; e += EF) if (edgeTypes[edges[e + eType]] === 'property') out.set(edgeName(e), target(e));
    return out;
  };
  // What goes when a set of objects goes: everything no longer reachable from the root without passing through them.
  const reachableBytes = (without: ReadonlySet<number>) => {
    const mark = new Uint8Array(count);
    const todo = [0];
    mark[0] = 1;
    let bytes = 0;
    while (todo.length) {
      const n = todo.pop()!;
      bytes += nodes[n * NF + nSize];
      for (let e = firstEdge[n]; e < firstEdge[n + 1]; e += EF) {
        const t = target(e);
        if (!strong(e) || mark[t] || without.has(t)) continue;
        mark[t] = 1;
        todo.push(t);
      }
    }
    return bytes;
  };
  const all = reachableBytes(new Set());
  const found: number[] = [];
  for (const { name, signature } of STRUCTURES) {
    for (let n = 0; n < count; n++) {
      if (nodeTypes[nodes[n * NF + nType]] !== 'object') continue;
      const fields = fieldsOf(n);
      if (!signature.every((f) => fields.has(f) && nodeTypes[nodes[fields.get(f)! * NF + nType]] !== 'hidden')) continue;
      found.push(n);
      console.log(`\n${name}: ${mb(retainedOf(n))} MB retained alone, ${mb(all - reachableBytes(new Set([n])))} MB freed with it`);
      for (const [field, t] of [...fields].sort((a, b) => retainedOf(b[1]) - retainedOf(a[1]))) console.log(`${mb(retainedOf(t))}  ${field}: ${label(t)}`);
    }
  }
  // The store's reader: its node table (the nodes every index shares, graph/store/neo4j/neo4j-pages.ts) and its caches.
  for (let n = 0; n < count; n++) if (nodeTypes[nodes[n * NF + nType]] === 'object' && strings[nodes[n * NF + nName]] === 'Neo4jGraphStore') found.push(n);
  console.log(`\nfreed with all of them and the store: ${mb(all - reachableBytes(new Set(found)))} MB of ${mb(all)} MB`);
}

main(process.argv.slice(2));
