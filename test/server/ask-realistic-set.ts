// The realistic question set (test/fixtures/questions): its schema, loading, and lenient judging of answers.
import { readFileSync } from 'node:fs';
import { z } from 'zod';
import { ingestPaths } from '../../graph/pipeline/ingest.ts';
import { MemoryGraphStore } from '../../graph/store/memory/memory-store.ts';
import { askQuestion, type AskAnswer } from '../../server/ask/index.ts';

export const QUESTION_TYPES = ['direct', 'colloquial', 'indirect', 'counting', 'negation', 'comparison', 'multihop', 'targets',
  'entities', 'structure', 'scoped', 'crossdoc', 'english', 'ood'] as const;

/** A name as the text gives it; `A|B` accepts either spelling. */
const name = z.string().min(1);

export const questionSchema = z.object({
  t: z.enum(QUESTION_TYPES),
  q: z.string().min(2),
  /** Every one must be among the answer's items (by name or alias). */
  items: z.array(name).optional(),
  /** None may be among the items. */
  none: z.array(name).optional(),
  /** The item listed first. */
  first: name.optional(),
  /** A number the answer text must state. */
  num: z.number().optional(),
  /** Strings the answer text must contain. */
  text: z.array(z.string().min(1)).optional(),
  /** Out of domain: the answer must decline, listing nothing. */
  declined: z.literal(true).optional(),
}).strict().refine((c) => c.items || c.none || c.first || c.num !== undefined || c.text || c.declined, 'a question needs an expectation');

export type Question = z.infer<typeof questionSchema>;


/** The cross-document set asks over three folders at once: a province → city → district hierarchy and two real pairs (丽水/莲都, 辽宁/沈阳/辽中). */
export const CROSS_DOCS = ['test/fixtures/questions/align-docs', 'test/fixtures/questions/real-docs', 'test/fixtures/questions/real2-docs'];

/**
 * The synonym set asks over two real folders at once: questions say a plan's term the way people do (国企 for 国有企业,
 * 财政收入 for 一般公共预算收入, 空港 for 临空) and compare plans of one place or level (舟山/嵊泗, 海曙 2023/2024, 浙江/拱墅).
 */
export const SYN_DOCS = ['test/fixtures/questions/real17-docs', 'test/fixtures/questions/real13-docs'];

/**
 * Each set's tuned file, held-out file and the documents both are asked over (the all-sets total runs them all). A new set
 * is one row here: `QuestionFile` is read off these rows, so no second list of file names can fall out of step.
 */
export const QUESTION_SETS = [
  { dev: 'dev', fresh: 'fresh', docs: ['seeds', 'test/fixtures/questions/docs'] },
  { dev: 'real-dev', fresh: 'real-fresh', docs: ['test/fixtures/questions/real-docs'] },
  { dev: 'real2-dev', fresh: 'real2-fresh', docs: ['test/fixtures/questions/real2-docs'] },
  { dev: 'real3-dev', fresh: 'real3-fresh', docs: ['test/fixtures/questions/real3-docs'] },
  { dev: 'real4-dev', fresh: 'real4-fresh', docs: ['test/fixtures/questions/real4-docs'] },
  { dev: 'real5-dev', fresh: 'real5-fresh', docs: ['test/fixtures/questions/real5-docs'] },
  { dev: 'real6-dev', fresh: 'real6-fresh', docs: ['test/fixtures/questions/real6-docs'] },
  { dev: 'real7-dev', fresh: 'real7-fresh', docs: ['test/fixtures/questions/real7-docs'] },
  { dev: 'real8-dev', fresh: 'real8-fresh', docs: ['test/fixtures/questions/real8-docs'] },
  { dev: 'real9-dev', fresh: 'real9-fresh', docs: ['test/fixtures/questions/real9-docs'] },
  { dev: 'real10-dev', fresh: 'real10-fresh', docs: ['test/fixtures/questions/real10-docs'] },
  { dev: 'real11-dev', fresh: 'real11-fresh', docs: ['test/fixtures/questions/real11-docs'] },
  { dev: 'real12-dev', fresh: 'real12-fresh', docs: ['test/fixtures/questions/real12-docs'] },
  { dev: 'real13-dev', fresh: 'real13-fresh', docs: ['test/fixtures/questions/real13-docs'] },
  { dev: 'real14-dev', fresh: 'real14-fresh', docs: ['test/fixtures/questions/real14-docs'] },
  { dev: 'real15-dev', fresh: 'real15-fresh', docs: ['test/fixtures/questions/real15-docs'] },
  { dev: 'real16-dev', fresh: 'real16-fresh', docs: ['test/fixtures/questions/real16-docs'] },
  { dev: 'real17-dev', fresh: 'real17-fresh', docs: ['test/fixtures/questions/real17-docs'] },
  { dev: 'real18-dev', fresh: 'real18-fresh', docs: ['test/fixtures/questions/real18-docs'] },
  { dev: 'real19-dev', fresh: 'real19-fresh', docs: ['test/fixtures/questions/real19-docs'] },
  { dev: 'real20-dev', fresh: 'real20-fresh', docs: ['test/fixtures/questions/real20-docs'] },
  { dev: 'real21-dev', fresh: 'real21-fresh', docs: ['test/fixtures/questions/real21-docs'] },
  { dev: 'real22-dev', fresh: 'real22-fresh', docs: ['test/fixtures/questions/real22-docs'] },
  { dev: 'real23-dev', fresh: 'real23-fresh', docs: ['test/fixtures/questions/real23-docs'] },
  { dev: 'real24-dev', fresh: 'real24-fresh', docs: ['test/fixtures/questions/real24-docs'] },
  { dev: 'real25-dev', fresh: 'real25-fresh', docs: ['test/fixtures/questions/real25-docs'] },
  { dev: 'real26-dev', fresh: 'real26-fresh', docs: ['test/fixtures/questions/real26-docs'] },
  { dev: 'real27-dev', fresh: 'real27-fresh', docs: ['test/fixtures/questions/real27-docs'] },
  { dev: 'align-dev', fresh: 'align-fresh', docs: ['test/fixtures/questions/align-docs'] },
  { dev: 'cross-dev', fresh: 'cross-fresh', docs: CROSS_DOCS },
  { dev: 'syn-dev', fresh: 'syn-fresh', docs: SYN_DOCS },
] as const satisfies ReadonlyArray<{ dev: string; fresh: string; docs: readonly string[] }>;

/** A question file's name (test/fixtures/questions/<name>.json): a set's dev or held-out file. */
export type QuestionFile = (typeof QUESTION_SETS)[number]['dev' | 'fresh'];

export function loadQuestions(file: QuestionFile): Question[] {
  const raw = JSON.parse(readFileSync(new URL(`../fixtures/questions/${file}.json`, import.meta.url), 'utf8'));
  return z.array(questionSchema).parse(raw);
}

/** The sets the paraphrase files (para-dev, para-fresh) reword, with the documents their questions are asked over. */
export const PARAPHRASE_SETS = {
  dev: ['seeds', 'test/fixtures/questions/docs'],
  'real-dev': ['test/fixtures/questions/real-docs'],
  'real2-dev': ['test/fixtures/questions/real2-docs'],
} as const;
export type SetName = keyof typeof PARAPHRASE_SETS;

/** A row names the original question (by its text in its set) and asks it another way. */
const paraphraseSchema = z.object({
  set: z.enum(Object.keys(PARAPHRASE_SETS) as [SetName, ...SetName[]]), from: z.string().min(2), q: z.string().min(2),
}).strict();
export type Paraphrase = z.infer<typeof paraphraseSchema>;

export function loadParaphrases(file: 'para-dev' | 'para-fresh'): Paraphrase[] {
  const raw = JSON.parse(readFileSync(new URL(`../fixtures/questions/${file}.json`, import.meta.url), 'utf8'));
  return z.array(paraphraseSchema).parse(raw);
}

/** The original's expectations with the paraphrase's words: the answer must not change with the wording. */
export function paraphrasedQuestions(rows: Paraphrase[], set: SetName): Question[] {
  const originals = new Map(loadQuestions(set).map((q) => [q.q, q]));
  return rows.filter((r) => r.set === set).map((r) => {
    const original = originals.get(r.from);
    if (!original) throw new Error(`para: 「${r.from}」 is not a question of ${set}.json. Copy the original question's text exactly.`);
    return { ...original, q: r.q };
  });
}

export interface Verdict { q: Question; ok: boolean; problems: string[]; got: string; /** Items the answer listed. */ listed: number }

/** Names and aliases of each answer item, so 区发改局 matches the unit the graph calls 区发展改革委. */
export type NamesOf = (id: string) => string[];

function matches(expected: string, names: string[]): boolean {
  return expected.split('|').some((e) => names.some((n) => n === e || (n.length > e.length + 2 && n.includes(e))));
}

function statesNumber(text: string, n: number): boolean {
  return new RegExp(`(?<![\\d.])${String(n).replace('.', '\\.')}(?![\\d.])`, 'u').test(text);
}

export function judgeAnswer(q: Question, a: AskAnswer, namesOf: NamesOf): Verdict {
  const problems: string[] = [];
  const names = a.answer.items.map((i) => [i.name, ...namesOf(i.id)]);
  const has = (e: string) => names.some((n) => matches(e, n));
  const text = a.answer.text;
  for (const e of q.items ?? []) if (!has(e)) problems.push(`missing ${e}`);
  for (const e of q.none ?? []) if (has(e)) problems.push(`unexpected ${e}`);
  if (q.first && !(names[0] && matches(q.first, names[0]))) problems.push(`first ${a.answer.items[0]?.name ?? '(none)'} ≠ ${q.first}`);
  if (q.num !== undefined && !statesNumber(text, q.num)) problems.push(`text lacks ${q.num}`);
  for (const s of q.text ?? []) if (!text.includes(s)) problems.push(`text lacks ${s}`);
  const declined = a.answer.items.length === 0 && /抱歉/u.test(text);
  if (q.declined && !declined) problems.push('not declined');
  if (!q.declined && declined) problems.push('declined');
  return { q, ok: problems.length === 0, problems, got: `${a.plan.op} → ${text.slice(0, 160)}`, listed: a.answer.items.length };
}

export function accuracyByType(verdicts: Verdict[]): Map<string, { ok: number; n: number }> {
  const out = new Map<string, { ok: number; n: number }>();
  for (const t of QUESTION_TYPES) out.set(t, { ok: 0, n: 0 });
  for (const v of verdicts) {
    const s = out.get(v.q.t)!;
    s.n++;
    if (v.ok) s.ok++;
  }
  return out;
}

export function summary(title: string, verdicts: Verdict[], details: boolean): string {
  const ok = verdicts.filter((v) => v.ok).length;
  const lines = [`${title}: ${ok}/${verdicts.length} = ${((100 * ok) / verdicts.length).toFixed(1)}%`];
  for (const [t, s] of accuracyByType(verdicts)) if (s.n) lines.push(`  ${t.padEnd(11)} ${s.ok}/${s.n} = ${((100 * s.ok) / s.n).toFixed(0)}%`);
  if (details) for (const v of verdicts.filter((x) => !x.ok)) lines.push(`  ✗ [${v.q.t}] ${v.q.q}\n      ${v.problems.join('; ')}\n      got: ${v.got}`);
  return lines.join('\n');
}

/** The questions over `paths` that ask gets wrong, each as "question: problems (what it answered)" — [] when all are right. */
export async function missesOver(paths: readonly string[], questions: Question[]): Promise<string[]> {
  const run = await askerOver(paths);
  return (await run(questions)).filter((v) => !v.ok).map((v) => `${v.q.q}: ${v.problems.join('; ')} (${v.got})`);
}

/** Ingest these paths into a fresh memory store; the function returned asks it each question (rules only) and judges the answer. */
export async function askerOver(paths: readonly string[]): Promise<(qs: Question[]) => Promise<Verdict[]>> {
  const store = new MemoryGraphStore();
  await ingestPaths(store, [...paths]);
  const graph = await store.exportGraph();
  const aliases = new Map(graph.nodes.map((n) => [n.id, Array.isArray(n.properties.aliases) ? (n.properties.aliases as string[]) : []]));
  const namesOf = (id: string) => aliases.get(id) ?? [];
  return async (qs) => {
    const out: Verdict[] = [];
    for (const q of qs) out.push(judgeAnswer(q, await askQuestion(store, q.q, { model: null }), namesOf));
    return out;
  };
}
