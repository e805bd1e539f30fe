// Parse a plan and check what zod cannot: named sets defined before use, aggregates last, hops bounded, `return` desugared.
import { z } from 'zod';
import { EDGE_RULES } from '../store/batch/batch-schema.ts';
import { AppError } from '../errors.ts';
import { DUTY_TYPES, ENTITY_LABELS, NODE_LABELS, type EdgeType, type NodeLabel } from '../model.ts';
import { PLAN_LIMITS, planSchema, type FollowStep, type Plan, type Relation, type ReturnStep, type Step } from './schema.ts';

/** Total hops over all follows of one plan. */
const MAX_TOTAL_HOPS = 8;
const TERMINAL = new Set(['count', 'group', 'rank', 'compare', 'return']);

function bad(message: string, hint: string, issues?: unknown[]): AppError {
  return new AppError('BAD_INPUT', `查询计划无效 / invalid plan: ${message}`, { hint, issues });
}

/** The edge types a relation stands for. */
export function typesOf(rel: Relation, roles?: readonly string[]): EdgeType[] {
  if (rel !== 'DUTY' && !(DUTY_TYPES as readonly string[]).includes(rel)) return [rel];
  const duty = rel === 'DUTY' ? [...DUTY_TYPES] : [rel];
  if (!roles) return duty;
  const wanted = new Set(roles.map((r) => ({ lead: 'LEADS', support: 'SUPPORTS', responsible: 'RESPONSIBLE_FOR' })[r]));
  return duty.filter((t) => wanted.has(t));
}

type Labels = ReadonlySet<NodeLabel>;
const ALL: Labels = new Set(NODE_LABELS);
const TASKS: readonly NodeLabel[] = ['Task', 'Section'];

/** Labels the far end of `types` may have, seen from `from` in `direction`. */
function reach(from: Labels, types: EdgeType[], direction: 'out' | 'in' | 'both'): Set<NodeLabel> {
  const out = new Set<NodeLabel>();
  for (const type of types) {
    const rule = EDGE_RULES[type];
    if (direction !== 'in' && rule.source.some((l) => from.has(l))) rule.target.forEach((l) => out.add(l));
    if (direction !== 'out' && rule.target.some((l) => from.has(l))) rule.source.forEach((l) => out.add(l));
  }
  return out;
}

function afterFollow(from: Labels, step: FollowStep): Set<NodeLabel> {
  const types = typesOf(step.rel, step.roles);
  const all = new Set<NodeLabel>();
  let frontier: Labels = from;
  for (let hop = 0; hop < step.depth; hop += 1) {
    frontier = reach(frontier, types, step.direction);
    frontier.forEach((l) => all.add(l));
  }
  return step.labels ? new Set(step.labels.filter((l) => all.has(l))) : all;
}

function afterFind(step: Extract<Step, { op: 'find' }>): Set<NodeLabel> {
  switch (step.by) {
    case 'name': return new Set(step.labels ?? ALL);
    case 'label': return new Set(step.labels);
    case 'text': return new Set(step.labels ?? TASKS);
    case 'document': return new Set(['Document']);
    case 'section': return new Set(['Section']);
  }
}

/** The follows that turn the current set into the kind of item `return` asks for. */
function returnHops(labels: Labels, what: ReturnStep['what']): Step[] {
  const has = (...ls: NodeLabel[]) => ls.some((l) => labels.has(l));
  const only = (...ls: NodeLabel[]) => [...labels].every((l) => ls.includes(l));
  const follow = (rel: Relation, direction: 'out' | 'in', targets: NodeLabel[], depth = 1): Step =>
    ({ op: 'follow', rel, direction, depth, labels: targets });
  const entityLabels = [...ENTITY_LABELS];
  switch (what) {
    case 'items': return [];
    case 'units': return only('Unit') ? [] : has('Task', 'Section') && only('Task', 'Section') ? [follow('DUTY', 'in', ['Unit'])]
      : only(...entityLabels) ? [follow('MENTIONS', 'in', [...TASKS]), follow('DUTY', 'in', ['Unit'])] : [{ op: 'filter', labels: ['Unit'] }];
    case 'tasks': return only('Task', 'Section') ? [] : only('Unit') ? [follow('DUTY', 'out', [...TASKS])]
      : only(...entityLabels) ? [follow('MENTIONS', 'in', [...TASKS])] : [{ op: 'filter', labels: [...TASKS] }];
    case 'targets': return only('Target') ? [] : only('Task', 'Section') ? [follow('SETS', 'out', ['Target'])] : [{ op: 'filter', labels: ['Target'] }];
    case 'sections': return only('Section') ? [] : only('Task') ? [follow('PART_OF', 'out', ['Section'])] : [{ op: 'filter', labels: ['Section'] }];
    case 'entities': return only(...entityLabels) ? [] : only('Task', 'Section') ? [follow('MENTIONS', 'out', entityLabels)]
      : [{ op: 'filter', labels: entityLabels }];
    case 'documents': return only('Document') ? [] : [{ op: 'filter', labels: ['Document'] }];
  }
}

function checkNames(step: Step, defined: Set<string>, at: number): void {
  const used: string[] = [];
  if (step.op === 'use') used.push(step.name);
  if (step.op === 'combine') used.push(step.with);
  if (step.op === 'compare') used.push(...step.sets);
  if (step.op === 'filter') for (const check of [step.has, step.lacks]) if (check?.in) used.push(check.in);
  if (step.op === 'rank' && step.by?.in) used.push(step.by.in);
  for (const name of used) {
    if (!defined.has(name)) throw bad(`step ${at + 1} uses set "${name}" before any "as" names it / 集合「${name}」未定义`, 'Add {"op":"as","name":"…"} earlier in the plan.');
  }
}

/**
 * Paths of fields in `raw` that the parsed plan does not have. zod drops unknown fields silently; a plan
 * that carries one (a `cypher`, a `set`, a misspelt `lables`) would run as something other than what was
 * written, so it is refused whole.
 */
function unknownFields(raw: unknown, parsed: unknown, path = '$'): string[] {
  if (Array.isArray(raw) && Array.isArray(parsed)) return raw.flatMap((v, i) => unknownFields(v, parsed[i], `${path}[${i}]`));
  if (!raw || typeof raw !== 'object' || !parsed || typeof parsed !== 'object') return [];
  return Object.entries(raw).flatMap(([key, value]) =>
    key in parsed ? unknownFields(value, (parsed as Record<string, unknown>)[key], `${path}.${key}`) : [`${path}.${key}`]);
}

/**
 * A valid plan with `return` turned into plain follows/filters and its limit, so engines only see
 * find/follow/filter/as/use/combine/count/group/rank/compare. Invalid input throws AppError BAD_INPUT.
 */
export function parsePlan(input: unknown): { plan: Plan; steps: Step[]; limit: number } {
  const parsed = planSchema.safeParse(input);
  if (!parsed.success) {
    throw bad(z.prettifyError(parsed.error).split('\n').slice(0, 2).map((l) => l.trim()).join(' '), 'See the "The query language" section of the README or GET /openapi.json.', parsed.error.issues);
  }
  const plan = parsed.data;
  const stray = unknownFields(input, plan);
  if (stray.length) throw bad(`unknown fields / 未知字段: ${stray.join(', ')}`, 'Remove them; the fields each step takes are listed in GET /openapi.json.');
  if (plan.steps[0].op !== 'find') throw bad('the first step must be a find / 第一步必须是 find', 'Start with {"op":"find",…}.');
  const defined = new Set<string>();
  const steps: Step[] = [];
  let labels: Labels = ALL;
  let hops = 0;
  let limit: number = PLAN_LIMITS.results;
  const sets = new Map<string, Labels>();
  plan.steps.forEach((step, at) => {
    if (at > 0 && TERMINAL.has(plan.steps[at - 1].op)) {
      throw bad(`step ${at + 1} follows a final step (${plan.steps[at - 1].op}) / 汇总和 return 必须是最后一步`, 'Put count/group/rank/compare/return last.');
    }
    checkNames(step, defined, at);
    if (step.op === 'follow') hops += step.depth;
    if (step.op === 'as') { defined.add(step.name); sets.set(step.name, labels); }
    if (step.op === 'return') {
      limit = step.limit;
      steps.push(...returnHops(labels, step.what));
      return;
    }
    steps.push(step);
    if (step.op === 'find') labels = afterFind(step);
    else if (step.op === 'follow') labels = afterFollow(labels, step);
    else if (step.op === 'use') labels = sets.get(step.name) ?? ALL;
    else if (step.op === 'combine' && step.how === 'union') labels = new Set([...labels, ...(sets.get(step.with) ?? [])]);
    else if (step.op === 'filter' && step.labels) labels = new Set(step.labels.filter((l) => labels.has(l)));
  });
  if (hops > MAX_TOTAL_HOPS) throw bad(`${hops} hops in all (at most ${MAX_TOTAL_HOPS}) / 跳数过多`, 'Use fewer or shallower follow steps.');
  if (steps.length > PLAN_LIMITS.steps + 2) throw bad('too many steps / 步骤过多', `At most ${PLAN_LIMITS.steps} steps.`);
  return { plan, steps, limit };
}
