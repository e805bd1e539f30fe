// The semantic reader: scope → names → decline or one of the readers, each composing a small plan over the graph.
import type { TaskIndex } from '../../search/task-index.ts';
import { functionWordForms, type LexTarget, type Lexicon } from '../lexicon.ts';
import { linkMentions, type Linked, type Mention } from '../link.ts';
import { planTerms } from '../normalise.ts';
import type { AlignmentData } from './alignment-data.ts';
import type { ReadCtx, Reader, Reading } from './common.ts';
import { declineOf, type Decline } from './decline.ts';
import { readAbsent } from './read-absent.ts';
import { readAlignment } from './read-alignment.ts';
import { readArticles } from './read-articles.ts';
import { readChains } from './read-chains.ts';
import { FUNCTION_WORD, readComparison } from './read-compare.ts';
import { readCompareTasks } from './read-compare-tasks.ts';
import { readDocFacts } from './read-doc-facts.ts';
import { readDocNumbers } from './read-doc-numbers.ts';
import { readDue } from './read-due.ts';
import { readDocuments } from './read-documents.ts';
import { readFigures } from './read-figures.ts';
import { readLeaders } from './read-leaders.ts';
import { readPerPlanFigures } from './read-per-plan-figures.ts';
import { readPlanText } from './read-plan-text.ts';
import { readPerPlanTopic } from './read-per-plan-topic.ts';
import { readMentions } from './read-mentions.ts';
import { readPerPlan } from './read-per-plan.ts';
import { readPerPlanTask } from './read-per-plan-task.ts';
import { readPerPlanUnit } from './read-per-plan-unit.ts';
import { readLevelUnits } from './read-level-units.ts';
import { readScopePlaces } from './read-scope-places.ts';
import { readSeat } from './read-seat.ts';
import { readSectionUnits } from './read-section-units.ts';
import { readSets } from './read-sets.ts';
import { readStages } from './read-stages.ts';
import { readStructure } from './read-structure.ts';
import { readTargets } from './read-targets.ts';
import { readTaskFields } from './read-task-fields.ts';
import { readTopic } from './read-topic.ts';
import { readUnits } from './read-units.ts';
import { readUnitTargets } from './read-unit-targets.ts';
import { scopeOf, type InsideName, type Scope } from './scope.ts';
import { scopeByIssuer } from './scope-issuer.ts';
import { tasksByOpening } from './task-opening.ts';
import { taskByOrdinal } from './task-ordinal.ts';
import { docOf, type GraphView } from './view.ts';
import { nodesMaybeContaining } from './view-sets.ts';

export type { Reading } from './common.ts';

/** Most specific first: cross-level questions (only with aligned plans), structure and sets look for their own words; topic reading is the last resort. */
const READERS: Reader[] = [readAlignment, readSeat, readArticles, readStages, readStructure, readSets, readLevelUnits, readPlanText, readScopePlaces, readPerPlanTopic, readDocNumbers, readDocFacts, readLeaders, readTaskFields, readPerPlanUnit, readDocuments, readPerPlanFigures, readDue, readFigures, readSectionUnits, readMentions, readChains, readComparison, readCompareTasks, readAbsent, readUnitTargets, readUnits, readTargets, readPerPlan, readPerPlanTask, readTopic];

export interface Read {
  linked: Linked;
  scope: Scope | null;
  decline: Decline | null;
  reading: Reading | null;
}

function targetsOf(mentions: Mention[], kind: Mention['kind']): LexTarget[] {
  const out = new Map<string, LexTarget>();
  for (const m of mentions) if (m.kind === kind) out.set(m.targets[0].id, m.targets[0]);
  return [...out.values()];
}

/** The share of the question's words that occur in some task or section. */
function coverage(question: string, index: TaskIndex): number {
  const words = index.tokenize(question);
  if (words.length === 0) return 0;
  return words.filter((w) => index.matches(w)).length / words.length;
}

/** Whether a phrase occurs word for word in one of the tasks that share most of its words. */
function inPlans(index: TaskIndex): (phrase: string) => boolean {
  return (phrase) => index.search(phrase, 5).some((h) => h.task.name.includes(phrase) || h.task.text.includes(phrase));
}

/** Per index: what inPlans said of each of TERM_VARIANTS' forms (normalise.ts), a few dozen words in all. */
const termsInPlans = new WeakMap<TaskIndex, Map<string, boolean>>();

/**
 * inPlans remembered per index, for planTerms: a search for each variant a question says (服务 of 政务服务 ranks
 * thousands of tasks at 1,000 documents) gives the same answer until the graph changes.
 */
function termInPlans(index: TaskIndex): (phrase: string) => boolean {
  let known = termsInPlans.get(index);
  if (!known) termsInPlans.set(index, (known = new Map()));
  const memo = known;
  const search = inPlans(index);
  return (phrase) => memo.get(phrase) ?? memo.set(phrase, search(phrase)).get(phrase)!;
}

/** A name the lexicon knows starts at `at` and runs past the place: the place is part of it (莲都经开区管委会). */
function insideName(lexicon: Lexicon): InsideName {
  return (q, at, length) => (lexicon.byPrefix.get(q.slice(at, at + 2)) ?? []).some((f) => f.text.length > length && q.startsWith(f.text, at));
}

/** The units filed under one function word (发展改革部门) with `unit`: the bodies of its function, at every level. */
function sameFunction(lexicon: Lexicon, unit: LexTarget): LexTarget[] {
  const out = new Map<string, LexTarget>();
  for (const f of functionWordForms(lexicon)) if (f.targets.some((t) => t.id === unit.id)) for (const t of f.targets) out.set(t.id, t);
  return [...out.values()];
}

/**
 * With a scope, a name several jurisdictions share (发改委, 区财政局) means the units that have duties in it; a name
 * with none there (区发改局 asked of a plan that writes 区发展和改革局) means that plan's body of the same function and level.
 * So per plan of a scope of several (金乡和咸安的发改局: 咸安's 区发改局, 金乡's 县发展和改革局): each plan the name reaches
 * no unit of gets its own body of that function.
 */
function narrowToScope(linked: Linked, scope: Scope | null, view: GraphView, lexicon: Lexicon): Linked {
  if (!scope) return linked;
  const docs = new Set(scope.docIds);
  const docsOf = (t: LexTarget) => (view.byName.get(t.name) ?? []).flatMap((u) => (u.label === 'Unit' ? view.dutiesOfUnit.get(u.id) ?? [] : []))
    .map((d) => docOf(d.task)).filter((d) => docs.has(d));
  const mentions = linked.mentions.map((m) => {
    if (m.kind === 'task') return taskInScope(m, docs, view);
    if (m.kind !== 'unit') return m;
    const kept = m.targets.filter((t) => docsOf(t).length > 0);
    const reached = new Set(kept.flatMap(docsOf));
    if (reached.size === docs.size) return m.targets.length < 2 ? m : { ...m, targets: kept };
    const level = /^[区县市省]/u.exec(m.surface)?.[0];
    const peers = sameFunction(lexicon, m.targets[0]).filter((t) => !kept.includes(t) && (!level || t.name.startsWith(level))
      && docsOf(t).some((d) => !reached.has(d)));
    if (!peers.length) return kept.length && m.targets.length > 1 ? { ...m, targets: kept } : m;
    return { ...m, targets: [...kept, ...peers] };
  });
  return { ...linked, mentions };
}

/**
 * 省交通厅 where the plans write 省交通运输厅 and a district's 区交通局 answers to 交通厅: the linker matched the name
 * without the level word before it, which still says whose body is meant — that level's body of the same function.
 */
function keepLevel(linked: Linked, q: string, lexicon: Lexicon): Linked {
  let rest = linked.rest;
  const mentions = linked.mentions.map((m) => {
    const level = m.start > 0 && m.kind === 'unit' ? /[区县市省]/u.exec(rest[m.start - 1])?.[0] : undefined;
    if (!level) return m;
    // A short name that reaches several levels' bodies (交通厅: 区交通局, 省交通运输厅) keeps the ones at the level said.
    const atLevel = m.targets.filter((t) => t.name.startsWith(level));
    if (atLevel.length === m.targets.length) return m;
    const peers = atLevel.length ? atLevel : sameFunction(lexicon, m.targets[0]).filter((t) => t.name.startsWith(level));
    if (!peers.length) return m;
    rest = `${rest.slice(0, m.start - 1)}\u3000${rest.slice(m.start)}`;
    return { ...m, start: m.start - 1, surface: q.slice(m.start - 1, m.end), targets: peers };
  });
  return { mentions, rest };
}

/**
 * 规上 is how staff and some plans write 规模以上, and a bracketed abbreviation (地区生产总值(GDP)) is the plan's aside:
 * one spelling to compare a question's words with a plan's.
 */
const spelledOut = (s: string) => s.replaceAll('规上', '规模以上').replace(/[(（][A-Za-z0-9.]{2,8}[)）]/gu, '');

/**
 * A task's words (地区生产总值增长) that name another plan's task, asked of a scope whose own task opens with the
 * same words (地区生产总值增长5%以上): the scope's task is meant.
 */
function taskInScope(m: Mention, docs: ReadonlySet<string>, view: GraphView): Mention {
  const inDocs = (id: string) => docs.has(String(view.nodes.get(id)?.properties.docId ?? ''));
  if (m.targets.some((t) => inDocs(t.id))) return { ...m, targets: m.targets.filter((t) => inDocs(t.id)) };
  // A heading several plans write (职责分工) is linked to one plan's part: the scope's own part of that name is meant.
  const named = (view.byName.get(m.targets[0]?.name ?? '') ?? []).filter((n) => (n.label === 'Task' || n.label === 'Section') && inDocs(n.id));
  if (named.length) return { ...m, targets: named.map((t) => ({ id: t.id, label: t.label, name: t.name })) };
  const words = spelledOut(m.surface);
  const own = [...docs].flatMap((d) => view.tasksByDoc.get(d) ?? []).filter((t) => spelledOut(t.name).startsWith(words));
  return own.length ? { ...m, targets: own.map((t) => ({ id: t.id, label: t.label, name: t.name })) } : m;
}

/** 各地的发展改革委 / 各个文件里的发改委分别…: the name stands for each place's body of that function. */
const EACH_PLACE = /各地|各级|各个?(文件|方案|地方)|(?<!各)(文件|方案)里?分别/u;

function acrossPlaces(linked: Linked, q: string, scope: Scope | null, lexicon: Lexicon): Linked {
  if (scope || !EACH_PLACE.test(q)) return linked;
  const mentions = linked.mentions.map((m) => {
    if (m.kind !== 'unit' || /^[区县市省]/u.test(m.surface)) return m;
    const peers = sameFunction(lexicon, m.targets[0]);
    return peers.length > m.targets.length ? { ...m, targets: peers } : m;
  });
  return { ...linked, mentions };
}

/** A function word (财政部门) stands for all its units, which the readers answer each: no ambiguity to report. */
function functionAsRead(m: Mention): Mention {
  return m.kind === 'unit' && m.targets.length > 1 && FUNCTION_WORD.test(m.surface) ? { ...m, targets: [m.targets[0]] } : m;
}

/** A body's name ends in its kind (局, 委, 办, 厅, 部 …); 知识产权 before 工作 is the work's topic, not 知识产权局 shortened. */
const BODY_END = /[局委办厅部署会院室处科所站队心组府行司]$/u;
const TOPIC_AFTER = /^(?:工作|这块|那块|方面|领域)/u;

function topicsNotUnits(linked: Linked, q: string): Linked {
  const kept = linked.mentions.filter((m) => m.kind !== 'unit' || BODY_END.test(m.surface) || !TOPIC_AFTER.test(q.slice(m.end)));
  if (kept.length === linked.mentions.length) return linked;
  // The topic's words are the question's again, for the readers that search by them.
  let rest = linked.rest;
  for (const m of linked.mentions) if (!kept.includes(m)) rest = rest.slice(0, m.start) + q.slice(m.start, m.end) + rest.slice(m.end);
  return { mentions: kept, rest };
}

/** 市场监管局里谁来管 / 建管委内部哪个处负责: 里 after a unit and before the question's who asks for a body within it. */
const WITHIN_UNIT = /^(?:里面|里头|里|内部|内|中)(?:是|由|该|归)?(?:谁|哪个|哪些|哪一个|哪家)/u;

/**
 * A unit said as where to look (燃气工程安装乱收费的事市场监管局里谁来管) is no unit asked about: the answer is who, within it,
 * holds the task named — so the name is dropped and the task's units answer (the bodies of the plan's issuer among them).
 */
function withinUnitAsked(linked: Linked, q: string): Linked {
  if (!linked.mentions.some((m) => m.kind === 'task')) return linked;
  const kept = linked.mentions.filter((m) => m.kind !== 'unit' || !WITHIN_UNIT.test(q.slice(m.end)));
  return kept.length === linked.mentions.length ? linked : { ...linked, mentions: kept };
}

const ONE_ITEM = /[那这该此]一?(?:条|项|个任务|件事)/u;

/**
 * 宁波枢纽空铁一体那条: a place's name that runs on into the words of a task's title (全力保障宁波枢纽空铁一体主体工程…)
 * is part of that task's name, not the place asked about; the words go back to the question for the readers that search.
 */
function placesInTaskWords(linked: Linked, q: string, view: GraphView): Linked {
  // Only a question that points at one item (那条, 这一项) says a name is a task's: others never pay for the lookup.
  if (!ONE_ITEM.test(q)) return linked;
  const inTask = (m: Mention) => {
    const next = /^\p{Script=Han}{2}/u.exec(q.slice(m.end))?.[0];
    if (!next) return false;
    const phrase = q.slice(m.start, m.end) + next;
    return nodesMaybeContaining(view, phrase).some((n) => n.label === 'Task' && n.name.includes(phrase));
  };
  const kept = linked.mentions.filter((m) => m.kind !== 'entity' || m.targets[0].label !== 'Place' || !inTask(m));
  if (kept.length === linked.mentions.length) return linked;
  let rest = linked.rest;
  for (const m of linked.mentions) if (!kept.includes(m)) rest = rest.slice(0, m.start) + q.slice(m.start, m.end) + rest.slice(m.end);
  return { mentions: kept, rest };
}

/** The words scope-issuer.ts's PLAN_AFTER opens with: without one no name can be an issuer, and linking twice is skipped. */
const PLAN_WORD = /那份|这份|那个|这个|文件|方案|通报|报告/u;

/** The issuer's plan when the name before 那份 is a unit whose words the place scope consumed (scopeOf blanks what it reads). */
function issuerInScopeWords(q: string, placed: Scope, view: GraphView, lexicon: Lexicon): ReturnType<typeof scopeByIssuer> {
  const names = placesInTaskWords(topicsNotUnits(linkMentions(q, lexicon), q), q, view);
  const hit = scopeByIssuer(names, q, null, view);
  if (!hit) return null;
  const m = names.mentions.find((x) => !hit.linked.mentions.includes(x));
  return m && placed.rest.slice(m.start, m.end) !== q.slice(m.start, m.end) ? hit : null;
}

export function readQuestion(asked: string, view: GraphView, lexicon: Lexicon, index: TaskIndex, alignment: AlignmentData | null = null): Read {
  // The plans' own word for a thing the question names another way (国企 → 国有企业), before anything matches it.
  const normalised = planTerms(asked, termInPlans(index));
  const placed = scopeOf(normalised, view, insideName(lexicon));
  // 淮南机关事务局那份: a unit's name before 那份 names the plan it issued (scope-issuer.ts) — also when the place scope took
  // those words as a place's plan (淮南…那份), since the issuer's plan is the narrower reading.
  const early = placed && PLAN_WORD.test(normalised) ? issuerInScopeWords(normalised, placed, view, lexicon) : null;
  const found = early ? null : placed;
  const said = found?.rest ?? normalised;
  const names = early ? early.linked : placesInTaskWords(withinUnitAsked(topicsNotUnits(linkMentions(said, lexicon), said), said), said, view);
  const issuer = early ?? scopeByIssuer(names, said, found, view);
  const scope = issuer ? issuer.scope : found;
  const q = issuer ? issuer.q : said;
  const named = keepLevel(taskByOrdinal(tasksByOpening(issuer ? issuer.linked : names, view, scope), view, scope), q, lexicon);
  const linked = acrossPlaces(narrowToScope(named, scope, view, lexicon), q, scope, lexicon);
  const decline = declineOf(normalised, linked.rest, linked.mentions.length + (scope ? 1 : 0), () => coverage(normalised, index), inPlans(index));
  if (decline) return { linked, scope, decline, reading: null };
  const ctx: ReadCtx = {
    q, asked: normalised, rest: linked.rest, mentions: linked.mentions, view, lexicon, scope, index, alignment,
    units: targetsOf(linked.mentions, 'unit'), entities: targetsOf(linked.mentions, 'entity'), tasks: targetsOf(linked.mentions, 'task'),
  };
  for (const read of READERS) {
    const reading = read(ctx);
    if (!reading) continue;
    // A name read whole from the text: the pieces of it the linker took for other names are no reading to report.
    const whole = reading.op === 'search' ? String(reading.params.text) : '';
    const kept = whole ? { ...linked, mentions: linked.mentions.filter((m) => !whole.includes(m.surface)) } : linked;
    // 各地的X, or a short name answered for each body it may mean: the several names are the answer, not an ambiguity.
    const each = (!scope && EACH_PLACE.test(q)) || Array.isArray(reading.params.units);
    const reported = kept.mentions.map((m) => (each && m.kind === 'unit' ? { ...m, targets: [m.targets[0]] } : functionAsRead(m)));
    return { linked: { ...kept, mentions: reported }, scope, decline: null, reading };
  }
  return { linked, scope, decline: null, reading: null };
}
