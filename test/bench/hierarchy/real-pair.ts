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
  links: { predicted: number; expected: number; right: number; precision: number; recall: number; f1: number };
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

/** The labelled task a parsed task stands for: the first ref whose key its title, else its text, contains. */
function labelOf(task: TaskView, refs: readonly z.infer<typeof TaskRef>[]): string | null {
  for (const field of [task.title, task.text]) {
    const hit = refs.find((r) => fold(field).includes(fold(r.key)));
    if (hit) return hit.key;
  }
  return null;
}

export async function scorePair(pair: RealPair): Promise<PairScore> {
  const { higher, lower } = await views(pair);
  const { links: labelled, unlinked } = pair.labels;
  const lowerRefs = [...labelled.map((l) => l.lower), ...unlinked];
  const higherRefs = labelled.flatMap((l) => l.higher);
  const expected = new Set(labelled.flatMap((l) => l.higher.map((h) => `${l.lower.key} → ${h.key}`)));
  const predicted = new Set(alignDocuments(lower, higher, tokenize).map((link) => {
    const from = lower.tasks.find((t) => t.id === link.source);
    const to = higher.tasks.find((t) => t.id === link.target);
    return `${(from && labelOf(from, lowerRefs)) ?? `(未标注 ${from?.number ?? link.source})`} → ${(to && labelOf(to, higherRefs)) ?? `(未标注 ${to?.number ?? link.target})`}`;
  }));
  const right = [...predicted].filter((p) => expected.has(p)).length;
  const precision = predicted.size === 0 ? 0 : right / predicted.size;
  const recall = right / expected.size;
  const found = new Set([...lower.tasks.map((t) => labelOf(t, lowerRefs)), ...higher.tasks.map((t) => labelOf(t, higherRefs))].filter((k) => k !== null));
  return {
    id: pair.id,
    tasks: { higher: higher.tasks.length, lower: lower.tasks.length },
    labelled: { found: found.size, total: new Set([...lowerRefs, ...higherRefs].map((r) => r.key)).size },
    links: { predicted: predicted.size, expected: expected.size, right, precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) },
    wrong: [...predicted].filter((p) => !expected.has(p)),
    missed: [...expected].filter((e) => !predicted.has(e)),
  };
}

const f3 = (n: number) => n.toFixed(3);
function format(s: PairScore): string {
  return [
    `${s.id}: 上级 ${s.tasks.higher} 项任务, 下级 ${s.tasks.lower} 项 (labelled tasks found ${s.labelled.found}/${s.labelled.total})`,
    `  links predicted ${s.links.predicted}, expected ${s.links.expected}, right ${s.links.right}: P ${f3(s.links.precision)} R ${f3(s.links.recall)} F1 ${f3(s.links.f1)}`,
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
  const all = total(scores);
  return values.json ? JSON.stringify({ pairs: scores, total: all }, null, 2) : [...scores.map(format), formatTotal(all, scores.length)].join('\n');
}

interface TotalScore { predicted: number; expected: number; right: number; precision: number; recall: number; f1: number }

/** Links of all pairs counted together (micro average): a pair with few labelled links weighs by its links, not as one pair. */
export function total(scores: readonly PairScore[]): TotalScore {
  const sum = (f: (s: PairScore) => number) => scores.reduce((n, s) => n + f(s), 0);
  const predicted = sum((s) => s.links.predicted);
  const expected = sum((s) => s.links.expected);
  const right = sum((s) => s.links.right);
  const precision = predicted === 0 ? 0 : right / predicted;
  const recall = expected === 0 ? 0 : right / expected;
  return { predicted, expected, right, precision, recall, f1: precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall) };
}

function formatTotal(t: TotalScore, pairs: number): string {
  return `合计 all ${pairs} pair(s): links predicted ${t.predicted}, expected ${t.expected}, right ${t.right}: P ${f3(t.precision)} R ${f3(t.recall)} F1 ${f3(t.f1)}`;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main(process.argv.slice(2)).then((text) => console.log(text)).catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}
