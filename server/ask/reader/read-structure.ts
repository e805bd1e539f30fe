// The document's own structure: what a part or section holds (第三部分, 保障措施有哪几条), its n-th item, where a task sits.
import { writtenNumber } from '../../../graph/outline/markers.ts';
import type { GraphNode } from '../../../graph/model.ts';
import { dutiesOfTask, dutiesOfUnit, inScope, newBuilder, plansApart, reading, roleIn, tasksOf, tasksUnder, unitsOf, type ReadCtx, type Reader, type Reading, docLabel } from './common.ts';
import { docOf } from './view.ts';
import { sectionsIn } from './view-sets.ts';

const MIN_TITLE_PIECE = 4;
/** How many BM25 hits a task named by a piece of its title is looked for among. */
const CANDIDATES = 20;
const CHILDREN = /下面|下边|下有|下的|之下|包括|包含|哪几|哪些|有什么|有啥|几项|几条|几种|几个任务|多少项|多少条|多少种|内容|分几/u;
const PARENT = /属于哪|在哪(一)?(个)?(部分|节|章|块|一节|一部分)|哪(一)?(个)?(部分|节|章)(下面|里)?$|上级/u;
const ITSELF = /是什么|讲了什么|讲的是|讲什么|叫什么|标题/u;
const ASKS_UNITS = /谁|单位|部门|哪个局|牵头|配合|负责/u;
/** X是第几条 / 排第几 / 序号是多少: the number the plan prints for a named task. */
const WHICH_NUMBER = /第几(项|条|个|点|号|部分)?|排(在)?第几|(序号|编号)(是)?(多少|几)/u;
const UNIT_ABSENT = /没有|没|不是|不含|不包括/u;
/** 任务分解里要会同有关部门落实的有几项: a unit named with its duty verb counts that unit's tasks there, not the part's items. */
const UNIT_DUTY = /参与|会同|落实|承担/u;
/** Which documents set a target: the documents reader's, even when a section title is named. */
const ASKS_DOCS = /哪些(方案|文件|文档)|哪个(方案|文件|文档)/u;

/** 第三部分 → 三; 第(九)节 / (九) → (九); 第2项 → 2. */
function numberRef(q: string): { segment: string; top: boolean; at: number; end: number } | null {
  const paren = /第?\(([一二三四五六七八九十]{1,3})\)(节|条|部分|项)?/u.exec(q);
  if (paren) return { segment: `(${paren[1]})`, top: false, at: paren.index, end: paren.index + paren[0].length };
  const part = /第([一二三四五六七八九十]{1,3})(部分|章|大部分|篇)/u.exec(q);
  if (part) return { segment: part[1], top: true, at: part.index, end: part.index + part[0].length };
  const sec = /第([一二三四五六七八九十]{1,3})节/u.exec(q);
  if (sec) return { segment: `(${sec[1]})`, top: false, at: sec.index, end: sec.index + sec[0].length };
  return null;
}

/**
 * 第四条 of a plan printed in articles (第一条（目的与依据）…): the article, when the plans asked about hold a section of
 * that number; otherwise 第一条 stays an ordinal of tasks (第一条任务).
 */
function articleRef(ctx: ReadCtx): ReturnType<typeof numberRef> {
  const m = /第([一二三四五六七八九十]{1,3}|\d{1,2})条/u.exec(ctx.q);
  // 第3条 (or Article 3) typed in digits is the article the plan prints as 第三条.
  const segment = m && /\d/u.test(m[1]) ? articleSegment(ctx, Number(m[1])) : m?.[0];
  if (!m || !segment || !sectionsByNumber(ctx, segment, false).length) return null;
  return { segment, top: false, at: m.index, end: m.index + m[0].length };
}

/** The heading segment the plans print for article `n` (第三条, 第十二条), among the sections ask knows. */
function articleSegment(ctx: ReadCtx, n: number): string | undefined {
  for (const segment of ctx.view.sectionsBySegment.keys()) {
    const m = /^第([一二三四五六七八九十]{1,3})条$/u.exec(segment);
    if (m && writtenNumber(m[1]) === n) return segment;
  }
  return undefined;
}

/** 第2项 / 第一条 after a section: the n-th child. */
function ordinal(q: string, after: number): number | null {
  const m = /第\s*([0-9]+|[一二三四五六七八九十])\s*(项|条|个|点)/u.exec(q.slice(after));
  if (!m) return null;
  return writtenNumber(m[1]);
}

/** A numbered segment of a section path: 二, (一), 3. */
const NUMBERED = /^[(（]?[一二三四五六七八九十\d]+[)）]?$/u;

/** A part is top-level when no numbered part holds it: a plan printed as the notice's 附件 keeps its 一、二、 under 附件. */
function sectionsByNumber(ctx: ReadCtx, segment: string, top: boolean): GraphNode[] {
  return (ctx.view.sectionsBySegment.get(segment) ?? [])
    .filter((n) => inScope(ctx, n) && (!top || !String(n.properties.path ?? '').split('/').slice(0, -1).some((seg) => NUMBERED.test(seg))));
}

/** Within a stated scope (or the plans `docIds`), a section whose title holds a long piece of `said` (主要预期目标). */
function sectionsByTitle(ctx: ReadCtx, said = ctx.rest, docIds = ctx.scope?.docIds ?? []): GraphNode[] {
  const text = said.replace(/\s/gu, '');
  let best: { n: GraphNode; len: number } | null = null;
  for (const n of sectionsIn(ctx.view, docIds)) {
    for (let len = Math.min(n.name.length, text.length); len >= MIN_TITLE_PIECE && (!best || len > best.len); len--) {
      if ([...Array(text.length - len + 1).keys()].some((i) => n.name.includes(text.slice(i, i + len)))) {
        best = { n, len };
        break;
      }
    }
  }
  return best ? [best.n] : [];
}

/** Asked what is under it (下面有哪些), not which tasks mention it. */
const UNDER = /下面|下边|下有|下的|之下|包括|包含|分几/u;

/**
 * A heading that also names a project (一、千亿斤粮食产能工程, over the project's own items): the linker reads the
 * project, but asked what is under it, the section of that name is meant.
 */
function sectionsNamedLike(ctx: ReadCtx): GraphNode[] {
  if (!UNDER.test(ctx.rest)) return [];
  return ctx.entities.flatMap((e) => (ctx.view.byName.get(e.name) ?? []).filter((n) => n.label === 'Section' && inScope(ctx, n)));
}

/** The longest piece (≥ 4 characters) of `text` that `title` holds. */
function sharedPiece(title: string, text: string, atLeast: number): number {
  for (let len = Math.min(title.length, text.length); len >= atLeast; len--) {
    for (let i = 0; i + len <= text.length; i++) if (title.includes(text.slice(i, i + len))) return len;
  }
  return 0;
}

/** 北运河水质属于哪一部分: no task named whole, but one task's title holds a long piece of the question (a place inside it read as a name). */
function taskByTitlePiece(ctx: ReadCtx): GraphNode | null {
  const text = ctx.q.replace(PARENT, '\u3000').replace(/[？?。，,\s]/gu, '\u3000');
  let best: GraphNode | null = null;
  let bestLen = 0;
  let tie = false;
  // Only the best text matches are worth the piece-by-piece look: a full walk would cost every task of every plan.
  for (const hit of ctx.index.search(text.replace(/\u3000/gu, ' '), CANDIDATES)) {
    const n = ctx.view.nodes.get(hit.task.id);
    if (!n || n.label !== 'Task' || !inScope(ctx, n)) continue;
    const len = sharedPiece(n.name, text, Math.max(MIN_TITLE_PIECE, bestLen));
    if (len === 0) continue;
    tie = len === bestLen;
    if (!tie) [best, bestLen] = [n, len];
  }
  return tie ? null : best;
}

/** Children to list: tasks under it when the question asks for tasks and it holds sections of tasks. */
function childrenOf(ctx: ReadCtx, section: GraphNode, wantTasks: boolean): GraphNode[] {
  const direct = ctx.view.children.get(section.id) ?? [];
  if (!wantTasks || direct.some((c) => c.label === 'Task') || direct.length === 0) return direct;
  return direct.flatMap((c) => (c.label === 'Section' ? childrenOf(ctx, c, true) : [c]));
}

/** A part that shares duties out by body (三、职责分工: （一）市水务局。负责…（二）相关区政府。负责…): each item is one unit's block. */
const DUTIES_BY_UNIT = /职责|分工/u;

/** The one unit a child item is the block of: the only unit it names, or the unit its heading is (相关区政府 read as the item's name). */
function blockUnit(ctx: ReadCtx, kid: GraphNode): GraphNode | null {
  if (kid.label !== 'Task') return null;
  const units = unitsOf(dutiesOfTask(ctx, kid.id));
  if (units.length === 1) return units[0];
  return units.length === 0 ? (ctx.view.byName.get(kid.name) ?? []).find((n) => n.label === 'Unit') ?? null : null;
}

/** Each child's unit when the section shares duties out by body and every item is one distinct unit's; else null. */
function blocksByUnit(ctx: ReadCtx, section: GraphNode, kids: GraphNode[]): GraphNode[] | null {
  if (!DUTIES_BY_UNIT.test(section.name) || kids.length < 2) return null;
  const units = kids.map((k) => blockUnit(ctx, k));
  if (units.some((u) => !u) || new Set(units.map((u) => u!.name)).size !== kids.length) return null;
  return units as GraphNode[];
}

function answerChildren(ctx: ReadCtx, sections: GraphNode[], nth: number | null): Reading {
  const b = newBuilder(ctx);
  // 项目: many plans number their tasks as projects (人才项目), listed under sub-parts. Asked in the question's own words,
  // not the heading's (静安's 工作任务 分哪几块 asks its parts).
  const asked = sections.reduce((q, s) => q.replaceAll(s.name, '\u3000'), ctx.q);
  const wantTasks = /任务|工作|事项|项目/u.test(asked);
  const parts: string[] = [];
  for (const s of sections) {
    const kids = childrenOf(ctx, s, wantTasks);
    b.node(s);
    const where = ctx.view.documents.length > 1 ? `（${docLabel(ctx, docOf(s))}）` : '';
    if (nth) {
      const kid = kids[nth - 1];
      if (kid) b.item(kid).edge('PART_OF', kid.id, s.id);
      parts.push(kid ? `「${s.name}」${where}的第 ${nth} 项是「${kid.name}」` : `「${s.name}」${where}下没有第 ${nth} 项`);
      continue;
    }
    const blocks = blocksByUnit(ctx, s, kids);
    if (blocks) {
      // Named by their units (市水务局、相关区政府、上海城投集团), each with the duty that opens its block.
      blocks.forEach((u, i) => b.item(u).node(kids[i]).edge('PART_OF', kids[i].id, s.id));
      parts.push(`「${s.name}」${where}按单位分 ${kids.length} 块：${blocks.map((u, i) => (u.name === kids[i].name ? `「${u.name}」` : `「${u.name}」（${kids[i].name}）`)).join('、')}`);
      continue;
    }
    for (const k of kids) b.item(k).edge('PART_OF', k.id, s.id);
    const what = kids.every((k) => k.label === 'Task') ? '项任务' : '项';
    parts.push(kids.length ? `「${s.name}」${where}下共 ${kids.length} ${what}：${kids.map((k) => `「${k.name}」`).join('、')}` : `「${s.name}」${where}下没有列出子项`);
  }
  const ids = sections.map((s) => s.id);
  return reading('sectionChildren', { sections: ids, ...(nth ? { nth } : {}) }, `我理解为：查看文件结构，${sections.map((s) => `「${s.name}」`).join('、')}下面的内容`, b, `${parts.join('；')}。`);
}

function answerParent(ctx: ReadCtx, node: GraphNode): Reading | null {
  const parentId = ctx.view.parent.get(node.id);
  const parent = parentId ? ctx.view.nodes.get(parentId) : undefined;
  if (!parent) return null;
  const b = newBuilder(ctx);
  b.item(parent).node(node).edge('PART_OF', node.id, parent.id);
  const up = ctx.view.parent.get(parent.id);
  const top = up ? ctx.view.nodes.get(up) : undefined;
  const chain = top && top.label === 'Section' ? `（再上一级是「${top.name}」）` : '';
  const doc = `${docLabel(ctx, docOf(node))}`;
  return reading('sectionOf', { id: node.id }, `我理解为：查看「${node.name}」在文件中的位置`, b,
    `「${node.name}」属于${doc}的「${parent.name}」${parent.properties.number ? `（${parent.properties.number}）` : ''}${chain}。`);
}

/** The task's printed number (21.) and its place among its parent's items: plans cite a task by either. */
function answerNumber(ctx: ReadCtx, node: GraphNode): Reading {
  const parentId = ctx.view.parent.get(node.id);
  const parent = parentId ? ctx.view.nodes.get(parentId) : undefined;
  const b = newBuilder(ctx);
  b.item(node);
  const printed = String(node.properties.number ?? '').replace(/[.．、,，\s]+$/u, '');
  const siblings = parent ? ctx.view.children.get(parent.id) ?? [] : [];
  const nth = siblings.findIndex((k) => k.id === node.id) + 1;
  if (parent) b.node(parent).edge('PART_OF', node.id, parent.id);
  const under = parent && parent.label === 'Section' ? `「${parent.name}」下的第 ${nth} 项` : nth ? `第 ${nth} 项` : '';
  const number = printed ? `编号「${printed}」` : '';
  const text = `「${node.name}」在${docLabel(ctx, docOf(node))}中是${[number, under].filter(Boolean).join('，')}。`;
  return reading('sectionOf', { id: node.id }, `我理解为：查看「${node.name}」在文件中的编号`, b, text);
}

function answerItself(ctx: ReadCtx, sections: GraphNode[]): Reading {
  const b = newBuilder(ctx);
  for (const s of sections) b.item(s);
  const lines = sections.map((s) => {
    const kids = ctx.view.children.get(s.id) ?? [];
    const where = ctx.view.documents.length > 1 ? `（${docLabel(ctx, docOf(s))}）` : '';
    return `「${s.name}」${where}${kids.length ? `，下设 ${kids.map((k) => `「${k.name}」`).join('、')}` : ''}`;
  });
  return reading('section', { sections: sections.map((s) => s.id) }, `我理解为：查看文件的${sections.map((s) => `「${s.name}」`).join('、')}这一部分`, b, `${lines.join('；')}。`);
}

/**
 * 龙湾和鹿城的强化科技创新下面各有哪些: plans asked apart each answer with their own section on it, titled as that plan
 * titles it (强化科技创新(新区科技和人才局〈区科技局〉牵头) / 强化科技创新(由区科技局牵头)), read from the question's words.
 */
function eachPlansOwn(ctx: ReadCtx, found: GraphNode[]): GraphNode[] {
  const plans = plansApart(ctx);
  if (plans.length < 2 || found.length === 0) return found;
  const missing = plans.filter((g) => !found.some((s) => g.includes(docOf(s))));
  return [...found, ...missing.flatMap((g) => sectionsByTitle(ctx, ctx.q, g))];
}

/** 第一条任务 / 第3项工作: an ordinal of the plan's own tasks, no section named. */
const NTH_TASK = /第\s*([0-9]+|[一二三四五六七八九十])\s*(?:项|条|个)(?:任务|工作|事项|政策|措施)/u;

/**
 * 龙湾和鹿城两份政策里的第一条任务分别是什么: with no section named, the n-th task of each plan the scope names,
 * in the order the plan prints them.
 */
function nthTaskOfPlans(ctx: ReadCtx): Reading | null {
  const m = NTH_TASK.exec(ctx.q);
  if (!m || !ctx.scope) return null;
  const nth = writtenNumber(m[1]) ?? 0;
  const plans = plansApart(ctx);
  const b = newBuilder(ctx);
  const parts = (plans.length ? plans : [ctx.scope.docIds]).map((g) => {
    const task = g.flatMap((id) => tasksUnder(ctx, id))[nth - 1];
    const where = g.map((id) => docLabel(ctx, id)).join('、');
    if (task) b.item(task);
    return task ? `${where}的第 ${nth} 项任务是「${task.name}」` : `${where}没有第 ${nth} 项任务`;
  });
  return reading('sectionChildren', { docIds: ctx.scope.docIds, nth }, `我理解为：查看文件结构，找各个文件里的第 ${nth} 项任务`, b, `${parts.join('；')}。`);
}

/** Whether `node` lies somewhere below one of `parts`. */
function under(ctx: ReadCtx, node: GraphNode, parts: GraphNode[]): boolean {
  const ids = new Set(parts.map((p) => p.id));
  for (let up = ctx.view.parent.get(node.id); up; up = ctx.view.parent.get(up)) if (ids.has(up)) return true;
  return false;
}

function orElse<T>(xs: T[], other: () => T[]): T[] {
  return xs.length ? xs : other();
}

/** 那项 / 这个任务: the question points back at a task its unit phrase gave (区司法局牵头的那项属于哪个部分). */
const POINTED_TASK = /[那这](?:一)?(?:项|个任务|条)/u;

/** 区司法局牵头的那项属于哪个部分: the one task the one unit named has in the role said (any role when none is). */
function unitsOnlyTask(ctx: ReadCtx): GraphNode | null {
  if (ctx.units.length !== 1 || ctx.tasks.length > 0 || !POINTED_TASK.test(ctx.rest)) return null;
  const tasks = tasksOf(dutiesOfUnit(ctx, ctx.units[0].name, roleIn(ctx.q)));
  return tasks.length === 1 ? tasks[0] : null;
}

export const readStructure: Reader = (ctx) => {
  const q = ctx.q;
  const pointed = PARENT.test(ctx.rest) ? unitsOnlyTask(ctx) : null;
  if (pointed) return answerParent(ctx, pointed);
  if (ASKS_UNITS.test(ctx.rest) || ASKS_DOCS.test(ctx.rest)) return null;
  // 目标分解部分哪些没有X: a unit named with a negation asks what it is absent from (read-absent.ts), not the structure.
  if (ctx.units.length > 0 && UNIT_ABSENT.test(ctx.rest)) return null;
  if (ctx.units.length > 0 && UNIT_DUTY.test(ctx.rest)) return null;
  const named = ctx.tasks.map((t) => ctx.view.nodes.get(t.id)!).filter(Boolean);
  const ref = numberRef(q) ?? articleRef(ctx);
  if (WHICH_NUMBER.test(ctx.rest) && !ref) {
    const node = named.find((n) => n.label === 'Task') ?? taskByTitlePiece(ctx);
    if (node) return answerNumber(ctx, node);
  }
  if (PARENT.test(ctx.rest)) {
    const node = named[0] ?? taskByTitlePiece(ctx);
    if (node) return answerParent(ctx, node);
  }
  // A title linked whole means the scope's section of that title (盘锦的方案里主要目标: not another plan's 主要目标).
  const byName = [...new Set(named.filter((n) => n.label === 'Section')
    .flatMap((n) => (inScope(ctx, n) ? [n] : (ctx.view.byName.get(n.name) ?? []).filter((m) => m.label === 'Section' && inScope(ctx, m)))))];
  const numbered = ref ? sectionsByNumber(ctx, ref.segment, ref.top) : [];
  // 第四部分强化…资金保障下: a heading named by title inside the part the number gives is the one asked about.
  const namedInside = byName.length > 0 && numbered.length > 0 && byName.every((n) => under(ctx, n, numbered));
  const part = namedInside ? null : ref;
  const found = part ? numbered : byName.length ? byName : orElse(sectionsNamedLike(ctx), () => sectionsByTitle(ctx));
  const sections = part ? found : eachPlansOwn(ctx, found);
  if (sections.length === 0) return part ? null : nthTaskOfPlans(ctx);
  const after = part ? part.end : Math.max(...ctx.mentions.filter((m) => m.kind === 'task').map((m) => m.end), 0);
  const nth = ordinal(q, after);
  if (nth) return answerChildren(ctx, sections, nth);
  if (part && ITSELF.test(q) && !CHILDREN.test(q.replace(ITSELF, ''))) return answerItself(ctx, sections);
  if (CHILDREN.test(ctx.rest) || ITSELF.test(q)) return answerChildren(ctx, sections, null);
  return null;
};
