// Which documents a question is limited to: 在《…》里, 立山区的方案, 2023年的方案 — and the words that said so.
import { simplifyShortText } from '../../../graph/read/script.ts';
import { docOf, documentLabel, namedPlaces, type GraphView } from './view.ts';
import { narrowByPlanWords } from './scope-plan-words.ts';
import { nodesMaybeContaining } from './view-sets.ts';

export interface Scope {
  docIds: string[];
  /** How the answer names the scope: 《title》 or 《a》、《b》. */
  label: string;
  /** The question with the scope phrase blanked, so its words are not read as names. */
  rest: string;
  /** The documents each scope phrase names, in the question's order (莲都区有、丽水市没有: 莲都's, then 丽水's). */
  groups: string[][];
}

/** Words every plan's title shares: they pick no document. */
const GENERIC_TITLE = /^(关于|印发|行动方案|实施方案|工作方案|分工方案|责任分工方案|任务分解|政府工作报告|重点工作|的通知|方案)$/u;
const MIN_TITLE_PIECE = 4;
/** A title piece closed by its genre word with at least four characters of topic before it (促进居民消费意见). */
const TITLE_GENRE_END = /\p{Script=Han}{4}(?:方案|意见|计划|规划|要点|纲要|办法|通报)$/u;
/**
 * What follows a document's name when the question means the document (…方案里, …文件中); never across 和 to a second
 * name, nor past a 里 that already closed the name (工作要点里研究制订的文件: 文件 there is the question's own word), nor over a
 * question word (谁牵头制定准入清单). 任务表, 分工(表), 分解 and 征求意见稿 are genres too (浙江知识产权那张任务表, 咸宁2016年的分工),
 * and 那份通报 one phrase (宿州那份通报); a bare 通报 is left to the year and title readings (2017年的民生工程通报).
 */
// 计划目标 / 计划指标 are a heading's words (2024年经济社会发展计划目标), not a plan called by its genre.
// 那份 / 这份 stand for the genre (安庆那份里, 蚌埠那份没有).
const DOC_WORD = /^[^，,。?？和与跟及、里谁哪在]{0,8}?(方案|文件|文档|报告|计划|任务表|分工表|分工|分解|征求意见稿|意见|(?:那份|这份)(?:通报|(?!方案|文件|文档|报告|计划|分工|分解|通知|意见|要点)))(?!目标|指标)(里面|里|中|内|当中|上)?(的)?/u;
const BLANK = '\u3000';

function blank(text: string, start: number, end: number): string {
  return text.slice(0, start) + BLANK.repeat(end - start) + text.slice(end);
}

/** The longest piece of `title` (≥ 4 characters, not a generic word) that the question contains. */
function titlePiece(question: string, title: string, questionPieces: Set<string>): { start: number; end: number } | null {
  // reach[i]: the longest piece starting at i whose every 4-character window is in the question; longer ones cannot occur there.
  const reach = new Array<number>(title.length + 1).fill(0);
  for (let i = title.length - MIN_TITLE_PIECE; i >= 0; i--) {
    reach[i] = questionPieces.has(title.slice(i, i + MIN_TITLE_PIECE)) ? Math.max(MIN_TITLE_PIECE, reach[i + 1] + 1) : 0;
  }
  for (let len = Math.min(title.length, question.length); len >= MIN_TITLE_PIECE; len--) {
    for (let i = 0; i + len <= title.length; i++) {
      if (reach[i] < len) continue;
      const piece = title.slice(i, i + len);
      // A year or a generic word names no one document; 2023年的方案 is the year's scope.
      if (GENERIC_TITLE.test(piece) || (piece.match(/\p{Script=Han}/gu) ?? []).filter((c) => c !== '年').length < 3) continue;
      const at = question.indexOf(piece);
      if (at >= 0) return { start: at, end: at + len };
    }
  }
  return null;
}

/** Per view: each way a question names a document's place (重庆市沙坪坝区, 沙坪坝区, 沙坪坝) → that place, the places
 *  of each document, and each 4-character piece of a title → the documents (in view order) whose title has it. */
interface TitleIndex {
  /** Longest form first, so 沙坪坝区 is blanked whole before 沙坪坝 is looked for: sorted once, not per question. */
  places: Array<[form: string, place: string]>;
  placesOfDoc: Map<string, string[]>;
  pieces: Map<string, number[]>;
}

const titleIndexes = new WeakMap<GraphView, TitleIndex>();

/** 重庆市沙坪坝区 → 沙坪坝区, 沙坪坝; 黑龙江省 → 黑龙江: the province or city before a district is often left out. */
function placeForms(place: string): string[] {
  const local = place.replace(/^\p{Script=Han}{2,3}?[省市](?=\p{Script=Han}{2,}[市区县]$)/u, '');
  const core = local.replace(/(?:街道|[省市区县])$/u, '');
  return [...new Set([place, local, ...(core.length >= 2 ? [core] : [])])];
}

const HEADER_PLACE_CHARS = 200;

/**
 * A document's places: its own, or for one whose header gives none (未知, a bare level) those its title and opening name.
 * A city's or province's plan whose title names a district's (上海市奉贤区民政局关于印发《奉贤区…方案》) is that district's
 * too: staff call it by the district.
 */
function placesOfDoc(d: GraphView['documents'][number], view: GraphView): string[] {
  const header = () => `${d.title}\n${String(view.nodes.get(d.id)?.properties.text ?? '').slice(0, HEADER_PLACE_CHARS)}`;
  if (d.place && d.place !== '未知') {
    // A district's plan issued by one of its 街道 (上海市闵行区人民政府古美路街道办事处, 《古美路街道…方案》) is that 街道's:
    // staff call it by the 街道.
    if (/[区县]$/u.test(d.place)) return [...new Set([d.place, ...namedPlaces(header()).filter((p) => p.endsWith('街道'))])];
    if (!/[省市]$/u.test(d.place)) return [d.place];
    const finer = namedPlaces(d.title).filter((p) => /(?:区|县|街道)$/u.test(p));
    return [...new Set([d.place, ...finer])];
  }
  return [...new Set(namedPlaces(header()))];
}

function titleIndex(view: GraphView): TitleIndex {
  const known = titleIndexes.get(view);
  if (known) return known;
  const places = new Map<string, string>();
  const placesOf = new Map<string, string[]>();
  for (const d of view.documents) {
    placesOf.set(d.id, placesOfDoc(d, view));
    for (const place of placesOf.get(d.id)!) for (const form of placeForms(place)) if (!places.has(form)) places.set(form, place);
  }
  const pieces = new Map<string, number[]>();
  view.documents.forEach((d, i) => {
    for (let at = 0; at + MIN_TITLE_PIECE <= d.title.length; at++) {
      const piece = d.title.slice(at, at + MIN_TITLE_PIECE);
      const list = pieces.get(piece);
      if (!list) pieces.set(piece, [i]);
      else if (list.at(-1) !== i) list.push(i);
    }
  });
  const index = { places: [...places.entries()].sort((a, b) => b[0].length - a[0].length), placesOfDoc: placesOf, pieces };
  titleIndexes.set(view, index);
  return index;
}

/** A longer known name starts here and holds the place (莲都经开区管委会, 丽水开发区管委会): the place is part of that name. */
export type InsideName = (q: string, at: number, length: number) => boolean;

const YEAR_BEFORE = /(?<!\d)(?:19|20)\d{2}年度?$/u;
const ASK_PHRASE_END = /(?:哪些|哪几|哪|什么|几|多少)(?:项|个|条|家)?(?:(?:牵头|负责|责任|配合|参与)?(?:单位|部门)|任务|工作|事项|项目)$/u;

/** Where a form of a place occurs on its own: a bare 沙坪坝 must not be glued to a word before it. */
function placeAt(q: string, form: string, insideName: InsideName): number {
  for (let at = q.indexOf(form); at >= 0; at = q.indexOf(form, at + 1)) {
    const bare = !/[省市区县]$/u.test(form);
    // 配合辽宁的…: after a duty verb, a bare place followed by 的 starts its own phrase.
    const afterVerb = /[合头责与加管]/u.test(q[at - 1] ?? '') && q[at + form.length] === '的';
    // 哪些任务安徽的… / 几项任务松江… (an English question read): right after the question's own phrase, a bare place starts the next one.
    const afterAsk = ASK_PHRASE_END.test(q.slice(0, at));
    // 2021年六安的通报: a year said first is the plan's, and the place after it starts the phrase (order does not matter).
    const afterYear = YEAR_BEFORE.test(q.slice(0, at));
    // …目标是盘锦没有的: 是 before a place starts its phrase as 和 does.
    // RCEP国家, 东盟国家: a bare place after a word (Latin letters too) is part of that word.
    if (bare && at > 0 && /[\p{Script=Han}A-Za-z]/u.test(q[at - 1]) && !/[在和与跟、比对的是]/u.test(q[at - 1]) && !afterVerb && !afterAsk && !afterYear) continue;
    if (!insideName(q, at, form.length)) return at;
  }
  return -1;
}


/** The shortest part's name a genre word may end (配套文件, 实施细则). */
const MIN_PART_NAME = 4;

/**
 * How much of what follows a place is the plan's phrase (…方案里): up to a part's name the genre word ends instead (崇明入市
 * 配套文件里, where 配套文件 is the plan's （一）制订试点配套文件 and no title says it): that name is the question's.
 */
function docTail(after: string, view: GraphView): number {
  const tail = DOC_WORD.exec(after);
  if (!tail) return 0;
  const genreEnd = tail[0].indexOf(tail[1]) + tail[1].length;
  for (let from = 0; from + MIN_PART_NAME <= genreEnd; from++) {
    const phrase = after.slice(from, genreEnd);
    // 任务分解 is a heading any plan may carry, as its genre (二、任务分解): the plan's phrase, not one part's name.
    if (phrase.startsWith('的') || GENRE_WORDS_OF_ANY_PLAN.test(phrase.slice(0, -tail[1].length)) || view.documents.some((d) => d.title.includes(phrase))) continue;
    if (nodesMaybeContaining(view, phrase).some((n) => (n.label === 'Section' || n.label === 'Task') && n.name.includes(phrase))) return from;
  }
  return tail[0].length;
}

function byJurisdiction(q: string, view: GraphView, insideName: InsideName): Scope | null {
  const forms = titleIndex(view).places;
  const places = new Map<string, number>();
  const ends = new Map<string, number>();
  let rest = q;
  for (const [form, place] of forms) {
    const at = placeAt(rest, form, insideName);
    if (at < 0) continue;
    if (!places.has(place)) places.set(place, at), ends.set(place, at + form.length);
    rest = blank(rest, at, at + form.length + docTail(rest.slice(at + form.length), view));
  }
  if (places.size === 0) return null;
  const placesOf = (d: GraphView['documents'][number]) => titleIndex(view).placesOfDoc.get(d.id) ?? [];
  const groups = [...places.entries()].sort((a, b) => a[1] - b[1]).map(([place]) => {
    const own = view.documents.filter((d) => placesOf(d).includes(place));
    const topic = topicAfterPlace(q, ends.get(place)!, own);
    if (!topic) return own.map((d) => d.id);
    rest = blank(rest, topic.start, topic.end);
    return topic.docs.map((d) => d.id);
  });
  const docs = view.documents.filter((d) => groups.some((g) => g.includes(d.id)));
  return { docIds: docs.map((d) => d.id), label: docs.map(documentLabel).join('、'), rest, groups };
}

const MAX_TOPIC = 8;
const SAID_BY_PLAN_WORDS = /季度|通报|方案|要点|意见|计划|清单|报告|细则/u;
/** Words before a genre word that any plan may carry (分工方案, 三年行动计划): no topic of one plan. */
const GENRE_WORDS_OF_ANY_PLAN = /^(?:的|工作|实施|行动|三年行动|三年|分工|任务|责任|年度|专项|重点|整治|二|三|四|一|第[一二三四])$/u;

/**
 * 长宁一网通办里 / 长宁消防那份, where the place has several plans: the words right after the place that some but not all
 * of their titles write (一网通办 in 2019年长宁区深入推进“一网通办”工作要点 only) pick those plans, the longest such words first.
 */
function topicAfterPlace(q: string, end: number, own: GraphView['documents']): { docs: GraphView['documents']; start: number; end: number } | null {
  if (own.length < 2) return null;
  const start = q[end] === '的' ? end + 1 : end;
  const said = /^\p{Script=Han}+/u.exec(q.slice(start, start + MAX_TOPIC))?.[0] ?? '';
  // The topic ends at the genre word (奉贤农村公路方案里: 农村公路); a genre word right after a word of every plan (分工方案,
  // 工作要点) or a quarter (杨浦二季度和三季度, 玉环的分工方案和三季度通报) is narrowByPlanWords' to read, one group each.
  const genreAt = said.search(SAID_BY_PLAN_WORDS);
  const run = genreAt < 0 ? said : said.slice(0, genreAt);
  if (genreAt >= 0 && (run.length < 2 || GENRE_WORDS_OF_ANY_PLAN.test(run))) return null;
  for (let len = run.length; len >= 2; len--) {
    const words = run.slice(0, len);
    const docs = own.filter((d) => d.title.includes(words));
    if (docs.length === 0 || docs.length === own.length) continue;
    // 虹口风貌防灾里: the words run on in the title's order (历史风貌区…防灾) up to the 里 that closes the plan's name.
    const tail = SHORT_TITLE_TAIL.exec(q.slice(start + len))?.[1] ?? '';
    const more = tail && docs.every((d) => inOrder(words + tail, d.title)) ? tail.length : 0;
    return { docs, start, end: start + len + more };
  }
  return null;
}

/** The rest of a plan's shortened name, closed by 里 / 那份 / its genre word. */
const SHORT_TITLE_TAIL = /^(\p{Script=Han}{1,6}?)(?=的?(?:那份|这份|方案|意见|文件|办法|里面|里|中))/u;

/** Documents whose title shares a 4-character piece with the question, in view order: the only ones titlePiece can match. */
function titleCandidates(q: string, qPieces: Set<string>, view: GraphView): GraphView['documents'] {
  const { pieces } = titleIndex(view);
  const hits = new Set<number>();
  for (const piece of qPieces) for (const i of pieces.get(piece) ?? []) hits.add(i);
  return [...hits].sort((a, b) => a - b).map((i) => view.documents[i]);
}

/**
 * How many of the question's two-character words a document's title and 文号 write: between plans whose titles share the
 * piece the question says (海绵城市 in 普陀's 实施方案 and 临港's 指导意见; 市场监管 in one issuer's 2022 and 2023 plans), the
 * rest of the question's words (临港, 指导意见; 排查整治, 2022) tell which one is meant.
 */
function sharedPairs(q: string, d: GraphView['documents'][number]): number {
  const own = `${d.title}${d.docNumber ?? ''}`;
  const pairs = new Set<string>();
  for (let at = 0; at + 2 <= q.length; at++) pairs.add(q.slice(at, at + 2));
  return [...pairs].filter((p) => own.includes(p)).length;
}

function byTitle(q: string, view: GraphView): Scope | null {
  let best: { docId: string; title: string; start: number; end: number; piece: number; shared: () => number } | null = null;
  const qPieces = new Set<string>();
  for (let at = 0; at + MIN_TITLE_PIECE <= q.length; at++) qPieces.add(q.slice(at, at + MIN_TITLE_PIECE));
  for (const d of titleCandidates(q, qPieces, view)) {
    const hit = titlePiece(q, d.title, qPieces);
    if (!hit) continue;
    // A title's piece names the document only when the question calls it a document (双城经济圈方案里).
    // So does a piece that ends in the title's own genre word after a topic of its own (促进居民消费意见和…).
    const tail = DOC_WORD.exec(q.slice(hit.end));
    if (!tail && !(hit.end - hit.start >= d.title.length - 2) && !TITLE_GENRE_END.test(q.slice(hit.start, hit.end))) continue;
    const end = hit.end + (tail?.[0].length ?? 0);
    // The longer piece of a title wins, then the longer phrase: 建筑垃圾运输的方案 is the plan whose title says 建筑垃圾运输,
    // not one saying only 建筑垃圾 with 运输的方案 read as its tail.
    // Then, between titles that tie on both, the one that writes more of the question's other words (sharedPairs).
    const piece = hit.end - hit.start;
    const phrase = end - hit.start;
    let memo: number | null = null;
    const shared = () => (memo ??= sharedPairs(q, d));
    const longer = !best || piece > best.piece || (piece === best.piece && phrase > best.end - best.start);
    const tied = best !== null && piece === best.piece && phrase === best.end - best.start && hit.start === best.start;
    if (longer || (tied && shared() > best!.shared())) best = { docId: d.id, title: d.title, start: hit.start, end, piece, shared };
  }
  return best ? { docIds: [best.docId], label: documentLabel(view.documents.find((d) => d.id === best.docId)!), rest: blank(q, best.start, best.end), groups: [[best.docId]] } : null;
}

/** 在X里 with X a shortened title: its characters in the title's order (人才工程 for 推进人才集聚工程). */
const IN_DOC = /在([\p{Script=Han}A-Za-z0-9]{4,12}?)(?:的?(?:方案|文件|意见|报告|计划))?(?:里面|里|中|当中|内)/u;
/** Without 在, a question that opens with a shortened title closed by its genre word (爱卫工作要点里, 十二五纲要分工通知中). */
const OPENS_WITH_DOC = /^([\p{Script=Han}A-Za-z0-9]{4,12}?)的?(?:方案|意见|报告|计划|要点|通知|清单|办法|纲要)(?:里面|里|中|当中|内)/u;

/** Whether `title` holds every character of `short` in order (人才工程 in 推进人才集聚工程). */
export function inOrder(short: string, title: string): boolean {
  let at = 0;
  for (const ch of short) {
    at = title.indexOf(ch, at);
    if (at < 0) return false;
    at++;
  }
  return true;
}

/** 在人才工程里 / 爱卫工作要点里: the one document whose title holds the phrase's characters in order, its first two together. */
function byShortTitle(q: string, view: GraphView): Scope | null {
  const m = IN_DOC.exec(q) ?? OPENS_WITH_DOC.exec(q);
  if (!m) return null;
  const short = m[1];
  const docs = view.documents.filter((d) => d.title.includes(short.slice(0, 2)) && inOrder(short, d.title));
  if (docs.length !== 1) return null;
  return { docIds: [docs[0].id], label: documentLabel(docs[0]), rest: blank(q, m.index, m.index + m[0].length), groups: [[docs[0].id]] };
}

/**
 * A document number (发文字号) as staff write or retype it: 平政办〔2013〕11号, 平政办[2013]11号, 平政办2013年11号 —
 * the issuer's prefix, the year and the number, whatever brackets hold the year.
 */
const DOC_NUMBER = /(\p{Script=Han}{1,10}?)[〔\[【(（]?((?:19|20)\d{2})[〕\]】)）年]?第?0*(\d{1,4})号/u;
/** The same typed with nothing between (杨府办202048 for 杨府办〔2020〕48号), as some sites print it too. */
const COMPACT_DOC_NUMBER = /(\p{Script=Han}{1,10}?)((?:19|20)\d{2})(\d{1,4})(?![\d%％.])/u;
/** What may follow the number when the question means the document: 平政办〔2013〕11号文件里, …11号里. */
const NUMBER_TAIL = /^(?:文件|文|通知|方案|意见)?(?:里面|里|中|内|当中)?(?:的)?/u;

/** 平政办〔2013〕11号里…: the document whose own number it is (the question's prefix may carry a word before: 在平政办…). */
function byDocNumber(q: string, view: GraphView): Scope | null {
  const asked = DOC_NUMBER.exec(q) ?? COMPACT_DOC_NUMBER.exec(q);
  if (!asked) return null;
  const docs = view.documents.filter((d) => {
    const own = d.docNumber ? DOC_NUMBER.exec(d.docNumber) : null;
    return own !== null && asked[1].endsWith(own[1]) && own[2] === asked[2] && own[3] === asked[3];
  });
  if (docs.length === 0) return null;
  const prefix = DOC_NUMBER.exec(docs[0].docNumber!)![1];
  const start = asked.index + asked[1].length - prefix.length;
  const end = asked.index + asked[0].length + (NUMBER_TAIL.exec(q.slice(asked.index + asked[0].length))?.[0].length ?? 0);
  return { docIds: docs.map((d) => d.id), label: docs.map(documentLabel).join('、'), rest: blank(q, start, end), groups: [docs.map((d) => d.id)] };
}

/** 2023年的方案: documents whose title carries the year. */
function byYear(q: string, view: GraphView): Scope | null {
  const m = /((?:19|20)\d{2})年?的?(方案|文件|计划)/u.exec(q);
  if (!m) return null;
  const docs = view.documents.filter((d) => d.title.includes(m[1]));
  if (docs.length === 0) return null;
  return { docIds: docs.map((d) => d.id), label: docs.map(documentLabel).join('、'), rest: blank(q, m.index, m.index + m[0].length), groups: [docs.map((d) => d.id)] };
}

/** 2022年和2023年两份燃气方案: two years, then what both plans are about (a few characters, or none) and their genre. */
const TWO_YEARS = /((?:19|20)\d{2})年?(?:和|与|跟|、)((?:19|20)\d{2})年?(?:的)?(?:两|2)?(?:份|个|版)?(?:的)?(\p{Script=Han}{0,6}?)(?:方案|文件|计划|意见|通知|报告)(?:里面|里|中|内)?(?:的)?/u;

/**
 * 2022年和2023年两份燃气方案 with no place said: per year, the plans that carry it (in title or 文号) and whose title writes
 * the topic's characters in order (燃气整治 in 燃气安全专项整治) — one group per year, in the question's order; null
 * unless each year picks a plan of its own.
 */
function byTwoYears(q: string, view: GraphView): Scope | null {
  const m = TWO_YEARS.exec(q);
  if (!m) return null;
  const topic = m[3];
  const groups = [m[1], m[2]].map((year) => view.documents.filter((d) => carriesYear(d, year) && (!topic || inOrder(topic, d.title))).map((d) => d.id));
  if (groups.some((g) => g.length === 0) || groups[0].some((id) => groups[1].includes(id))) return null;
  const docIds = groups.flat();
  return { docIds, label: docIds.map((id) => documentLabel(view.documents.find((d) => d.id === id)!)).join('、'), rest: blank(q, m.index, m.index + m[0].length), groups };
}

/** A year said of a plan (2020年的分解, 2023年那份, 2024年的方案里): the year, and the words that call it a plan. */
const YEAR_OF_PLAN = /((?:19|20)\d{2})\s*年?(?:的|那份|那个|那版|版)?(?:(?:方案|文件|计划|分解|分工|通知|意见)(?:里面|里|中|内)?(?:的)?)?/gu;

function carriesYear(d: GraphView['documents'][number], year: string): boolean {
  return d.title.replace(/\s/gu, '').includes(`${year}年`) || (d.docNumber ?? '').includes(year) || fileNameOfYear(d.title, year);
}

/** A file name standing in for the title (xianning-shisanwu-2016) carries its year as a whole number. */
function fileNameOfYear(title: string, year: string): boolean {
  return !/\p{Script=Han}/u.test(title) && new RegExp(`(?<!\\d)${year}(?!\\d)`, 'u').test(title);
}

/** Of a plan that names no place: a year as a whole number, also in a file name its title fell back to (luan-minsheng-2017). */
function placelessOfYear(d: GraphView['documents'][number], year: string): boolean {
  return carriesYear(d, year) || new RegExp(`(?<!\\d)${year}(?!\\d)`, 'u').test(d.title);
}

/** Unit names with a duty in each document: what tells the same issuer's plans of other years. */
function unitNamesByDoc(view: GraphView): Map<string, Set<string>> {
  const out = new Map<string, Set<string>>();
  for (const d of view.duties) {
    const doc = docOf(d.task);
    const names = out.get(doc) ?? new Set<string>();
    names.add(d.unit.name);
    out.set(doc, names);
  }
  return out;
}

/**
 * 舟山2023年的分解 / …是2020年那份没有的: where a place has several plans loaded, each year said that some of them carry
 * (in title or 文号) picks those, one group per year in the question's order; a year none carries is left to the readers.
 * A place with one plan keeps it (铜川和海曙2023年: 铜川's one plan, then 海曙's of 2023).
 */
function narrowByYear(q: string, place: Scope, view: GraphView): Scope {
  if (place.groups.every((g) => g.length < 2)) return withPlacelessYears(q, place, view);
  const doc = (id: string) => view.documents.find((d) => d.id === id)!;
  // Read in the question itself: the place's own phrase may have taken the year (舟山2023年的分解里).
  const years = [...q.matchAll(YEAR_OF_PLAN)];
  let rest = place.rest;
  let narrowed = false;
  const groups = place.groups.flatMap((g) => {
    if (g.length < 2) return [g];
    const picked: string[][] = [];
    for (const m of years) {
      const carrying = g.filter((id) => carriesYear(doc(id), m[1]));
      // A year none of them carries (长沙2012年那份, beside its 2021 notice): the plan whose copy names no year at all (a
      // table kept without its title) rather than another year's.
      const ids = carrying.length ? carrying : g.filter((id) => !/(?:19|20)\d{2}/u.test(doc(id).title + (doc(id).docNumber ?? '')));
      if (ids.length === 0 || ids.length === g.length) continue;
      picked.push(ids);
      rest = blank(rest, m.index!, m.index! + m[0].length);
    }
    narrowed ||= picked.length > 0;
    return picked.length ? picked : [g];
  });
  if (!narrowed) return place;
  const docIds = [...new Set(groups.flat())];
  return { docIds, label: docIds.map((id) => documentLabel(doc(id))).join('、'), rest, groups };
}

/**
 * 六安2017年和2021年的通报, where only the 2021 plan's header says 六安市: a year none of the place's plans carries picks a
 * plan of that year whose header names no place but which shares a unit with the place's plans — the same issuer's plan
 * of another year. Each year said keeps its group in the question's order; a year nothing carries (a plan titled by
 * months only: 1至9月份的通报) stands for the place's own plan that no year named.
 */
function withPlacelessYears(q: string, place: Scope, view: GraphView): Scope {
  // Most questions say no year: they never pay for the walk over every duty below.
  if (!/(?:19|20)\d{2}/u.test(q)) return place;
  const placeless = view.documents.filter((d) => !d.place);
  if (placeless.length === 0) return place;
  const doc = (id: string) => view.documents.find((d) => d.id === id)!;
  const units = unitNamesByDoc(view);
  const placeUnits = new Set(place.docIds.flatMap((id) => [...(units.get(id) ?? [])]));
  const sameIssuer = (d: GraphView['documents'][number]) => [...(units.get(d.id) ?? [])].some((u) => placeUnits.has(u));
  let rest = place.rest;
  const groups: string[][] = [];
  const unread: Array<{ at: number; m: RegExpMatchArray }> = [];
  let added = false;
  for (const m of [...q.matchAll(YEAR_OF_PLAN)]) {
    const own = place.groups.find((g) => g.some((id) => carriesYear(doc(id), m[1])));
    const ofYear = own ? [] : placeless.filter((d) => placelessOfYear(d, m[1]));
    // The same issuer's plan of that year; or, sharing no unit (淮南 2023's 市政府办 against a bureau's 2025 page), the one
    // placeless plan of that year there is.
    const issuers = ofYear.filter(sameIssuer);
    const picked = (issuers.length ? issuers : ofYear.length === 1 ? ofYear : []).map((d) => d.id);
    if (!own && picked.length === 0) {
      unread.push({ at: groups.length, m });
      continue;
    }
    if (own && groups.includes(own)) continue;
    groups.push(own ?? picked);
    added ||= !own;
    rest = blank(rest, m.index!, m.index! + m[0].length);
  }
  if (!added) return place;
  // The place's groups no year named go where a year was left unread; with none unread, the years said were all meant.
  for (const g of place.groups) {
    if (groups.includes(g) || !unread.length) continue;
    const { at, m } = unread.shift()!;
    groups.splice(at, 0, g);
    // That year is read (the place's own plan): its words are no name to look for.
    rest = blank(rest, m.index!, m.index! + m[0].length);
  }
  const docIds = [...new Set(groups.flat())];
  return { docIds, label: view.documents.filter((d) => docIds.includes(d.id)).map(documentLabel).join('、'), rest, groups };
}

/** 两份通报 / 两年的方案 / 这三个文件: how many of a place's plans the question speaks of. */
const PLAN_COUNT = /(?<![\d一二三四五六七八九十])(两|二|三|2|3)(?:份|个|年|期|版)的?(?:通报|方案|文件|报告|计划|分解|通知|清单)/u;
const COUNT_VALUE: Record<string, number> = { 两: 2, 二: 2, 2: 2, 三: 3, 3: 3 };

/**
 * 六安的两份通报 with no year said, where only one of 六安's plans names the place in its header: the plans counted beyond
 * the place's own are the placeless plans that share the most unit names with them (the same issuer's other years).
 */
function withCountedPlans(q: string, place: Scope, view: GraphView): Scope {
  if (place.groups.length !== 1 || /(?:19|20)\d{2}/u.test(q)) return place;
  const m = PLAN_COUNT.exec(q);
  const wanted = m ? COUNT_VALUE[m[1]] - place.docIds.length : 0;
  if (wanted <= 0) return place;
  const units = unitNamesByDoc(view);
  const placeUnits = new Set(place.docIds.flatMap((id) => [...(units.get(id) ?? [])]));
  // Ranked by the share of their unit names in common (Jaccard), so a long plan naming every body of the city does not win;
  // two shared names at least: one common body (市财政局) is what any two plans of one level share.
  const candidates = view.documents.filter((d) => !d.place).map((d) => {
    const own = units.get(d.id) ?? new Set<string>();
    const n = [...own].filter((u) => placeUnits.has(u)).length;
    return { d, n, share: n / (own.size + placeUnits.size - n) };
  });
  const strong = candidates.filter((c) => c.n >= 2);
  // 天津两份文件 where the draft beside 天津's own plan shares one body with it (市工业和信息化局): with exactly as many
  // placeless plans sharing a name as the count asks for, those are the plans meant.
  const sharing = candidates.filter((c) => c.n >= 1);
  const pool = strong.length ? strong : sharing.length === wanted ? sharing : [];
  const picked = pool.sort((a, b) => b.share - a.share).slice(0, wanted).map((c) => c.d);
  if (picked.length === 0) return place;
  const docIds = [...place.docIds, ...picked.map((d) => d.id)];
  return { docIds, label: view.documents.filter((d) => docIds.includes(d.id)).map(documentLabel).join('、'), rest: place.rest, groups: [place.docIds, ...picked.map((d) => [d.id])] };
}

/** A title that names no genre of plan (a file name, a page header): the document has no title of its own to be asked by. */
const GENRE_IN_TITLE = /方案|计划|规划|通知|意见|要点|报告|分解|办法|纲要|清单|决定|通报|细则|行动/u;
/**
 * X计划 / X方案 / X行动要点 / X那份征求意见稿 / X那份: a plan called by its topic (蓝天计划, 土壤方案, 新市民那份征求意见稿,
 * 应急通信那份: 那份 stands for the genre, as in DOC_WORD), the characters (not 的) before the genre word; never 计划目标 / 计划指标, a heading's words (as in DOC_WORD).
 */
const TOPIC_PLAN = /((?:(?!的)\p{Script=Han}){2,8}?)(?:(?:的|那份|这份|那个|这个)?(?:计划|方案|要点|征求意见稿|举措)(?!目标|指标)|那份|这份)(?:里面|里|中|当中|内)?/gu;
/** Words that point at a plan rather than name its topic (这个方案, 哪份计划, 两个方案). */
const POINTING = /^(?:这|那|哪|该|本|各|此|两|三|几|每)|年/u;

interface Topical { id: string; titled: boolean; text: string }
const topicalDocs = new WeakMap<GraphView, Topical[]>();

/**
 * Each document's text in simplified script (a 繁體 repost's too) with the names of its units blanked: 劳动保障 inside
 * (市劳动保障局) names the body that does an item, not what the plan is about.
 */
function topicalTexts(view: GraphView): Topical[] {
  let known = topicalDocs.get(view);
  if (!known) {
    const units = unitNamesByDoc(view);
    known = view.documents.map((d) => {
      const names = [...(units.get(d.id) ?? [])].filter((n) => n.length >= 2).sort((a, b) => b.length - a.length);
      const text = names.reduce((t, n) => t.replaceAll(n, BLANK), simplifyShortText(String(view.nodes.get(d.id)?.properties.text ?? '')));
      return { id: d.id, titled: GENRE_IN_TITLE.test(d.title), text };
    });
    topicalDocs.set(view, known);
  }
  return known;
}

/**
 * 蓝天计划 / 土壤方案 where no title writes the topic (工作方案 names none): the one untitled document (its file name stood
 * in) whose text writes it outside its units' names; failing one, the one titled document whose text does (劳动保障那份
 * for a 分解落实方案 whose notice speaks of 劳动保障各项工作).
 */
function byTopic(q: string, view: GraphView): Scope | null {
  const docs = topicalTexts(view);
  if (!docs.some((d) => !d.titled)) return null;
  let rest = q;
  const groups: string[][] = [];
  for (const m of q.matchAll(TOPIC_PLAN)) {
    for (let from = 0; from + 2 <= m[1].length; from++) {
      const topic = m[1].slice(from);
      if (POINTING.test(topic) || view.documents.some((d) => GENRE_IN_TITLE.test(d.title) && d.title.includes(topic))) continue;
      const writing = docs.filter((d) => d.text.includes(topic));
      const untitled = writing.filter((d) => !d.titled);
      const hits = untitled.length ? untitled : writing;
      if (hits.length !== 1) continue;
      if (!groups.some((g) => g[0] === hits[0].id)) groups.push([hits[0].id]);
      rest = blank(rest, m.index! + from, m.index! + m[0].length);
      break;
    }
  }
  if (groups.length === 0) return null;
  const docIds = groups.flat();
  return { docIds, label: docIds.map((id) => documentLabel(view.documents.find((d) => d.id === id)!)).join('、'), rest, groups };
}

/** One scope after another in the question (places, a title, topics): their documents and groups together. */
function joined(a: Scope | null, b: Scope | null): Scope | null {
  if (!a || !b) return a ?? b;
  return { docIds: [...new Set([...a.docIds, ...b.docIds])], label: `${a.label}、${b.label}`, rest: b.rest, groups: [...a.groups, ...b.groups] };
}

/**
 * 发展改革委在国办函〔2004〕21号和武汉的方案里: a plan named by its 文号 and another by its place, each a group, in the
 * order the question names them. A place whose plans hold the numbered one (沈阳市的沈政办发〔2024〕3号) only says whose it is.
 */
function withPlaceBeside(q: string, numbered: Scope, view: GraphView, insideName: InsideName): Scope {
  const place = byJurisdiction(numbered.rest, view, insideName);
  if (!place || place.docIds.some((id) => numbered.docIds.includes(id))) return numbered;
  const placeFirst = place.rest.search(/\u3000/u) < numbered.rest.search(/\u3000/u);
  const groups = placeFirst ? [...place.groups, ...numbered.groups] : [...numbered.groups, ...place.groups];
  const docIds = [...new Set(groups.flat())];
  return { docIds, label: docIds.map((id) => documentLabel(view.documents.find((d) => d.id === id)!)).join('、'), rest: place.rest, groups };
}

/**
 * The scope a question states, or null. With one document loaded there is nothing to limit, but a phrase that names it
 * (双城经济圈那个方案里) is still no topic of the question: it is read, and blanked, as that document.
 */
export function scopeOf(q: string, view: GraphView, insideName: InsideName = () => false): Scope | null {
  if (view.documents.length === 0) return null;
  if (view.documents.length === 1) return byTitle(q, view);
  const numbered = byDocNumber(q, view);
  if (numbered) return withPlaceBeside(q, numbered, view, insideName);
  const found = byJurisdiction(q, view, insideName);
  const place = found && withCountedPlans(q, narrowByPlanWords(q, narrowByYear(q, found, view), view), view);
  // Places, a title and topics together: the places' groups first, in their order, then the title's, then the topics'.
  const named = joined(place, byTitle(place?.rest ?? q, view));
  const all = joined(named, byTopic(named?.rest ?? q, view));
  return all ?? byTwoYears(q, view) ?? byYear(q, view) ?? byShortTitle(q, view);
}
