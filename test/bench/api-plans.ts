// Plans of the query language for the API bench: the documented examples' shapes over the served graph's own names.
import { PLAN_EXAMPLES } from '../../graph/query/examples.ts';

/** Names the example shapes are filled with, drawn from the served graph. */
export interface PlanNames {
  units: string[];
  places: string[];
  indicators: string[];
}

type Json = Record<string, unknown>;

/** The example's step with its names swapped for the i-th names of the served graph (labels say which list). */
function fill(step: Json, names: PlanNames, i: number): Json {
  const at = (list: string[], k: number) => list[k % list.length];
  if (step.op === 'find' && step.by === 'name') {
    const labels = (step.labels as string[] | undefined) ?? [];
    const list = labels.includes('Place') ? names.places : labels.includes('Unit') ? names.units : [];
    if (list.length === 0) return step;
    return { ...step, names: (step.names as string[]).map((_, k) => at(list, i + k)) };
  }
  if (step.op === 'find' && step.by === 'text' && names.indicators.length) return { ...step, text: at(names.indicators, i) };
  if (step.op === 'filter' && typeof step.name === 'string' && names.indicators.length) return { ...step, name: at(names.indicators, i) };
  return step;
}

/** Every documented example, `perShape` times over different names, one of each shape in turn. */
export function distinctPlans(names: PlanNames, perShape: number): unknown[] {
  const out: unknown[] = [];
  for (let i = 0; i < perShape; i++) {
    for (const example of PLAN_EXAMPLES) {
      // A second find by name in one plan (compare a with b) takes the next name, not the same one.
      let finds = 0;
      const steps = (example.plan.steps as Json[]).map((s) => fill(s, names, i + (s.op === 'find' && s.by === 'name' ? finds++ : 0)));
      out.push({ ...example.plan, steps });
    }
  }
  return out;
}

type Post = (path: string, body: unknown) => Promise<unknown>;

/**
 * The API bench's plans (api.ts), fetched the same way through any `post` (a socket, or app.request in one process):
 * the busiest units, the targets' indicators and the places, 200 each, each documented shape over 200 of them.
 */
export async function benchPlans(post: Post, perShape = 200, namesPerShape = 200): Promise<unknown[]> {
  const workload = (await post('/api/query/workload', { limit: namesPerShape })) as { units: { items: Array<{ unit: { name: string } }> } } | null;
  const targets = (await post('/api/query/targets', { limit: 500 })) as { targets: { items: Array<{ target: { indicator: string | null } }> } } | null;
  const places = (await post('/api/query', { steps: [{ op: 'find', by: 'label', labels: ['Place'] }, { op: 'return', what: 'entities', limit: namesPerShape }] })) as
    { result: { items: Array<{ name: string }> } } | null;
  const indicators = [...new Set((targets?.targets.items ?? []).map((i) => i.target.indicator ?? '').filter((n) => n.length >= 2))].slice(0, namesPerShape);
  return distinctPlans({ units: workload?.units.items.map((i) => i.unit.name) ?? [], places: places?.result.items.map((i) => i.name) ?? [], indicators }, perShape);
}
