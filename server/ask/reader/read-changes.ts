// Two plans of one place compared (this year against last): tasks added, dropped, reworded; targets raised; whose load grew.
import type { TaskBrief } from '../../../graph/align/schemas.ts';
import type { AlignmentData, Version } from './alignment-data.ts';
import { docLabel, newBuilder, ONE_LACKS, reading, type ReadCtx, type Reading } from './common.ts';

type Kind = 'added' | 'dropped' | 'reworded' | 'raised' | 'lowered' | 'loadUp' | 'loadDown';

/** Words that say two versions are compared; without them "新增" is just a word of a task. */
const VERSION_WORDS = /今年|去年|明年|比|相比|对比|新方案|新版|上一版|旧方案|两年|前一年|(19|20)\d{2}年/u;
const WHO = /谁|哪些单位|哪些部门|哪个单位|哪个部门|哪家/u;
const KINDS: [Kind, RegExp][] = [
  ['loadUp', /(任务|工作|担子)?(变多|多了|增加|加重|更多)/u],
  ['loadDown', /(任务|工作|担子)?(变少|少了|减少|减轻|更少)/u],
  ['raised', /(目标|指标).{0,6}(提高|调高|更高|上调|提升|增加)|(提高|调高|上调)了?.{0,4}(目标|指标)/u],
  ['lowered', /(目标|指标).{0,6}(降低|调低|更低|下调)|(降低|调低|下调)了?.{0,4}(目标|指标)/u],
  ['reworded', /改了说法|改写|换了说法|措辞|表述|提法/u],
  ['dropped', /删掉|删除|删了|去掉|取消|少了|不再|拿掉|砍掉/u],
  // 新增 before a thing's name (城镇新增就业, 新增学位) is a word of a target, not a task added between versions.
  ['added', /新增(?=了|的|哪|什么|啥|几项|多少项|任务|工作|事项|[^\p{Script=Han}]|$)|新加|多了|增加了|加了/u],
];
const KIND_ZH: Record<Kind, string> = {
  added: '新增的任务', dropped: '删掉的任务', reworded: '改了说法的任务', raised: '提高的目标', lowered: '降低的目标',
  loadUp: '任务变多的单位', loadDown: '任务变少的单位',
};

/**
 * 2023年的分解有哪些任务是2024年没有的: two versions named in turn, the first having what the second lacks; the earlier one
 * having them means they were dropped, the later one that they were added.
 */
function lacksKind(ctx: ReadCtx, data: AlignmentData): Kind | null {
  const groups = ctx.scope?.groups;
  if (groups?.length !== 2 || groups.some((g) => g.length !== 1) || !ONE_LACKS.test(ctx.rest) || WHO.test(ctx.rest) || !/任务|工作|事项/u.test(ctx.rest)) return null;
  const [has, lacks] = [groups[0][0], groups[1][0]];
  const v = data.versions.find((x) => [x.before.id, x.after.id].includes(has) && [x.before.id, x.after.id].includes(lacks));
  return v ? (v.before.id === has ? 'dropped' : 'added') : null;
}

function kindOf(q: string): Kind | null {
  const who = WHO.test(q);
  for (const [kind, re] of KINDS) {
    if ((kind === 'loadUp' || kind === 'loadDown') !== who) continue;
    if (re.test(q)) return kind;
  }
  return null;
}

/** The versions of the places the question names, else every version in the store. */
function versionsAsked(ctx: ReadCtx, data: AlignmentData): Version[] {
  if (!ctx.scope) return data.versions;
  return data.versions.filter((v) => ctx.scope!.docIds.includes(v.after.id) || ctx.scope!.docIds.includes(v.before.id));
}

const ref = (t: TaskBrief) => `第${t.number}项「${t.title}」`;

/** The lines for one version and the graph ids they name. */
function describe(ctx: ReadCtx, v: Version, kind: Kind): { text: string; ids: string[]; units: string[] } {
  const c = v.comparison;
  const head = `${docLabel(ctx, v.after.id)}比${docLabel(ctx, v.before.id)}`;
  if (kind === 'raised' || kind === 'lowered') {
    const rows = c.targets.filter((t) => t.change === kind);
    const task = (id: string) => c.tasks.find((t) => t.after?.id === id)?.after;
    const says = rows.map((t) => `「${t.indicator}」由 ${t.before} ${kind === 'raised' ? '提高' : '降低'}到 ${t.after}${task(t.task) ? `（${ref(task(t.task)!)}）` : ''}`);
    return { text: `${head}${kind === 'raised' ? '提高' : '降低'}的目标 ${rows.length} 项${rows.length ? '：' : ''}${says.join('、')}`, ids: rows.map((t) => t.task), units: [] };
  }
  if (kind === 'loadUp' || kind === 'loadDown') {
    const rows = c.load.filter((l) => (kind === 'loadUp' ? l.after > l.before : l.after < l.before));
    return { text: `${head}，${KIND_ZH[kind]} ${rows.length} 个${rows.length ? '：' : ''}${rows.map((l) => `「${l.unit}」${l.before}→${l.after} 项`).join('、')}`, ids: [], units: rows.map((l) => l.unit) };
  }
  const rows = c.tasks.filter((t) => t.status === kind);
  const tasks = rows.map((t) => (kind === 'dropped' ? t.before : t.after)).filter((t): t is TaskBrief => Boolean(t));
  const says = kind === 'reworded'
    ? rows.map((t) => `${ref(t.after!)}（原${ref(t.before!)}）`)
    : tasks.map(ref);
  return { text: `${head}${kind === 'added' ? '新增' : kind === 'dropped' ? '删掉' : '改了说法'}的任务 ${tasks.length} 项${tasks.length ? '：' : ''}${says.join('、')}`, ids: tasks.map((t) => t.id), units: [] };
}

/** The question compares versions: it says so, or its scope (丰川市今年的方案) holds both plans of a version. */
function comparesVersions(ctx: ReadCtx, data: AlignmentData): boolean {
  return VERSION_WORDS.test(ctx.q) || data.versions.some((v) => ctx.scope?.docIds.includes(v.before.id) && ctx.scope.docIds.includes(v.after.id));
}

export function readChanges(ctx: ReadCtx, data: AlignmentData): Reading | null {
  if (data.versions.length === 0) return null;
  const kind = kindOf(ctx.rest) ?? lacksKind(ctx, data);
  // 删掉了哪些 / 哪些目标提高了 / 谁的任务变多了 only make sense between versions; 新增 is also a word of tasks (新增就业).
  if (!kind || (kind === 'added' && !comparesVersions(ctx, data))) return null;
  const versions = versionsAsked(ctx, data);
  if (versions.length === 0) return null;
  const b = newBuilder(ctx);
  const lines = versions.map((v) => {
    const d = describe(ctx, v, kind);
    for (const id of d.ids) { const n = ctx.view.nodes.get(id); if (n) b.item(n); }
    for (const u of d.units) { const n = (ctx.view.byName.get(u) ?? []).find((x) => x.label === 'Unit'); if (n) b.item(n); }
    return d.text;
  });
  return reading('planChanges', { kind, versions: versions.map((v) => ({ before: v.before.id, after: v.after.id })) },
    `我理解为：比较同一地方前后两版方案，找${KIND_ZH[kind]}`, b, `${lines.join('；')}。`);
}
