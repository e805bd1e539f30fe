// 鹿城那份政策是哪次会议通过的 / 长政发〔2021〕1号是谁发的 / 龙湾和鹿城那两份分别是哪天印发的 / 德州那个方案贯彻落实的是省里哪个文件:
// what a plan's notice says of itself — its issuer, its day, the meeting that passed it, the higher document it carries
// out, the annexes it sends — read per plan of the scope from the Document node (its metadata, and its header's own sentences for the meeting).
import type { GraphNode } from '../../../graph/model.ts';
import { DOC_NUMBER_TAIL } from '../../../graph/metadata/doc-number.ts';
import { docLabel, newBuilder, reading, type ReadCtx, type Reader } from './common.ts';
import { docInfo } from './view-sets.ts';

type Fact = 'issuer' | 'date' | 'meeting' | 'higher' | 'annexes';

const ASKS: [Fact, RegExp][] = [
  // The meeting first: 哪次人代会通过的政府工作报告 asks the meeting, not the report it passed.
  ['meeting', /(?:哪|几|什么)(?:一|两)?次[^，。？?]{0,10}会|哪个会|什么会议?(?:上)?(?:通过|审议|研究)|人代会|人民代表大会/u],
  ['higher', /(?:根据|依据|依照|按照|贯彻|落实(?!情况))[^，。？?]{0,10}(?:哪|什么|啥)(?:个|份|一份|部)?(?:文件|通知|政策|精神|上级|省|市)?|上级(?:文件|依据)|哪个(?:上级)?文件[^，。？?]{0,6}(?:制定|出台)/u],
  // A day asked needs the issuing verb: 德州机场什么时候通航 asks of the work, not of the notice.
  ['date', /(?:哪天|哪一天|哪日|几月几[日号]|什么时候|何时|哪年哪月)[^，。？?]{0,4}(?:印发|发布|发的|出台|下发|签发|成文)|(?:印发|发布|成文|发文)(?:日期|时间)|(?:印发|发布)于?(?:哪天|何时|什么时候)/u],
  // 印发了几个方案 / 附件有哪些: what the notice sends (its 附件), not who sent it.
  ['annexes', /(?:印发|下发|附)了?(?:几|多少|哪些|哪几)(?:个|份|项)?(?:方案|文件|附件|计划)|(?:几|多少|哪些|哪几)(?:个|份)?附件|附件(?:有|是)(?:哪些|几|什么)/u],
  ['issuer', /谁(?:发|印发|发布|下发|制定)的|哪(?:个|家|两家|几家)(?:单位|部门|机关)?[^，。？?]{0,4}(?:联合)?(?:印发|发布|发的|下发)|发文(?:机关|单位)|(?:印发|发文|发布)(?:单位|机关|部门)是/u],
];
// 经 opens the clause (已经…, ，经…): never the 经 of 经济.
const MEETING_PASSED = /(?:已经|已由|业经|(?<=^|[，。；,;\s])经)([^，。；,;\n《》]{2,50}?会议)(?:审议|研究|讨论)?(?:通过|同意|审定|批准)/u;
const CONGRESS = /([^，。；,;\n]{0,12}?第[一二三四五六七八九十〇\d]+届人民代表大会(?:常务委员会)?第[一二三四五六七八九十〇\d]+次会议)(?:审议|批准)?通过/u;
const WANTS_CONGRESS = /人代会|人民代表大会|人大/u;
const HIGHER = new RegExp(`(?:根据|依据|按照|贯彻落实|贯彻|落实)[^。；\\n]{0,20}?《([^》]{4,80})》\\s*[(（]\\s*([\\u4e00-\\u9fa5]{1,12}${DOC_NUMBER_TAIL})`, 'gu');
// The line a joint notice opens with: its issuers, one after another, before 关于.
const ISSUERS_LINE = /^(.{4,80}?)\s*关于/u;
const ISSUER = /\s*(.+?(?:人民政府办公厅|人民政府办公室|人民政府|党政办公室|办公室|办公厅|委员会|管委会|领导小组|指挥部))/gu;
const HEAD_CHARS = 3000;

export function factAsked(q: string): Fact | null {
  return ASKS.find(([, re]) => re.test(q))?.[0] ?? null;
}

function headOf(doc: GraphNode | undefined): string {
  return String(doc?.properties.text ?? '').slice(0, HEAD_CHARS);
}

/** Every issuer the notice's first 关于 line names (温州市龙湾区人民政府办公室 温州湾新区…党政办公室), else the header's one. */
function issuersOf(doc: GraphNode | undefined): string[] {
  const line = headOf(doc).split('\n').map((l) => l.trim()).find((l) => /关于/u.test(l));
  const opening = ISSUERS_LINE.exec(line ?? '')?.[1] ?? '';
  const names = [...opening.matchAll(ISSUER)].map((m) => m[1]);
  // Only a line made of issuers' names: 长沙市人民政府 关于2021年… gives one, a title's words before 关于 give none.
  if (names.join('').length !== opening.replace(/\s+/gu, '').length) names.length = 0;
  if (names.length > 1) return names;
  const one = doc?.properties.issuer;
  return typeof one === 'string' ? [one] : names;
}

function dayOf(doc: GraphNode | undefined): string | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})$/u.exec(String(doc?.properties.date ?? ''));
  return m ? `${m[1]}年${Number(m[2])}月${Number(m[3])}日` : null;
}

function meetingOf(doc: GraphNode | undefined, q: string): string | null {
  const head = headOf(doc);
  const passed = MEETING_PASSED.exec(head)?.[1] ?? null;
  const congress = CONGRESS.exec(head)?.[1] ?? null;
  return (WANTS_CONGRESS.test(q) ? congress ?? passed : passed ?? congress)?.trim() ?? null;
}

/** The higher document the opening carries out, with its 文号 when the text gives one beside it. */
function higherOf(doc: GraphNode | undefined): string | null {
  const head = headOf(doc);
  const numbered = [...head.matchAll(HIGHER)][0];
  if (numbered) return `《${numbered[1]}》（${numbered[2]}）`;
  const title = doc?.properties.implements;
  return typeof title === 'string' ? `《${title}》` : null;
}

/** The notice's 附件 line and the numbered lines after it (附件：1、…方案 / 2、…方案): what it sends. */
const ANNEX_HEAD = /^附件[：:]\s*/u;
const ANNEX_ITEM = /^(?:附件)?\s*\d{1,2}\s*[、.．:：]\s*(.+)$/u;

function annexesOf(doc: GraphNode | undefined): string | null {
  const lines = String(doc?.properties.text ?? '').split('\n').map((l) => l.trim());
  const at = lines.findIndex((l) => ANNEX_HEAD.test(l));
  if (at < 0) return null;
  const first = lines[at].replace(ANNEX_HEAD, '');
  const names: string[] = [];
  for (const line of [first, ...lines.slice(at + 1)]) {
    if (!line) continue;
    const m = ANNEX_ITEM.exec(line);
    if (!m) break;
    names.push(m[1].trim());
  }
  // 附件：奉贤区…方案 with no number: the one annex.
  if (names.length === 0 && first) names.push(first);
  return names.length ? `共 ${names.length} 个：${names.map((n) => `《${n.replace(/^《|》$/gu, '')}》`).join('、')}` : null;
}

const SAID: Record<Fact, { what: string; none: string }> = {
  annexes: { what: '附件', none: '文中没有列出附件' },
  issuer: { what: '发文单位', none: '文中没有写明发文单位' },
  date: { what: '印发日期', none: '文中没有写明日期' },
  meeting: { what: '通过会议', none: '文中没有写明经哪次会议通过' },
  higher: { what: '上级依据文件', none: '图中没有记录它所依据的上级文件' },
};

function factOf(fact: Fact, doc: GraphNode | undefined, q: string): string | null {
  if (fact === 'issuer') return issuersOf(doc).join('、') || null;
  if (fact === 'date') return dayOf(doc);
  if (fact === 'meeting') return meetingOf(doc, q);
  if (fact === 'annexes') return annexesOf(doc);
  return higherOf(doc);
}

export const readDocFacts: Reader = (ctx: ReadCtx) => {
  const docIds = [...new Set(ctx.scope?.groups.flat() ?? [])];
  // A task or unit named asks about the work, not the notice (谁牵头 the task of a plan is readUnits').
  if (docIds.length === 0 || ctx.tasks.length + ctx.units.length > 0) return null;
  const fact = factAsked(ctx.rest);
  if (!fact) return null;
  const b = newBuilder(ctx);
  const lines = docIds.map((id) => {
    const d = docInfo(ctx.view, id);
    b.item({ id, label: 'Document', name: d?.name.name ?? id });
    return `${docLabel(ctx, id)}的${SAID[fact].what}：${factOf(fact, ctx.view.nodes.get(id), ctx.rest) ?? SAID[fact].none}`;
  });
  const several = docIds.length > 1;
  return reading('documents', { docIds, fact }, `我理解为：${several ? '分别' : ''}查${several ? '这几个' : '这个'}文件的${SAID[fact].what}`, b, `${lines.join('；')}。`);
};
