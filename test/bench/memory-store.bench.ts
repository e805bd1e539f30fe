// Benchmark: catalogue latency on the MemoryGraphStore at 1,000 hand-built documents of ~50 tasks (npx tsx test/bench/memory-store.bench.ts).
import { performance } from 'node:perf_hooks';
import type { QueryName } from '../../graph/catalogue/catalogue.ts';
import { seededRandom } from '../../graph/catalogue/communities.ts';
import type { GraphBatch, GraphEdge, GraphNode } from '../../graph/model.ts';
import { MemoryGraphStore } from '../../graph/store/memory/memory-store.ts';
import { measureCatalogue } from './catalogue-latency.ts';

const DOCS = Number(process.env.BENCH_DOCS ?? 1000);
const TASKS = 50;
const JURISDICTIONS = 10;
const UNITS = 60;
const random = seededRandom(7);
const pick = <T>(items: T[]): T => items[Math.floor(random() * items.length)];
const PLACES = Array.from({ length: 200 }, (_, i) => `地点${i}江`);
const PROJECTS = Array.from({ length: 100 }, (_, i) => `重点项目${i}工程`);

function unitName(i: number): string {
  return `区单位${i}局`;
}

function makeBatch(d: number): GraphBatch {
  const docId = `doc:${d}`;
  const j = `辖区${d % JURISDICTIONS}`;
  const nodes = new Map<string, GraphNode>();
  const edges: GraphEdge[] = [];
  let text = `文件${d}\n`;
  const ev = (start: number, end: number) => ({ docId, start, end, text: text.slice(start, end) });
  const edge = (type: GraphEdge['type'], source: string, target: string, evidence?: ReturnType<typeof ev>) =>
    edges.push({ id: `e:${d}:${edges.length}`, type, source, target, properties: evidence ? { evidence } : {} });
  const node = (n: GraphNode) => nodes.set(n.id, n);
  for (let s = 0; s < 5; s += 1) {
    const sid = `section:${d}:${s}`;
    const start = text.length;
    text += `${s}、第${s}部分\n`;
    node({ id: sid, label: 'Section', name: `第${s}部分`, properties: { docId, number: `${s}、`, path: `${s}`, title: `第${s}部分`, text: '', start, end: text.length } });
    edge('PART_OF', sid, docId);
    for (let t = 0; t < TASKS / 5; t += 1) {
      const tid = `task:${d}:${s}/${t}`;
      const place = pick(PLACES);
      const project = pick(PROJECTS);
      const tStart = text.length;
      text += `${t + 1}.推进${place}${project}建设,完成年度目标任务。(牵头单位:…)\n`;
      const span = ev(tStart, text.length - 1);
      node({ id: tid, label: 'Task', name: `推进${place}${project}`, properties: { docId, number: `${t + 1}.`, path: `${s}/${t}`, title: `推进${place}${project}`, text: span.text, start: tStart, end: text.length - 1 } });
      edge('PART_OF', tid, sid);
      const units = new Set(Array.from({ length: 2 + Math.floor(random() * 4) }, () => Math.floor(random() * UNITS)));
      [...units].forEach((u, k) => {
        const uid = `unit:${j}:${unitName(u)}`;
        node({ id: uid, label: 'Unit', name: unitName(u), properties: { jurisdiction: j, kind: 'department', aliases: [unitName(u), `单位${u}`] } });
        edge(k === 0 ? 'LEADS' : 'SUPPORTS', uid, tid, span);
      });
      node({ id: `place:${place}`, label: 'Place', name: place, properties: { kind: 'river' } });
      node({ id: `project:${project}`, label: 'Project', name: project, properties: {} });
      edge('MENTIONS', tid, `place:${place}`, span);
      edge('MENTIONS', tid, `project:${project}`, span);
      if (random() < 0.2) edge('TOUCHES', `project:${project}`, `place:${place}`, span);
      if (random() < 0.2) {
        const target = `target:${d}:${s}/${t}`;
        node({ id: target, label: 'Target', name: '投资 10亿元', properties: { docId, indicator: '投资', value: 10, unit: '亿元', year: 2025 + (t % 3), text: span.text } });
        edge('SETS', tid, target, span);
      }
    }
  }
  node({ id: docId, label: 'Document', name: `文件${d}`, properties: { title: `文件${d}`, source: `${d}.txt`, sha256: `${d}`, jurisdiction: j, ingestedAt: '2024-01-01T00:00:00Z', text } });
  return { docId, nodes: [...nodes.values()], edges, warnings: [] };
}

export function inputs(name: QueryName, i: number): unknown {
  const j = i % JURISDICTIONS;
  const unit = `unit:辖区${j}:${unitName(i % UNITS)}`;
  switch (name) {
    case 'unitTasks': return { unit: i % 2 ? unit : unitName(i % UNITS) };
    case 'unitPartners': return { unit };
    case 'sharedTasks': return { a: unit, b: `unit:辖区${j}:${unitName((i + 1) % UNITS)}` };
    case 'overlaps': return i % 2 ? { docId: `doc:${i % DOCS}` } : { entity: `place:${PLACES[i % 200]}`, minShared: 1 };
    case 'entityTasks': case 'entityUnits': return { label: 'Place', name: PLACES[i % 200] };
    case 'workload': return i % 2 ? { docId: `doc:${i % DOCS}` } : {};
    case 'accountabilityGaps': return i % 10 ? { docId: `doc:${i % DOCS}` } : {};
    case 'targets': return { docId: `doc:${i % DOCS}` };
    case 'neighborhood': return { id: `task:${i % DOCS}:1/1`, depth: 2 };
    case 'shortestPath': return { a: `task:${i % DOCS}:1/1`, b: `task:${(i * 7) % DOCS}:2/3` };
    case 'search': return { text: PLACES[i % 200] };
    default: return {};
  }
}

async function main(): Promise<void> {
  const dataDir = process.env.BENCH_DATA_DIR;
  let store = new MemoryGraphStore({ dataDir });
  let t0 = performance.now();
  for (let d = 0; d < DOCS; d += 1) await store.applyBatch(makeBatch(d));
  console.log(`applied ${DOCS} documents in ${(performance.now() - t0).toFixed(0)} ms${dataDir ? ` (persisted to ${dataDir})` : ''}`);
  if (dataDir) {
    await store.close();
    t0 = performance.now();
    store = new MemoryGraphStore({ dataDir });
    await store.init();
    console.log(`reopened in ${(performance.now() - t0).toFixed(0)} ms`);
  }
  for (const r of await measureCatalogue(store, inputs)) {
    const f = (x: number) => x.toFixed(2).padStart(8);
    console.log(`${r.query.padEnd(20)} cpu p50 ${f(r.cpuP50)} p99 ${f(r.cpuP99)} ms | wall p50 ${f(r.wallP50)} p99 ${f(r.wallP99)} ms (${r.runs} runs, uncached)`);
  }
  t0 = performance.now();
  await store.run('communities', {});
  await store.run('communities', {});
  console.log(`communities twice via store.run (second from cache): ${(performance.now() - t0).toFixed(1)} ms`);
}

if (process.argv[1]?.endsWith("memory-store.bench.ts")) await main();
export { makeBatch };
