// Questions about documents and counts: tasks per document, a task's units counted, which documents mention
// something, the units of one document or common to several.
import type { GraphNode } from '../../../graph/model.ts';
import { ASKS_AMOUNT, cite, COUNT_WORDS, docLabel, evidenceText, ONE_LACKS, placeOf, dutiesOfTask, dutiesUnderLabel, newBuilder, plansApart, reading, roleIn, roleZh, tasksUnder, unitsOf, type ReadCtx, type Reader, type Reading } from './common.ts';
import { dutiless, unitsNamedIn } from './prose-duties.ts';
import { tasksAbout } from './read-chains.ts';
import { docOf, type Duty } from './view.ts';
import { docInfo, dutiesIn, dutiesOfUnitsNamed, nodesLackingLead, nodesMaybeContaining } from './view-sets.ts';
import { groupBy } from '../../../graph/catalogue/order.ts';
import { isMergedOffice } from '../function-forms.ts';
import { functionWordForms } from '../lexicon.ts';

const WHICH_DOCS = /哪(?:些|个|几个|几份|一?份)(文件|方案|文档|计划)|在哪些(文件|方案|文档)/u;
/** 徐汇和青浦哪份提到…: after the plans a question names, a bare 哪份 that writes a topic is one of them (份 counts documents). */
const WHICH_OF_NAMED = /哪一?份(?:里|中)?(?:提到|写到|提及|涉及|说到|讲到|谈到)/u;
const DOCS_BY_TASKS = /(文件|方案)[^单部谁]{0,8}任务(最多|最少)|各有(多少|几)(项)?任务|各.{0,4}多少项任务/u;
const NON_LEAD_UNITS = /责任单位|配合单位|参与单位/u;
/**
 * 诸暨…外资目标是多少 / 宁波和苏州的…目标各是多少: a bare 多少 after 目标是 (分别是, 各是) asks an indicator's value (read
 * by readTargets), not how many targets.
 */
const VALUE_ASKED = /(?:目标|指标)(?:值)?(?:分别|各自|各)?(?:是|为|定为|定在|要)?多少(?![项个条件])/u;

function tasksIn(ctx: ReadCtx, docId: string): GraphNode[] {
  return ctx.view.tasksByDoc.get(docId) ?? [];
}

function docsByTasks(ctx: ReadCtx): Reading {
  const rows = ctx.view.documents.map((d) => ({ d, n: tasksIn(ctx, d.id).length })).sort((a, b) => b.n - a.n);
  const b = newBuilder(ctx);
  if (rows.length === 0) return reading('documents', { orderBy: 'tasks' }, '我理解为：比较各文件的任务数', b, '还没有导入任何文件。');
  for (const r of rows) b.item({ id: r.d.id, label: 'Document', name: r.d.name.name });
  return reading('documents', { orderBy: 'tasks' }, '我理解为：比较各文件的任务数', b,
    `按任务数排列：${rows.map((r) => `${docLabel(ctx, r.d.id)} ${r.n} 项`).join('；')}。任务最多的是${docLabel(ctx, rows[0].d.id)}。`);
}

/**
 * 责任单位 are the units after a 责任单位 label when the annotation has one beside its lead (牵头单位:X,责任单位:Y);
 * a list with no such label (A、B、C等负责,列第一位者为牵头单位) makes every unit on it responsible.
 */
function nonLeadAsked(ctx: ReadCtx, taskId: string): boolean {
  if (!NON_LEAD_UNITS.test(ctx.rest) || /参与/u.test(ctx.rest)) return false;
  if (!/责任单位/u.test(ctx.rest) || /配合单位|参与单位/u.test(ctx.rest)) return true;
  return dutiesOfTask(ctx, taskId).some((d) => /责任单位|配合单位|协办单位|参与单位/u.test(evidenceText(d)));
}

/** A clause that closes on the verb 配合 / 协助 (市工信委、城乡建设局配合): the units it names are the ones the plan says support. */
const SUPPORT_CLAUSE = /[^,，;；。:：\[\]【】()（）]*(?:配合|协助)(?=[,，;；。\]】)）]|$)/gu;

/**
 * 有几个配合单位 of an annotation that writes its roles as verbs (X牵头,A、B配合,各县区政府负责落实): the parser files the
 * collective 负责落实 with the supporters, but the plan says 配合 of A and B only. Null when no clause says so.
 */
function supportsWritten(duties: Duty[]): Duty[] | null {
  const kept = duties.filter((d) => [...evidenceText(d).matchAll(SUPPORT_CLAUSE)].some((c) => c[0].includes(d.unit.name)));
  return kept.length && kept.length < duties.length ? kept : null;
}

function dutiesOnlyBelow(ctx: ReadCtx): boolean {
  const id = ctx.tasks[0].id;
  return ctx.view.nodes.get(id)?.label === 'Section' && dutiesOfTask(ctx, id).length === 0 && tasksUnder(ctx, id).some((t) => dutiesOfTask(ctx, t.id).length > 0);
}

export function taskUnitCount(ctx: ReadCtx): Reading {
  const task = ctx.tasks[0];
  const listed = dutiesUnderLabel(ctx, task.id);
  const role = listed ? null : nonLeadAsked(ctx, task.id) ? 'support' : roleIn(ctx.rest);
  const asked = listed?.duties ?? dutiesOfTask(ctx, task.id, role);
  const duties = (role === 'support' && /配合|协助/u.test(ctx.rest) && supportsWritten(asked)) || asked;
  const units = unitsOf(duties);
  const b = newBuilder(ctx);
  cite(b, duties);
  for (const u of units) b.item(u);
  const what = listed ? `原文列为${listed.label}的单位` : role ? `${roleZh(role)}单位` : '全部单位';
  // The supporters the plan does not say 配合 of (各县(市)区政府负责落实) are named apart, not dropped silently.
  const apart = unitsOf(asked.filter((d) => !duties.includes(d)));
  const besides = apart.length ? `另有${apart.map((u) => `「${u.name}」`).join('、')}原文没有写它配合，未计入。` : '';
  return reading('taskUnits', { task: task.id, ...(role ? { role } : {}), ...(listed ? { label: listed.label } : {}) }, `我理解为：数一数「${task.name}」的${what}`, b,
    `「${task.name}」${listed ? `的${listed.label}` : role ? `的${roleZh(role)}单位` : '共有参与单位'} ${units.length} 个：${units.map((u) => `「${u.name}」`).join('、')}。${besides}`);
}

/** 哪些单位负责, 由谁牵头, 分别由…负责: the units of a task asked, not its count or its targets. */
const ASKS_UNITS = /单位|部门|谁|负责|牵头|配合/u;

/**
 * One item the plans asked about carry under the same title (控制煤炭消费总量和煤炭质量 in a county's and a district's 大气
 * plan): its units asked are each plan's, per plan, not the first plan's alone. Only with a scope of several plans, so
 * a title every plan repeats (加强组织领导) asked of no plan still reads as one task.
 */
function sameItemTasks(ctx: ReadCtx): GraphNode[] | null {
  if (!ctx.scope || ctx.scope.docIds.length < 2 || ctx.tasks.length !== 1 || ctx.units.length + ctx.entities.length > 0) return null;
  const docs = new Set(ctx.scope.docIds);
  const tasks = (ctx.view.byName.get(ctx.tasks[0].name) ?? []).filter((n) => n.label === 'Task' && docs.has(docOf(n)));
  return tasks.length >= 2 && new Set(tasks.map(docOf)).size === tasks.length ? tasks : null;
}

function sameItemUnits(ctx: ReadCtx, tasks: GraphNode[]): Reading {
  const role = roleIn(ctx.rest);
  const b = newBuilder(ctx);
  const lines = tasks.map((task) => {
    const asked = dutiesOfTask(ctx, task.id, role);
    // A plan that names no unit of the role asked (a 责任单位 list with no lead) still says who is in charge.
    const duties = asked.length ? asked : dutiesOfTask(ctx, task.id);
    cite(b, duties);
    for (const u of unitsOf(duties)) b.item(u);
    const byRole = (['lead', 'support', 'responsible'] as const).map((r) => [r, unitsOf(duties.filter((d) => d.role === r))] as const)
      .filter(([, us]) => us.length > 0).map(([r, us]) => `${roleZh(r)}单位${us.map((u) => `「${u.name}」`).join('、')}`);
    const unnamed = role && !asked.length ? `没有写明${roleZh(role)}单位${byRole.length ? '，' : ''}` : '';
    return `${docLabel(ctx, docOf(task))}：${unnamed}${byRole.length ? byRole.join('；') : unnamed ? '' : '没有写明单位'}`;
  });
  return reading('taskUnits', { tasks: tasks.map((t) => t.id), ...(role ? { role } : {}) }, `我理解为：「${tasks[0].name}」在 ${tasks.length} 份方案里都有，分别列出各方案的${roleZh(role)}单位`, b,
    `「${tasks[0].name}」在 ${tasks.length} 份方案里都有。${lines.join('。')}。`);
}

/** A plan's own count of its items (梳理…共22项任务): one number, said once or always the same. */
const STATED_TOTAL = /共(\d+)项(?:重点|主要)?任务/gu;

function statedTotal(ctx: ReadCtx, docId: string): number | null {
  const said = new Set([...String(ctx.view.nodes.get(docId)?.properties.text ?? '').matchAll(STATED_TOTAL)].map((m) => Number(m[1])));
  return said.size === 1 ? [...said][0] : null;
}

/** A plan's tasks counted; `listed`, named too (…里有哪些任务). The plan's own total is said first when it states one. */
function docTaskCount(ctx: ReadCtx, listed = false): Reading {
  const b = newBuilder(ctx);
  const lines = ctx.scope!.docIds.map((id) => {
    const tasks = tasksIn(ctx, id);
    for (const t of tasks) b.item(t);
    const names = tasks.slice(0, 12).map((t) => `「${t.name}」`).join('、');
    const stated = statedTotal(ctx, id);
    // The parser may read more (a 保障 heading naming its units is a task too) or fewer: both numbers are said.
    const count = stated === null ? `共 ${tasks.length} 项任务` : `原文写明共 ${stated} 项任务${stated === tasks.length ? '' : `（图中读出 ${tasks.length} 项）`}`;
    return `${docLabel(ctx, id)}${count}${listed && tasks.length ? `：${names}${tasks.length > 12 ? '等' : ''}` : ''}`;
  });
  return reading('documentTasks', { docIds: ctx.scope!.docIds }, `我理解为：${listed ? '列出' : '数一数'}${ctx.scope!.label}里的任务`, b, `${lines.join('；')}。`);
}

/** What is left of a question about a plan's items once the words that only point at the plan are gone. */
const PLAN_FILLER = /[\s\u3000？?，,。!！和与及]|各自?|分别|[那这]个|[那这]份|(?:分工|分解)?(?:方案|文件|通知|通报|要点|意见)|一共|总共|合计|共|都|有|里面?|中|的|啊|呀|呢|吗|请|帮我|看看|列一下|列出/gu;
/** 低效产业用地处置任务是多少: the amount a named task sets (完成3.44平方公里…处置任务), not how many tasks the plan has. */
const TASK_VALUE = /^\p{Script=Han}{2,}任务量?(?:是|为)多少$/u;
const BARE_COUNT = /^(?:几|多少)(?:条|项|件|个事项)$/u;
const BARE_LIST = /^(?:包括|包含|是)?(?:哪些|什么|啥|些啥|些什么|哪几项|哪几条)(?:具体|主要|重点)?(?:任务|工作|事项|事情?|内容|实事|措施)?$|^(?:任务|工作|事项|内容|措施)(?:是|包括)?(?:哪些|什么|啥)$/u;

/** 蔡甸区的方案有几项目标任务: the targets a document sets. */
function docTargetCount(ctx: ReadCtx): Reading {
  const b = newBuilder(ctx);
  const lines = ctx.scope!.docIds.map((id) => {
    const targets = ctx.view.targets.filter((t) => docOf(t) === id);
    for (const t of targets) b.item(t);
    return `${docLabel(ctx, id)}共 ${targets.length} 项目标：${targets.slice(0, 8).map((t) => `「${t.name}」`).join('、')}`;
  });
  return reading('documentTargets', { docIds: ctx.scope!.docIds }, `我理解为：数一数${ctx.scope!.label}设定的目标`, b, `${lines.join('；')}。`);
}

/** 2023年的方案有哪些: the documents the scope picked. */
function scopedDocs(ctx: ReadCtx): Reading {
  const b = newBuilder(ctx);
  for (const id of ctx.scope!.docIds) b.item({ id, label: 'Document', name: docInfo(ctx.view, id)?.name.name ?? id });
  return reading('documents', { docIds: ctx.scope!.docIds }, '我理解为：列出符合条件的文件', b,
    `符合条件的文件共 ${ctx.scope!.docIds.length} 个：${ctx.scope!.docIds.map((id) => docLabel(ctx, id)).join('、')}。`);
}

/** Unit name → the function word the lexicon files it under (市发展改革委, 区发展改革局 → 发展改革部门), per lexicon. */
const functionKeys = new WeakMap<ReadCtx['lexicon'], Map<string, string>>();

function functionOf(ctx: ReadCtx): Map<string, string> {
  const known = functionKeys.get(ctx.lexicon);
  if (known) return known;
  const out = new Map<string, string>();
  const forms = [...functionWordForms(ctx.lexicon)].sort((a, b) => a.text.length - b.text.length || a.text.localeCompare(b.text));
  for (const f of forms) for (const t of f.targets) if (!out.has(t.name)) out.set(t.name, f.text);
  functionKeys.set(ctx.lexicon, out);
  return out;
}

/**
 * Units common to several plans: by name; across jurisdictions a name is rarely shared (沈阳's 市发展改革委, 辽中's
 * 区发展改革局), so the bodies of one function are common too, listed with each plan's own. One place's plans of several
 * years compare names (see docUnitsMinus): a body renamed between them is named in a note, not listed as common.
 */
function commonUnits(ctx: ReadCtx, perDoc: Array<Map<string, GraphNode>>): { names: string[]; lines: string[]; notes: string[] } {
  const names = [...perDoc[0].keys()].filter((n) => perDoc.every((m) => m.has(n)));
  const fn = functionOf(ctx);
  const keysOf = (m: Map<string, GraphNode>) => new Set([...m.keys()].map((n) => fn.get(n)).filter((k): k is string => Boolean(k)));
  const byDoc = perDoc.map(keysOf);
  const keys = [...byDoc[0]].filter((k) => byDoc.every((ks) => ks.has(k)));
  const lines = names.map((n) => `「${n}」`);
  const notes: string[] = [];
  const byFunction = ofSeveralPlaces(ctx, ctx.scope!.docIds);
  for (const k of keys) {
    const own = perDoc.map((m, i) => [...m.keys()].filter((n) => fn.get(n) === k).map((n) => `「${n}」（${placeOf(ctx, ctx.scope!.docIds[i])}）`));
    const units = [...new Set(perDoc.flatMap((m) => [...m.keys()].filter((n) => fn.get(n) === k)))].filter((n) => !names.includes(n));
    if (units.length === 0) continue;
    if (!byFunction) {
      notes.push(`${[...new Set(own.flat())].join('与')}同属${k}，名称不同，未算作共有`);
      continue;
    }
    names.push(...units);
    lines.push(`${[...new Set(own.flat())].join('与')}同属${k}`);
  }
  return { names, lines, notes };
}

function docUnits(ctx: ReadCtx): Reading {
  // 哪些单位是协办单位 / 配合单位有哪些: only the units of that role (the plans' own role words, 协办 as 配合).
  const role = roleIn(ctx.rest);
  const perDoc = ctx.scope!.docIds.map((id) => new Map(dutiesIn(ctx.view, [id]).filter((d) => !role || d.role === role).map((d) => [d.unit.name, d.unit] as const)));
  // 都有任务 / 都牵过头: in every plan of the scope.
  const common = /都有|共有|共同|都出现|都(?:牵过?头|负责|参与|配合)|也有/u.test(ctx.rest) && perDoc.length > 1;
  // A plan whose duties are mostly in prose also shares the other plans' units its duty-less tasks name (prose-duties.ts).
  const prose = common && !role ? ctx.scope!.docIds.filter((id) => dutiless(ctx, id)) : [];
  if (prose.length) {
    const others = new Map(perDoc.flatMap((m) => [...m]));
    ctx.scope!.docIds.forEach((id, i) => { if (prose.includes(id)) perDoc[i] = new Map([...perDoc[i], ...unitsNamedIn(ctx, id, others)]); });
  }
  const found = common ? commonUnits(ctx, perDoc) : null;
  const names = found ? found.names : [...new Set(perDoc.flatMap((m) => [...m.keys()]))];
  const b = newBuilder(ctx);
  for (const n of names) b.item(perDoc.find((m) => m.has(n))!.get(n)!);
  const unitWord = role ? `${roleZh(role)}单位` : '单位';
  const what = common ? `${ctx.scope!.label}都有的${unitWord}` : `${ctx.scope!.label}里的${unitWord}`;
  // 两份各有哪些单位: each plan's own list, saying whose units they are.
  const apart = found ? [] : plansApart(ctx);
  const ofPlan = (g: string[]) => [...new Set(g.flatMap((id) => [...perDoc[ctx.scope!.docIds.indexOf(id)].keys()]))];
  const list = found ? found.lines.join('；')
    : apart.length ? apart.map((g) => `${g.map((id) => docLabel(ctx, id)).join('、')} ${ofPlan(g).length} 个：${ofPlan(g).map((n) => `「${n}」`).join('、') || '没有'}`).join('；')
      : names.map((n) => `「${n}」`).join('、');
  const byFunction = Boolean(found) && ofSeveralPlaces(ctx, ctx.scope!.docIds);
  const how = !found ? '' : byFunction ? '（同名单位，及不同地方同一职能的单位）' : '（按单位名称比较）';
  const notes = [...(found?.notes ?? []), ...prose.map((id) => `${docLabel(ctx, id)}多数任务没有列出责任单位，按其原文写到的单位算`)];
  const noted = notes.length ? `另：${notes.join('；')}。` : '';
  return reading('documentUnits', { docIds: ctx.scope!.docIds, ...(common ? { common: true } : {}), ...(role ? { role } : {}) }, `我理解为：列出${what}${how}`, b,
    `${!names.length ? `没有找到${what}。` : apart.length ? `各个文件的${unitWord}：${list}。` : `${what}共 ${found ? found.lines.length : names.length} ${byFunction ? '类' : '个'}：${list}。`}${noted}`);
}

/** Whether the plans are of different known places (渝中区 and 沙坪坝区), not one place's plans of several years. */
function ofSeveralPlaces(ctx: ReadCtx, docIds: string[]): boolean {
  return new Set(docIds.map((id) => docInfo(ctx.view, id)?.place).filter(Boolean)).size > 1;
}

/**
 * 在A里有任务、在B里却没有: the units of the first plan named that the others lack. Across jurisdictions a body of the
 * same function counts as present (丽水's 市科技局 is 莲都's 区科技局 one level down), so a level's prefix alone never
 * makes a unit "missing". One place's plans of several years compare names as written: a body renamed or merged in
 * between (2017's 市住建委, 2021's 市住建局) is the change such a question looks for, so it is listed, with the other
 * plan's body of its function named beside it.
 */
/** …在B里没有: the words between 在 and the negation (a role said there is B's). */
const IN_OTHER_ABSENT = /哪些[^没未不，,。？?]{0,8}在([^没未不，,。？?]{0,14})(?:没有|没|未出现)/u;

function docUnitsMinus(ctx: ReadCtx): Reading {
  const [first, ...others] = ctx.scope!.groups;
  // 牵头单位 asked: the units that lead in the first plan and lead in none of the others.
  const role = roleIn(ctx.rest);
  const unitsIn = (docIds: string[]) => new Map(dutiesIn(ctx.view, docIds).filter((d) => !role || d.role === role).map((d) => [d.unit.name, d.unit] as const));
  const mine = unitsIn(first);
  // A里哪些牵头单位在B里没有: the role is the first plan's; B names them in no role at all.
  const absent = IN_OTHER_ABSENT.exec(ctx.rest);
  const theirs = absent && !roleIn(absent[1]) ? new Map(dutiesIn(ctx.view, others.flat()).map((d) => [d.unit.name, d.unit] as const)) : unitsIn(others.flat());
  const fn = functionOf(ctx);
  const byFunction = ofSeveralPlaces(ctx, [...first, ...others.flat()]);
  // A merged office (市商务外事局) does more than either function's own body: it is no peer of 市商务局, nor that of it.
  const peerOf = (name: string) => (fn.get(name) && !isMergedOffice(name) ? [...theirs.keys()].find((n) => fn.get(n) === fn.get(name) && !isMergedOffice(n)) : undefined);
  const only = [...mine.values()].filter((u) => !theirs.has(u.name) && !(byFunction && peerOf(u.name)));
  const b = newBuilder(ctx);
  for (const u of only) b.item(u);
  const label = (docIds: string[]) => docIds.map((id) => docLabel(ctx, id)).join('、');
  const what = `${label(first)}有、${label(others.flat())}没有的${role ? roleZh(role) : ''}单位`;
  const named = (name: string) => (peerOf(name) ? `「${name}」（后者有同一职能的「${peerOf(name)}」）` : `「${name}」`);
  return reading('documentUnits', { docIds: first, except: others.flat(), ...(role ? { role } : {}) },
    `我理解为：列出${what}（${byFunction ? '同名或同一职能的单位算作都有' : '按单位名称比较'}）`, b,
    only.length ? `${what}共 ${only.length} 个：${only.map((u) => named(u.name)).join('、')}。` : `没有找到${what}。`);
}

/** 舟山的方案里有哪些目标: the plan's targets, when nothing but the asking words is left (no indicator named). */
function asksPlanTargets(rest: string): boolean {
  if (!/(有哪些|有什么|哪些)(目标|指标)|(目标|指标)(有哪些|有什么)/u.test(rest)) return false;
  return rest.replace(/有哪些|有什么|哪些|目标|指标|主要|方案|文件|分解|里面|里|中|的|都|定了|提出了?|设定了?|[\s\u3000？?，,。]/gu, '').length === 0;
}

/** The nodes a "which documents" question is about: an entity's tasks, a unit's duties, tasks without a lead, or text. */
function evidenceNodes(ctx: ReadCtx): { nodes: GraphNode[]; what: string } | null {
  if (ctx.entities[0]) return { nodes: tasksAbout(ctx, ctx.entities[0]), what: `涉及「${ctx.entities[0].name}」` };
  if (ctx.units[0]) {
    const role = roleIn(ctx.rest);
    // Which documents is a question about every unit the words may mean (发改部门: each plan's own body of that function).
    const names = [...new Set(ctx.mentions.find((m) => m.kind === 'unit')!.targets.map((t) => t.name))];
    const shown = names.length > 1 ? `${names.slice(0, 4).map((n) => `「${n}」`).join('或')}${names.length > 4 ? '等' : ''}` : `「${names[0]}」`;
    return { nodes: dutiesOfUnitsNamed(ctx.view, names).filter((d) => !role || d.role === role).map((d) => d.task), what: `有${shown}${roleZh(role)}的任务` };
  }
  if (/没有牵头|无牵头|缺少牵头/u.test(ctx.rest)) {
    return { nodes: nodesLackingLead(ctx.view), what: '有未写明牵头单位的任务' };
  }
  // 徐汇和青浦哪份…: the 和 between two blanked plan names joined them, it is no word of the topic.
  const text = ctx.rest.replace(/\u3000+[和与跟及、]\u3000+/gu, '\u3000').replace(/哪些|哪个|哪几个|哪几份|哪一?份|文件|方案|文档|里|中|提到了?|写到了?|提及|涉及|出现过?|有|的|目标|在|导入|已经|已|现在|目前|都|了|\s/gu, '').trim();
  if (text.length < 2) return null;
  const hits = nodesMaybeContaining(ctx.view, text).filter((n) => n.name.includes(text) || String(n.properties.text ?? '').includes(text));
  return { nodes: hits.length ? hits : nodesSayingParts(ctx, text), what: `提到「${text}」` };
}

/** How many characters a plan may put between a phrase's own (古北等消防站点建设 for 古北消防站建设). */
const SLACK = 3;

/** Whether `sentence` holds `part`'s characters in order within a few more characters than it has. */
function holdsLoosely(sentence: string, part: string): boolean {
  for (let at = sentence.indexOf(part[0]); at >= 0; at = sentence.indexOf(part[0], at + 1)) {
    let end = at;
    for (const ch of part.slice(1)) {
      end = sentence.indexOf(ch, end + 1);
      if (end < 0) return false;
    }
    if (end - at + 1 <= part.length + SLACK) return true;
  }
  return false;
}

/**
 * 中新泾和古北消防站建设 where the plan writes 中新泾、古北等消防站点建设: things joined by 和 are listed with 、 and a 等 or a
 * word between; one sentence that holds each of them, its characters in order, is the place.
 */
function nodesSayingParts(ctx: ReadCtx, text: string): GraphNode[] {
  const parts = text.split(/[和与及、]/u).filter((p) => p.length >= 2);
  if (parts.length < 2) return [];
  return nodesMaybeContaining(ctx.view, parts[0].slice(-2)).filter((n) => String(n.properties.text ?? n.name).split(/[。；;\n]/u)
    .some((sentence) => parts.every((p) => holdsLoosely(sentence, p))));
}

function docsMentioning(ctx: ReadCtx): Reading | null {
  const found = evidenceNodes(ctx);
  if (!found) return null;
  // Which of the plans the question names: only those are answered.
  const inScope = ctx.scope ? new Set(ctx.scope.docIds) : null;
  const byDoc = groupBy(inScope ? found.nodes.filter((n) => inScope.has(docOf(n))) : found.nodes, docOf);
  const b = newBuilder(ctx);
  for (const id of byDoc.keys()) b.item({ id, label: 'Document', name: docInfo(ctx.view, id)?.name.name ?? id });
  for (const n of found.nodes) b.item(n);
  const lines = [...byDoc.entries()].map(([id, ns]) => `${docLabel(ctx, id)}（${[...new Set(ns.map((n) => `「${n.name}」`))].slice(0, 4).join('、')}）`);
  return reading('documentsWith', { about: found.what }, `我理解为：找${found.what}的文件`, b,
    byDoc.size ? `${found.what}的文件共 ${byDoc.size} 个：${lines.join('；')}。` : `没有文件${found.what}。`);
}

/** 哪些单位配合辽宁的固定资产投资目标: words beyond the question and duty words name a topic, so it is not the plan's unit list. */
const BARE_ROLE = /^(?:牵头|主办|配合|协办|协助)(?:单位|部门)?(?:有哪些|是哪些|有谁|是谁)?$/u;

function asksAboutTopic(rest: string): boolean {
  // The scope's own plan called by its genre (…的民生工程通报里) names the plan, not a topic.
  const left = rest.replace(/\p{Script=Han}{0,6}?(?:通报|方案|文件|报告|计划)(?:里面|里|中)/gu, '')
    // 两份落实情况各有: how many plans and what kind of report they are, not a topic.
    .replace(/(?:两|三|2|3)(?:份|个)|各(?=有)|落实情况|完成情况/gu, '').replace(/哪些|哪个|单位|部[门委]|涉及|有什么|有哪些|是哪些|共同|一起|(?:都有|有过?)任务|牵过?头|配合|负责|参与|责任|主办|协办|协助|是|出现过?|都|的|里|中|了|和|与|跟|及|有|分别|各自|[\s\u3000？?，,。]/gu, '');
  return left.length >= 2;
}

/** 各个文件的牵头单位分别有哪些: each document's units of the role asked. */
const EACH_DOC_UNITS = /各(个|份)?(文件|方案|文档)[^，。？?]{0,4}(牵头|配合|责任|参与)?(单位|部门)/u;

function unitsPerDocument(ctx: ReadCtx): Reading {
  const role = roleIn(ctx.rest);
  const b = newBuilder(ctx);
  const lines = ctx.view.documents.map((d) => {
    const duties = dutiesIn(ctx.view, [d.id]).filter((x) => !role || x.role === role);
    const units = unitsOf(duties);
    for (const u of units) b.item(u);
    return `${docLabel(ctx, d.id)}${units.length ? `${units.length} 个：${units.slice(0, 12).map((u) => `「${u.name}」`).join('、')}${units.length > 12 ? '等' : ''}` : '没有'}`;
  });
  return reading('documentUnits', { docIds: ctx.view.documents.map((d) => d.id), ...(role ? { role } : {}) }, `我理解为：分别列出每个文件的${roleZh(role)}单位`, b, `${lines.join('；')}。`);
}

export const readDocuments: Reader = (ctx) => {
  if (DOCS_BY_TASKS.test(ctx.rest)) return docsByTasks(ctx);
  if (!ctx.scope && ctx.units.length + ctx.entities.length + ctx.tasks.length === 0 && EACH_DOC_UNITS.test(ctx.rest)) return unitsPerDocument(ctx);
  const named = ctx.units.length + ctx.entities.length;
  // A part that writes no duty of its own (四、职责分工, whose blocks each name their body) is counted by its parts' units (read-section-units.ts).
  if (ctx.tasks.length === 1 && named === 0 && COUNT_WORDS.test(ctx.rest) && /单位|部门/u.test(ctx.rest) && !dutiesOnlyBelow(ctx)) return taskUnitCount(ctx);
  const sameItem = !COUNT_WORDS.test(ctx.rest) && !/目标|指标/u.test(ctx.rest) && ASKS_UNITS.test(ctx.rest) ? sameItemTasks(ctx) : null;
  if (sameItem) return sameItemUnits(ctx, sameItem);
  if (ctx.scope && named === 0 && ctx.tasks.length === 0) {
    if (ctx.scope.groups.length >= 2 && /单位|部门/u.test(ctx.rest) && ONE_LACKS.test(ctx.rest)) return docUnitsMinus(ctx);
    if (COUNT_WORDS.test(ctx.rest) && /目标/u.test(ctx.rest) && !VALUE_ASKED.test(ctx.rest)) return docTargetCount(ctx);
    if (asksPlanTargets(ctx.rest)) return docTargetCount(ctx);
    // 那个方案一共几条 / 那份里都有啥任务: a plan and its items counted or listed, nothing else asked.
    const bare = ctx.rest.replace(PLAN_FILLER, '');
    // 任务量 is an amount (完成年度任务量的多少), not a count of tasks.
    if (COUNT_WORDS.test(ctx.rest) && /任务(?!量)/u.test(ctx.rest) && !ASKS_AMOUNT.test(ctx.rest) && !TASK_VALUE.test(bare)) return docTaskCount(ctx);
    if (BARE_COUNT.test(bare)) return docTaskCount(ctx, false);
    // The scope took the document word (2023年的方案): what is left only asks which ones.
    if (/^(有哪些|是哪些|有什么|有哪几个|哪些)$/u.test(ctx.rest.replace(/[\s\u3000]/gu, ''))) return scopedDocs(ctx);
    // …里都有啥任务 / 那份都有啥: the plan's tasks, named.
    if (BARE_LIST.test(bare)) return docTaskCount(ctx, true);
    // 哪些牵头单位 / 都牵头的单位是哪个: a role word between, or the question after the unit word.
    // 部委: a national plan's units (应急通信那份涉及哪些部委).
    if (/哪些(?:牵头|配合|责任|负责)?单位|哪些部[门委]|有什么单位|单位有哪些|(?:单位|部门)是哪(?:个|些)|共同的?(单位|部门)|(单位|部[门委])有哪些/u.test(ctx.rest) && !asksAboutTopic(ctx.rest)) return docUnits(ctx);
    // A plan and a bare role word (连江 协办, 舟山的牵头单位): that plan's units of the role, not every plan's workload.
    if (BARE_ROLE.test(ctx.rest.replace(/[\s\u3000？?的]/gu, ''))) return docUnits(ctx);
  }
  const whichOfNamed = (ctx.scope?.groups.length ?? 0) >= 2 && WHICH_OF_NAMED.test(ctx.rest);
  if ((WHICH_DOCS.test(ctx.rest) || whichOfNamed) && !/目标|指标/u.test(ctx.rest)) return docsMentioning(ctx);
  return null;
};
