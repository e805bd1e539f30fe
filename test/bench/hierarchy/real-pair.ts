// `npm run eval:align-real -- [--pair ID] [--json]`: score cross-level alignment on real plan pairs labelled by hand, each and in total.
import { readdir, readFile, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { alignDocuments } from '../../../graph/align/align.ts';
import { documentViews, type DocView, type TaskView } from '../../../graph/align/task-view.ts';
import type { GraphExport } from '../../../graph/model.ts';
import { prepareBatches } from '../../../graph/pipeline/ingest.ts';
import { tokenize } from '../../../server/search/tokenizer.ts';
import { fold } from '../real/score.ts';

export const PAIR_ROOT = 'test/fixtures/align-real';
const USAGE = 'usage: npm run eval:align-real -- [--pair ID] [--json]';

const TaskRef = z.object({ number: z.string(), key: z.string().min(4) }).strict();
type Ref = z.infer<typeof TaskRef>;
const Side = z.object({
  source: z.string().min(8), title: z.string().min(4), issuer: z.string().min(2),
  level: z.enum(['国家', '省', '市', '县', '区']), year: z.number().int().min(1990).max(2030), excerpt: z.boolean(),
}).strict();
/** One pair: which lower task carries out which higher task(s), by number and a title key as written in each text. */
export const PairLabelsSchema = z.object({
  id: z.string().regex(/^[a-z0-9-]+$/),
  higher: Side,
  lower: Side,
  /** Kept aside: scored and reported on its own, never looked at while tuning (see the README there). */
  heldOut: z.boolean().default(false),
  links: z.array(z.object({ lower: TaskRef, higher: z.array(TaskRef).min(1), note: z.string().optional() }).strict()).min(1),
  /** Lower tasks the labeller found no anchor for above (orphans): a link the aligner draws from them is wrong. */
  unlinked: z.array(TaskRef).default([]),
}).strict();
export type PairLabels = z.infer<typeof PairLabelsSchema>;

export interface RealPair { id: string; dir: string; higherFile: string; lowerFile: string; labels: PairLabels }
export interface PairScore {
  id: string;
  tasks: { higher: number; lower: number };
  labelled: { found: number; total: number };
  /**
   * `right` predicted links hold a labelled sentence of their lower task; `hit` labelled links are found by one;
   * `quoted` right links whose evidence sentence is the labelled one (a report section read sentence by sentence).
   */
  links: { predicted: number; expected: number; right: number; hit: number; quoted: number; precision: number; recall: number; f1: number };
  wrong: string[];
  missed: string[];
}

/** Every pair folder under test/fixtures/align-real; a bad label file throws with its path and what is wrong. */
export async function loadPairs(root: string): Promise<RealPair[]> {
  const base = join(root, PAIR_ROOT);
  const names = (await readdir(base)).sort();
  const pairs: RealPair[] = [];
  for (const name of names) {
    const dir = join(base, name);
    if (!(await stat(dir)).isDirectory()) continue;
    const labelPath = join(dir, 'links.json');
    const parsed = PairLabelsSchema.safeParse(JSON.parse(await readFile(labelPath, 'utf8')));
    if (!parsed.success) throw new Error(`${labelPath}: 链接标注不符合格式 (links file does not match the schema): ${z.prettifyError(parsed.error)}`);
    if (parsed.data.id !== name) throw new Error(`${labelPath}: id "${parsed.data.id}" 与目录名不符 (must equal the folder name "${name}")`);
    pairs.push({ id: name, dir, higherFile: join(dir, 'higher.txt'), lowerFile: join(dir, 'lower.txt'), labels: parsed.data });
  }
  return pairs;
}

/** Both texts through the ingest parse path (a fresh resolver each), as `policy-graph ingest` would read them. */
async function views(pair: RealPair): Promise<{ higher: DocView; lower: DocView }> {
  const prepared = await prepareBatches([pair.higherFile, pair.lowerFile]);
  const nodes = new Map(prepared.flatMap((p) => p.batch.nodes).map((n) => [n.id, n]));
  const graph: GraphExport = { format: 'policy-graph/v1', nodes: [...nodes.values()], edges: prepared.flatMap((p) => p.batch.edges) };
  const byId = new Map(documentViews(graph).map((v) => [v.id, v]));
  const [higher, lower] = prepared.map((p) => byId.get(p.batch.docId));
  if (!higher || !lower) throw new Error(`${pair.dir}: 文件未能解析出任务 (a text yielded no document view)`);
  return { higher, lower };
}

/**
 * Whether a text holds a key. A key written from a table row names its cells apart (`铁路投资8000亿元以上 发展改革委`):
 * the parser reads the row as a task and its unit as a duty, so each cell must be there, not the row as printed.
 */
function contains(text: string, key: string): boolean {
  const folded = fold(text);
  return key.split(/\s+/).filter(Boolean).every((cell) => folded.includes(fold(cell)));
}

/** The labelled lower task a parsed task stands for: the first ref whose key its title, else its text, holds. */
function labelOf(task: TaskView, refs: readonly Ref[]): string | null {
  for (const field of [task.title, `${task.title}\n${task.text}`]) {
    const hit = refs.find((r) => contains(field, r.key));
    if (hit) return hit.key;
  }
  return null;
}

const numberKey = (n: string) => fold(n).replace(/[.、．]+$/, '');

/**
 * Whether a higher item is the one a label names: the same printed number and the labelled sentence inside it. A
 * report section holds many labelled sentences, so the label is read from the link's lower side, not the item.
 */
function holds(item: TaskView, ref: Ref): boolean {
  return numberKey(item.number) === numberKey(ref.number) && [item.title, item.text].some((f) => contains(f, ref.key));
}

export async function scorePair(pair: RealPair): Promise<PairScore> {
  const { higher, lower } = await views(pair);
  const { links: labelled, unlinked } = pair.labels;
  const lowerRefs = [...labelled.map((l) => l.lower), ...unlinked];
  const expectedOf = new Map(labelled.map((l) => [l.lower.key, l.higher]));
  const hit = new Set<string>();
  const wrong: string[] = [];
  let predicted = 0, right = 0, quoted = 0;
  const seen = new Set<string>();
  for (const link of alignDocuments(lower, higher, tokenize)) {
    const from = lower.tasks.find((t) => t.id === link.source);
    const to = higher.tasks.find((t) => t.id === link.target);
    if (!from || !to) continue;
    const label = labelOf(from, lowerRefs) ?? `(未标注 ${from.number})`;
    if (seen.has(`${label}\u0000${to.id}`)) continue;
    seen.add(`${label}\u0000${to.id}`);
    predicted++;
    const refs = (expectedOf.get(label) ?? []).filter((r) => holds(to, r));
    if (refs.length === 0) { wrong.push(`${label} → [${to.number}] ${to.title.slice(0, 30)}`); continue; }
    right++;
    for (const r of refs) hit.add(`${label} → ${r.key}`);
    if (refs.some((r) => link.evidence.passage && contains(link.evidence.passage.text, r.key))) quoted++;
  }
  const expected = labelled.flatMap((l) => l.higher.map((h) => `${l.lower.key} → ${h.key}`));
  const precision = predicted === 0 ? 0 : right / predicted;
  const recall = [...hit].length / expected.length;
  const higherRefs = labelled.flatMap((l) => l.higher);
  const found = new Set([
    ...lower.tasks.map((t) => labelOf(t, lowerRefs)).filter((k) => k !== null),
    ...higherRefs.filter((r) => higher.tasks.some((t) => holds(t, r))).map((r) => r.key),
  ]);
  return {
    id: pair.id,
    tasks: { higher: higher.tasks.length, lower: lower.tasks.length },
    labelled: { found: found.size, total: new Set([...lowerRefs, ...higherRefs].map((r) => r.key)).size },
    links: { predicted, expected: expected.length, right, hit: hit.size, quoted, precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) },
    wrong,
    missed: expected.filter((e) => !hit.has(e)),
  };
}

const f3 = (n: number) => n.toFixed(3);
function format(s: PairScore): string {
  return [
    `${s.id}: 上级 ${s.tasks.higher} 项任务, 下级 ${s.tasks.lower} 项 (labelled tasks found ${s.labelled.found}/${s.labelled.total})`,
    `  links predicted ${s.links.predicted}, expected ${s.links.expected}, right ${s.links.right} (labelled links found ${s.links.hit}, quoted sentence shown ${s.links.quoted}): P ${f3(s.links.precision)} R ${f3(s.links.recall)} F1 ${f3(s.links.f1)}`,
    ...s.missed.map((m) => `    漏掉 missed: ${m}`), ...s.wrong.map((w) => `    错连 wrong: ${w}`),
  ].join('\n');
}

export async function main(argv: string[], root = fileURLToPath(new URL('../../../', import.meta.url))): Promise<string> {
  const { values } = parseArgs({ args: argv, options: { pair: { type: 'string' }, json: { type: 'boolean' } } });
  let pairs = await loadPairs(root);
  if (values.pair) pairs = pairs.filter((p) => p.id === values.pair);
  if (pairs.length === 0) {
    throw new Error(`${join(root, PAIR_ROOT)}: 没有已标注的真实文件对${values.pair ? ` “${values.pair}”` : ''} (no labelled real pair): 每对放一个目录, 含 higher.txt、lower.txt、links.json (see the README there). ${USAGE}`);
  }
  const scores: PairScore[] = [];
  for (const p of pairs) scores.push(await scorePair(p));
  const held = new Set(pairs.filter((p) => p.labels.heldOut).map((p) => p.id));
  const dev = scores.filter((s) => !held.has(s.id));
  const aside = scores.filter((s) => held.has(s.id));
  const totals = { total: total(scores), dev: total(dev), heldOut: total(aside) };
  if (values.json) return JSON.stringify({ pairs: scores, ...totals }, null, 2);
  return [
    ...scores.map((s) => (held.has(s.id) ? `[held out] ${format(s)}` : format(s))),
    ...(aside.length > 0 ? [formatTotal(totals.dev, dev.length, '调参用 dev'), formatTotal(totals.heldOut, aside.length, '留出 held-out')] : []),
    formatTotal(totals.total, scores.length, 'all'),
  ].join('\n');
}

interface TotalScore { predicted: number; expected: number; right: number; hit: number; precision: number; recall: number; f1: number }

/** Links of all pairs counted together (micro average): a pair with few labelled links weighs by its links, not as one pair. */
export function total(scores: readonly PairScore[]): TotalScore {
  const sum = (f: (s: PairScore) => number) => scores.reduce((n, s) => n + f(s), 0);
  const predicted = sum((s) => s.links.predicted);
  const expected = sum((s) => s.links.expected);
  const right = sum((s) => s.links.right);
  const hit = sum((s) => s.links.hit);
  const precision = predicted === 0 ? 0 : right / predicted;
  const recall = expected === 0 ? 0 : hit / expected;
  return { predicted, expected, right, hit, precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

function formatTotal(t: TotalScore, pairs: number, name: string): string {
  return `合计 ${name} ${pairs} pair(s): links predicted ${t.predicted}, expected ${t.expected}, right ${t.right}, labelled found ${t.hit}: P ${f3(t.precision)} R ${f3(t.recall)} F1 ${f3(t.f1)}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).then((text) => console.log(text)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
