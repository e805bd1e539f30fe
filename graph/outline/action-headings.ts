// A leaf heading of a plan's actions (二、重点任务 → (一)…, 四、保障措施 → (一)…由区财政承担) is a task with or without units;
// a safeguard only when its text names who acts (the rule: a task carries duties or targets).

import type { Outline, OutlineNode } from './outline.ts';
import { namesIn } from '../units/prose-names.ts';
import { isArticle } from './markers.ts';
import { hasTitleLine, isPlanText } from './targets.ts';
import { decimalDutySections } from './decimal.ts';

/**
 * A part that lists the plan's actions: its tasks, measures, safeguards, steps and stages, requirements on the
 * work, its division of duties. Guidance and framing (基本原则, 指导思想, 总体要求, 分工原则) list no action.
 */
const ACTION_PART_RE = /任务|措施|保障|工作要求|实施要求|步骤|阶段|时间安排|进度安排|工作内容|主要内容|职责|责任|分工|流程|组织领导|组织实施/;
const FRAMING_PART_RE = /原则|思想|总体要求|总体思路|形势|回顾|背景/;
/** A leaf part that is itself one of those actions (三、职责分工, 五、经费保障, (一)集中攻坚阶段). */
const ACTION_TITLE_RE = /^(?:职责分工|任务分工|工作分工|[^,，。:：]{0,6}保障|[^,，。:：]{2,8}阶段(?:[(（][^)）]{1,12}[)）])?)$/;
/** Safeguards (保障措施, 组织领导): a plan's closing measures, tasks only when their text names who acts. */
const SAFEGUARD_RE = /保障|组织领导|组织实施/;

/** A step written as its title alone: a stage or period, a colon, then what is done (第三季度：全面实施建设施工。). */
const STEP_TITLE_RE = /^[^,，。:：]{0,14}(?:阶段|季度|月|年|月底前|年底前)[)）]?[:：]/;

/** A notice that states its requirements as its own items (现就…工作通知如下：), the title line its genre's. */
const NOTICE_TITLE_LINE_RE = /^[^。]{2,80}?的通知$/u;
const OWN_ITEMS_RE = /通知如下[:：]/u;
const NOTICE_FRAMING_RE = /^(?:适用范围|适用对象|工作依据|编制依据|目的)$/u;

/**
 * A notice whose own items are the requirements it sets (上海市水务局 2025: 现就做好…安装工作通知如下： 一、工作要求 (一)…), with no plan
 * attached to it (the outline files no point under 通知/): its items are the document's only work, as a plan's are.
 */
function isOwnItemsNotice(text: string, outline: Outline): boolean {
  return hasTitleLine(text, NOTICE_TITLE_LINE_RE) && OWN_ITEMS_RE.test(text.slice(0, 3000)) && !outline.nodes.some((n) => n.path.startsWith('通知/'));
}

/**
 * Leaf headings (一、 / (一)) of a plan that sit under a part listing actions, or that name an action part
 * themselves: each is a task, as the labels read them. A heading with no text of its own (a list of titles whose
 * bodies the copy left out) is none, unless its title is a dated step. A notice that sets its own requirements reads so
 * too, unless it annotates its duties (`annotated`: then its labels name its tasks).
 */
export function actionHeadings(text: string, outline: Outline, annotated = true): Set<OutlineNode> {
  // A 预案 numbered decimally divides its work section by section, whatever its title line says.
  const found = decimalDutySections(text, outline);
  const plan = isPlanText(text);
  if (found.size > 0 || !(plan || (!annotated && isOwnItemsNotice(text, outline)))) return found;
  const measures = hasTitleLine(text, MEASURES_TITLE_LINE_RE);
  for (const n of outline.nodes) {
    if (n.children.length > 0 || (n.kind !== 'part' && n.kind !== 'section')) continue;
    if (!underActionPart(n) && !ACTION_TITLE_RE.test(n.title.trim()) && !(measures && isMeasurePart(n))) continue;
    // A notice's requirements open with the scope they apply to ((一)适用范围 / 本通知适用于…): no work of its own.
    if (!plan && NOTICE_FRAMING_RE.test(n.title.trim())) continue;
    const body = text.slice(n.bodyStart, n.end).replace(/[\s\p{P}]+/gu, '');
    // A safeguard that names no body (加强组织领导。完善考核评价体系，压实各方责任。) carries no duty: a Section. A body is
    // a unit's name in its title or prose (区财政局要…, 各部门, 由区级财政承担), found by the scan the prose readers use.
    if (isSafeguard(n) && namesIn(text.slice(n.start, n.end)).length === 0) continue;
    if (body.length > 0 || STEP_TITLE_RE.test(n.title)) found.add(n);
  }
  return found;
}

/**
 * A part named by its topic (四、加大保护力度, 五、拓展利用) lists measures too: its numbered items are the plan's
 * actions, written with no subject. Not a part that frames, sets targets (targets.ts reads those), states the scope or
 * kinds of the work (二、整治内容 over the cases it covers), or closes the text (其他, 附则).
 */
const NO_MEASURE_PART_RE = /原则|思想|总体要求|总体思路|形势|回顾|背景|目标|意义|依据|范围|适用|内容|定义|类型|条件|标准|其他|附则/;

/** A text that is a list of measures by its title (进一步提升…监管质效的若干措施, 上海 2026): its parts are the measures. */
const MEASURES_TITLE_LINE_RE = /^[^。]{2,80}?(?:措施|举措)$/u;

/** A part of such a text that is one measure (一、缩短注册证书办理时限。将…): a leaf part, none that frames or closes it. */
function isMeasurePart(n: OutlineNode): boolean {
  return n.kind === 'part' && n.parent?.parent === null && !NO_MEASURE_PART_RE.test(n.title);
}

function underActionPart(n: OutlineNode): boolean {
  const parent = n.parent;
  if (!parent || parent.kind === 'gap' || !parent.title) return false;
  if (ACTION_PART_RE.test(parent.title)) return !FRAMING_PART_RE.test(parent.title);
  return n.kind === 'section' && parent.kind === 'part' && !NO_MEASURE_PART_RE.test(parent.title);
}

function isSafeguard(n: OutlineNode): boolean {
  return SAFEGUARD_RE.test(n.parent?.title ?? '') || SAFEGUARD_RE.test(n.title);
}

/**
 * An article that frames the text rather than assigning work (第一条（目的依据）, 第二条　适用范围, 第三条（概念定义）,
 * 第二十一条（其他）): no task, as a part titled so lists no measure. Principles are not among them: an article titled
 * 管理原则 may still name who answers for what.
 */
const FRAMING_ARTICLE_RE = /目的|依据|适用|范围|定义|附则|施行|解释|^[(（]?其他[)）]?$/;
/**
 * An article's title is a heading of a few words (（适用范围）, 施行日期); an article printed with its text on its line has its
 * first clause for a title (第十四条区应急局通过适用性、安全性评估，…, 普陀 2025), where such a word says nothing.
 */
const MAX_HEADING_TITLE = 10;
/** An article whose text speaks of the text itself (本办法所称…, 本办法适用于…, 本办法由X负责解释, 本办法自…起施行): framing. */
const ABOUT_THE_TEXT_RE = /^本(?:办法|规定|细则|实施细则|意见|条例|规则|制度)(?:所称|适用|由|自|有效期|所指|中)/u;

export function isFramingArticle(n: OutlineNode): boolean {
  const title = n.title.trim();
  return isArticle(n) && ((title.length <= MAX_HEADING_TITLE && FRAMING_ARTICLE_RE.test(title)) || ABOUT_THE_TEXT_RE.test(title));
}
