// The CLI's commands, each a small function over a GraphStore that returns an exit code.
import { readFile } from 'node:fs/promises';
import { z } from 'zod';
import { AppError } from '../../graph/errors.ts';
import { toCsv } from '../../graph/export/csv.ts';
import { toGraphML } from '../../graph/export/graphml.ts';
import type { IngestWarning } from '../../graph/model.ts';
import { ingestPaths } from '../../graph/pipeline/ingest.ts';
import type { StoreOptions } from '../../graph/store/open-store.ts';
import type { GraphStore } from '../../graph/store/graph-store.ts';
import { progressBar, table } from './format.ts';
import { STATUS_LABEL as LINK_LABEL } from './links.ts';

const aliasFileSchema = z.record(z.string().min(1), z.string().min(1));

async function loadAliases(file: string | undefined): Promise<Record<string, string> | undefined> {
  if (!file) return undefined;
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (error) {
    throw new AppError('UNREADABLE', `无法读取别名文件 / cannot read the alias file (${(error as NodeJS.ErrnoException).code})`, { source: file, cause: error });
  }
  let json: unknown;
  try { json = JSON.parse(text); } catch (error) {
    throw new AppError('BAD_INPUT', '别名文件不是有效的JSON / the alias file is not valid JSON', { source: file, cause: error, hint: '格式 / format: {"发改委": "区发展改革委"}' });
  }
  const parsed = aliasFileSchema.safeParse(json);
  if (!parsed.success) {
    throw new AppError('BAD_INPUT', '别名文件应为“写法→规范名称”的对象 / the alias file must map surface forms to canonical names', { source: file, hint: '格式 / format: {"发改委": "区发展改革委"}', issues: parsed.error.issues });
  }
  return parsed.data;
}

export async function runIngest(store: GraphStore, inputs: string[], opts: { force?: boolean; aliasesFile?: string; jurisdiction?: string }): Promise<number> {
  if (inputs.length === 0) {
    process.stderr.write('用法 / usage: policy-graph ingest <file|dir>...\n');
    return 2;
  }
  const userAliases = await loadAliases(opts.aliasesFile ?? process.env.POLICY_GRAPH_ALIASES);
  const reports = await ingestPaths(store, inputs, { force: opts.force, userAliases, jurisdiction: opts.jurisdiction, onProgress: progressBar(process.stderr),
    onIndexing: () => process.stderr.write('建立索引（大批导入后一次建成）… / building the indexes the bulk load deferred…\n'),
  });
  const rows = reports.map((r) => [
    r.title.slice(0, 24), r.status, r.tasks, r.units, r.assignments,
    `${r.entities.Place}/${r.entities.Industry}/${r.entities.Corridor}/${r.entities.Project}`, r.targets, r.warnings,
  ]);
  process.stdout.write(`${table(['文档 document', '状态 status', '任务 tasks', '单位 units', '分工 assignments', '地点/产业/走廊/项目', '目标 targets', '警告 warnings'], rows)}\n`);
  for (const r of reports) for (const why of [r.noTasks, r.noDuties]) if (why) process.stderr.write(`警告 / warning: ${why}\n`);
  return 0;
}

export async function runExport(store: GraphStore, format: string, out: string | undefined, write: (f: string, d: string) => Promise<void>): Promise<number> {
  const { withLinkEdges } = await import('../alignment.ts');
  const graph = await withLinkEdges(store, await store.exportGraph());
  let body: string;
  if (format === 'json') body = `${JSON.stringify(graph, null, 2)}\n`;
  else if (format === 'graphml') body = toGraphML(graph);
  else if (format === 'csv') body = toCsv(graph);
  else throw new AppError('BAD_INPUT', `未知的导出格式 / unknown export format: ${format}`, { hint: '可选 / use json, graphml or csv.' });
  if (out) await write(out, body);
  else process.stdout.write(body);
  return 0;
}

const REPORT_SECTIONS: { codes: IngestWarning['code'][]; title: string }[] = [
  { codes: ['NO_TASKS', 'NO_DUTIES'], title: '没有读出任务或单位的文档 / documents that yielded no task, or tasks with no unit' },
  { codes: ['UNRESOLVED_UNIT'], title: '无法识别的单位 / unresolved unit strings' },
  { codes: ['INFERRED_UNIT', 'NO_JURISDICTION'], title: '名录外的单位与未识别的辖区 / units outside the registry, documents without a named jurisdiction' },
  { codes: ['UNREAD_LABEL'], title: '未能读出的职责标注 / duty labels the parser could not read' },
  { codes: ['NO_LEAD'], title: '没有牵头单位的任务 / tasks without a lead' },
  { codes: ['PAGE_GAP', 'TRUNCATED_ANNOTATION'], title: '疑似缺页 / suspected page gaps' },
  { codes: ['FUZZY_UNIT', 'SPLIT_UNIT'], title: '近似匹配的单位 / units repaired by fuzzy matching' },
  { codes: ['OCR_REPAIR', 'NON_DUTY_ROLE'], title: 'OCR修复 / OCR repairs' },
];

export async function runReport(store: GraphStore, json: boolean): Promise<number> {
  const warnings = await store.warnings();
  if (json) {
    process.stdout.write(`${JSON.stringify(warnings, null, 2)}\n`);
    return 0;
  }
  const docs = new Map((await store.listDocuments()).map((d) => [d.id, d.title]));
  for (const section of REPORT_SECTIONS) {
    const found = warnings.filter((w) => section.codes.includes(w.code));
    process.stdout.write(`\n## ${section.title} (${found.length})\n`);
    for (const w of found) {
      const ev = w.evidence ? `\n    「${w.evidence.text.replace(/\s+/g, ' ').slice(0, 160)}」 @${w.evidence.start}-${w.evidence.end}` : '';
      process.stdout.write(`- [${docs.get(w.docId) ?? w.docId}] ${w.message}${ev}\n`);
    }
  }
  return 0;
}

export async function runAsk(store: GraphStore, question: string, json: boolean): Promise<number> {
  const { askQuestion, formatAnswer } = await import('../ask/index.ts');
  if (!question.trim()) {
    process.stderr.write('用法 / usage: policy-graph ask "区水利局牵头哪些任务？"\n');
    return 2;
  }
  const answer = await askQuestion(store, question);
  process.stdout.write(json ? `${JSON.stringify(answer, null, 2)}\n` : `${formatAnswer(answer)}\n`);
  return 0;
}

export async function runServe(options: StoreOptions): Promise<number> {
  const { serve } = await import('../serve.ts');
  await serve(options);
  return await new Promise<number>(() => {});
}

const STATUS_LABEL = { kept: '保留 kept', reworded: '改写 reworded', added: '新增 added', dropped: '删除 dropped' } as const;

export async function runAlign(store: GraphStore, opts: { from?: string; to?: string; json: boolean }): Promise<number> {
  if (!!opts.from !== !!opts.to) {
    process.stderr.write('用法 / usage: policy-graph align [--from DOC --to DOC] [--json]\n');
    return 2;
  }
  const { alignStore } = await import('../alignment.ts');
  const pairs = await alignStore(store, opts);
  if (opts.json) {
    process.stdout.write(`${JSON.stringify(pairs, null, 2)}\n`);
    return 0;
  }
  if (pairs.length === 0) process.stdout.write('没有找到上下级文件 / no document carries out another (use --from DOC --to DOC)\n');
  for (const p of pairs) {
    process.stdout.write(`\n## 《${p.lower.title}》 → 《${p.higher.title}》: ${p.links.length} 条对应 links, ${p.gaps.length} 项未落实 gaps, ${p.orphans.length} 项新增 orphans\n`);
    for (const l of p.links) {
      const why = [...l.evidence.words, ...l.evidence.entities, ...l.evidence.indicators, ...(l.evidence.passage?.figures ?? [])].join('、');
      const quoted = l.evidence.passage ? `\n    上级原文 higher text: 「${l.evidence.passage.text.replace(/\s+/g, ' ').slice(0, 160)}」` : '';
      process.stdout.write(`- [${LINK_LABEL[l.status]}] ${l.sourceTask.number} ${l.sourceTask.title} ⇒ ${l.targetTask.number} ${l.targetTask.title} (${l.score.toFixed(2)}) 依据 evidence: ${why}  id: ${l.id}${l.note ? `  备注 note: ${l.note}` : ''}${quoted}\n`);
    }
    for (const g of p.gaps) process.stdout.write(`  未落实 gap: ${g.number} ${g.title}\n`);
    for (const o of p.orphans) process.stdout.write(`  无上级依据 orphan: ${o.number} ${o.title}\n`);
  }
  return 0;
}

export async function runCompare(store: GraphStore, docs: string[], json: boolean): Promise<number> {
  if (docs.length !== 2) {
    process.stderr.write('用法 / usage: policy-graph compare DOC_BEFORE DOC_AFTER [--json]\n');
    return 2;
  }
  const { compareStore } = await import('../alignment.ts');
  const result = await compareStore(store, docs[0], docs[1]);
  if (json) {
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
  }
  for (const t of result.tasks) {
    const title = t.after ? `${t.after.number} ${t.after.title}` : `${t.before?.number} ${t.before?.title}`;
    process.stdout.write(`${STATUS_LABEL[t.status]}\t${title}${t.status === 'reworded' ? `  ← ${t.before?.title}` : ''}\n`);
  }
  process.stdout.write(`\n${table(['单位 unit', '之前 before', '之后 after'], result.load.map((l) => [l.unit, l.before, l.after]))}\n`);
  process.stdout.write(`${table(['指标 indicator', '之前 before', '之后 after', '变化 change'], result.targets.map((t) => [t.indicator, t.before, t.after, t.change === 'raised' ? '提高 raised' : '降低 lowered']))}\n`);
  return 0;
}
