// Role labels of duty annotations (牵头单位, 责任单位 …) and the roles that are not duties: data.

export type DutyRole = 'lead' | 'support' | 'responsible';

/** How a labelled list is read: a duty role, or a non-duty field kept apart from the duty edges. */
export type LabelMeaning =
  | { kind: 'duty'; role: DutyRole | 'supportOrResponsible' }
  /** A label whose value is a clause list of its own: 部门分工:X牵头,各地、各部门配合。 */
  | { kind: 'clauses' }
  | { kind: 'other'; field: string };

export const ROLE_LABELS: Record<string, LabelMeaning> = {
  牵头单位: { kind: 'duty', role: 'lead' },
  牵头部门: { kind: 'duty', role: 'lead' },
  牵头责任单位: { kind: 'duty', role: 'lead' },
  // A progress notice's item line (琼中 2022): (一)…牵头责任部门:X.
  牵头责任部门: { kind: 'duty', role: 'lead' },
  主要责任单位: { kind: 'duty', role: 'lead' },
  牵头负责单位: { kind: 'duty', role: 'lead' },
  主责单位: { kind: 'duty', role: 'lead' },
  主办单位: { kind: 'duty', role: 'lead' },
  // The same labels with 部门 for 单位 (主责部门 / 协作部门, as 牵头部门 / 配合部门 pair).
  主责部门: { kind: 'duty', role: 'lead' },
  主办部门: { kind: 'duty', role: 'lead' },
  牵头领导: { kind: 'other', field: '牵头领导' },
  责任单位: { kind: 'duty', role: 'supportOrResponsible' },
  责任部门: { kind: 'duty', role: 'supportOrResponsible' },
  实施单位: { kind: 'duty', role: 'supportOrResponsible' },
  承办单位: { kind: 'duty', role: 'supportOrResponsible' },
  // A project list's own-line fields (项目责任领导 / 项目责任单位 / 项目责任人 / 项目实施时间, 叶城 2026).
  项目责任单位: { kind: 'duty', role: 'supportOrResponsible' },
  // A bureau's own 工作要点 names its internal offices (芜湖市教育局 2024: (责任科室:组干科、机关党委)).
  牵头科室: { kind: 'duty', role: 'lead' },
  牵头处室: { kind: 'duty', role: 'lead' },
  牵头股室: { kind: 'duty', role: 'lead' },
  责任科室: { kind: 'duty', role: 'supportOrResponsible' },
  责任处室: { kind: 'duty', role: 'supportOrResponsible' },
  责任股室: { kind: 'duty', role: 'supportOrResponsible' },
  配合科室: { kind: 'duty', role: 'support' },
  配合处室: { kind: 'duty', role: 'support' },
  配合股室: { kind: 'duty', role: 'support' },
  配合单位: { kind: 'duty', role: 'support' },
  配合部门: { kind: 'duty', role: 'support' },
  参与单位: { kind: 'duty', role: 'support' },
  协办单位: { kind: 'duty', role: 'support' },
  协同单位: { kind: 'duty', role: 'support' },
  协同部门: { kind: 'duty', role: 'support' },
  协同责任单位: { kind: 'duty', role: 'support' },
  配合责任单位: { kind: 'duty', role: 'support' },
  协作单位: { kind: 'duty', role: 'support' },
  协作部门: { kind: 'duty', role: 'support' },
  协办部门: { kind: 'duty', role: 'support' },
  部门分工: { kind: 'clauses' },
  职责分工: { kind: 'clauses' },
  责任分工: { kind: 'clauses' },
  牵头负责领导: { kind: 'other', field: '牵头负责领导' },
  分管省领导: { kind: 'other', field: '分管领导' },
  分管市领导: { kind: 'other', field: '分管领导' },
  分管县领导: { kind: 'other', field: '分管领导' },
  分管区领导: { kind: 'other', field: '分管领导' },
  数据提供单位: { kind: 'other', field: '数据提供单位' },
  联系人: { kind: 'other', field: '联系人' },
  联系电话: { kind: 'other', field: '联系电话' },
  责任领导: { kind: 'other', field: '责任领导' },
  // Who oversees the work (a 督查室, a leader), not who does it: 督办单位:县政府督查室;承办单位:县发改局.
  督办单位: { kind: 'other', field: '督办单位' },
  督办领导: { kind: 'other', field: '责任领导' },
  包联领导: { kind: 'other', field: '责任领导' },
  包抓领导: { kind: 'other', field: '责任领导' },
  分管领导: { kind: 'other', field: '分管领导' },
  责任人: { kind: 'other', field: '责任人' },
  项目责任领导: { kind: 'other', field: '责任领导' },
  项目责任人: { kind: 'other', field: '责任人' },
  项目实施时间: { kind: 'other', field: '完成时限' },
  完成时限: { kind: 'other', field: '完成时限' },
  完成时间: { kind: 'other', field: '完成时限' },
  时间节点: { kind: 'other', field: '完成时限' },
  时限要求: { kind: 'other', field: '完成时限' },
};

/**
 * A label never listed is read by its parts, so a wording nobody has listed still reads (包头 2022: 牵头考核单位, as other
 * plans write 配合实施单位, 责任落实部门, 整改牵头单位, 具体承办科室, 协同配合部门): a short phrase that ends in a holder's
 * head word (单位, 部门, 科室, 处室, 股室, 主体, 机构) or a person's (领导, 人, 电话) and holds a role word. Its role is the
 * role word's: 牵头/主责/主办 lead, 配合/协办/协作/协同/参与/会同 support, 责任/负责/承办/实施/落实/承担/业主 responsible;
 * a person's head, or an oversight word with no lead or support word (督办, 督查, 考核, 包联, 包抓, 分管, 联系), names a
 * field kept out of the duties. Tried after every listed label, which keeps its own meaning. Unlike a listed label it must open
 * its clause (a bracket, a separator, a line's start): glued to the words before it, a phrase is body text.
 */
const HOLDER_HEAD = '(?:单位|部门|科室|处室|股室|主体|机构)';
const PERSON_HEAD = '(?:领导|联系人|责任人|负责人|人|电话)';
const LEAD_WORD = '牵头|主责|主办|主抓|主要责任|总负责';
const SUPPORT_WORD = '配合|协办|协作|协同|协助|参与|参加|会同';
const RESPONSIBLE_WORD = '责任|负责|承办|实施|落实|承担|业主|执行';
const OVERSIGHT_WORD = '督办|督查|督导|考核|包联|包抓|包保|分管|联系';
const ROLE_WORD = `${LEAD_WORD}|${SUPPORT_WORD}|${RESPONSIBLE_WORD}|${OVERSIGHT_WORD}`;
/** No place, no separator, no second holder inside (配合省级部门: is a clause): a few words around one role word. */
const LABEL_WORD = '(?:(?![单位部门省市县区州旗乡镇各])[\\u4e00-\\u9fff])';
const COMPOSED_LABEL = `(?<=^|[\\s(（〔【\\[,，;；。、:：])${LABEL_WORD}{0,3}?(?:${ROLE_WORD})${LABEL_WORD}{0,3}?(?:${HOLDER_HEAD}|${PERSON_HEAD})`;
const WHOLE_COMPOSED_LABEL = new RegExp(`^${LABEL_WORD}{0,3}?(?:${ROLE_WORD})${LABEL_WORD}{0,3}?(?:${HOLDER_HEAD}|${PERSON_HEAD})$`, 'u');

// Compiled once: labelMeaning runs for every label a document holds.
const PERSON_HEAD_END_RE = new RegExp(`${PERSON_HEAD}$`, 'u');
const LEAD_WORD_RE = new RegExp(LEAD_WORD, 'u');
const SUPPORT_WORD_RE = new RegExp(SUPPORT_WORD, 'u');
const OVERSIGHT_WORD_RE = new RegExp(OVERSIGHT_WORD, 'u');

/** The meaning of a composed label, from the words it holds (checked in this order). */
function composedMeaning(name: string): LabelMeaning | undefined {
  if (PERSON_HEAD_END_RE.test(name)) {
    if (/电话$/u.test(name)) return { kind: 'other', field: '联系电话' };
    return { kind: 'other', field: /领导$/u.test(name) ? '责任领导' : /联系/u.test(name) ? '联系人' : '责任人' };
  }
  // 牵头考核单位 / 配合考核单位 (包头 2022): the units leading and supporting the assessed work, so a lead or support
  // word wins over an oversight word; with only 责任 beside it (督办责任单位) the oversight names the role.
  if (LEAD_WORD_RE.test(name)) return { kind: 'duty', role: 'lead' };
  if (SUPPORT_WORD_RE.test(name)) return { kind: 'duty', role: 'support' };
  if (OVERSIGHT_WORD_RE.test(name)) return { kind: 'other', field: '督办单位' };
  return { kind: 'duty', role: 'supportOrResponsible' };
}

/**
 * A level written before a label (省牵头单位:, 市责任单位:): a plan that divides work between levels says whose units
 * the list names (杭州 2021); the label means what it means alone.
 */
const LEVEL_PREFIX = '(?:自治区|自治州|自治县|[省市州县区])';
const LEVEL_PREFIX_RE = new RegExp(`^${LEVEL_PREFIX}(?=\\p{Script=Han}{4})`, 'u');

/** What a label means: its listed meaning, or one read from its parts (牵头考核单位 leads, 督查联系人 is no duty). */
export function labelMeaning(name: string): LabelMeaning | undefined {
  const unprefixed = name.replace(LEVEL_PREFIX_RE, '');
  if (unprefixed !== name) return labelMeaning(unprefixed);
  const listed = ROLE_LABELS[name];
  if (listed || !WHOLE_COMPOSED_LABEL.test(name)) return listed;
  return composedMeaning(name);
}

export const LABEL_ALTERNATION = [...Object.keys(ROLE_LABELS).sort((a, b) => b.length - a.length), COMPOSED_LABEL].join('|');

/**
 * Symbols a mirror site sprinkles through the text (责任单位■★■■★◆:, 安徽 2024 on a spam mirror): between a label and
 * its colon they are no part of either.
 */
const DECORATION = '[\\s\\u25A0-\\u25FF\\u2605\\u2606]*';

/** A known label followed by a colon. */
export const LABEL_RE = new RegExp(`(${LABEL_ALTERNATION})${DECORATION}[:：]`, 'g');

/** A line that opens with a label: every known label, or a damaged one (钙单位) read from the lines around it. */
export const LABEL_LINE_RE = new RegExp(`^[ \\t]*(?:[-*•·]\\s*)?${LEVEL_PREFIX}?(${LABEL_ALTERNATION}|[^\\s:：,，、()（）]{1,2}单位)\\s*[:：][^\\n]*$`, 'gm');

/**
 * A label damaged by OCR (钙单位 for 牵头单位): one or two characters before 单位 and a colon.
 * It is only trusted where the annotation's shape says what it must be.
 */
export const DAMAGED_LABEL_RE = /([^\s,，、;；:：()（）]{1,2}单位)\s*[:：]/g;

/** Verbs that mark an unlabelled clause: X牵头 / Y配合 / Z负责 (a name may wrap across a line: `s`). */
export const CLAUSE_ROLES: { re: RegExp; role: DutyRole | 'responsibleOrSupport' }[] = [
  // 主办 / 协办 pair as 牵头 / 配合 do: (省财政厅主办,省国税局、地税局协办).
  // 牵头督导 / 牵头推进: the lead named with what it does as lead (潮州 2019); 总牵头, the lead over a whole project (黑龙江 2009).
  // 由X承办 names who carries the item (a township's 为民办实事 plan, 福建 2015); bare 承办 without 由 is left to its label.
  { re: /^由(.*?)承办$/s, role: 'lead' },
  { re: /^(?:由)?(.*?)(?:总牵头|牵头负责|牵头抓总|牵头实施|牵头落实|牵头督导|牵头督办|牵头推进|牵头组织|牵头协调|牵头|主办)$/s, role: 'lead' },
  // 协作 as 配合 (市食安办牵头,市食安委各有关成员单位协作).
  // 按职责分工配合 as 按职责分工负责 (安徽 2022: (X牵头,A、B按职责分工配合)): the manner is no part of the last name.
  // 参加 as 参与 ((A、B牵头,C、D参加), 济宁 2015; 金乡 2021: (责任单位:X牵头,A、B等有关部门参加,各镇街落实)).
  // 组织落实 after a lead: the places that carry out the lead's work ((X牵头负责，Y、各区政府组织落实), 上海 2023); alone, responsible.
  { re: /^(.*?)(?:按照?职责分工配合|按照?职责配合|分工配合|配合|参与|参加|协助|协同|协作|协办|组织落实)$/s, role: 'support' },
  // 按职责分工分别负责: the manner, no part of the last name (国务院 2015: (网信办、公安部按职责分工分别负责)).
  // 各负其责 (each answers for its own share): beside a 牵头 clause the units support it (a 市 依法行政 plan, ≈2004).
  // 按照职责分工负责 is the same manner written out (上海 2017: (A、B、C等按照职责分工负责。列第一位者为牵头单位)).
  // 负责相关工作 names what the share is, no more (上海 2012: (市工商局、市公安局…按职责负责相关工作), no lead: all responsible).
  { re: /^(?:由)?(.*?)(?:按照?职责分工负责|按照?职责分工分别负责|按照?职责分别负责|按照?职责分工落实|按照?职能职责负责|分工负责|共同负责|分别负责|按照?职责负责|具体负责|各负其责|负责)(?:(?:相关|有关)工作)?$/s, role: 'responsibleOrSupport' },
  // Verb frames that name who does the work without a role label: 由X实施 / 由X组织实施, X为责任主体, X为牵头单位.
  { re: /^由(.*?)(?:组织实施|具体实施|负责实施|实施|组织落实|落实)$/s, role: 'responsibleOrSupport' },
  // A reading rule (第一责任单位为牵头单位, 列第一位的为牵头部门) names a position in the list, not a unit.
  { re: /^(?![^为]*(?:第一|首位|排名|排在|列))(.*?)为(?:牵头单位|牵头部门|主责单位|主体责任单位)$/s, role: 'lead' },
  { re: /^(?![^为]*(?:第一|首位|排名|排在|列))(.*?)为(?:配合单位|配合部门|协办单位)$/s, role: 'support' },
  // X为主要责任单位 with no 牵头 names the units answering for the item, undifferentiated (a 市 依法行政 plan, ≈2007).
  { re: /^(?![^为]*(?:第一|首位|排名|排在|列))(.*?)为(?:责任主体|实施主体|责任单位|责任部门|主要责任单位|主要责任部门)$/s, role: 'responsibleOrSupport' },
];

/** Words that say an unlabelled parenthesis is a duty annotation. */
export const CLAUSE_HINT_RE = /(牵头(?:实施|落实|督导|督办|推进|组织|协调)?|配合|参与|参加|负责(?:(?:相关|有关)工作)?|各负其责|协助|协同|协作|主办|协办|实施|落实|为(?:牵头|配合|协办|责任|主责|主体责任|主要责任|实施)(?:单位|部门|主体))(?:[,，;；、)）]|$)/;

/** A person named by post (杨志武副市长, 李政文秘书长, 刘俊谦省长助理): answers for the work, but is not a unit. */
export const LEADER_POST = '(?:常务)?副?(?:省长|市长|区长|县长|州长|旗长|主席|秘书长|省长助理|市长助理)';
export const LEADER_RE = new RegExp(`^[^,，、]{0,12}?${LEADER_POST}$`);
