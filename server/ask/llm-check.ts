// The model's program, checked as POST /api/query checks a plan (stray fields refused there too), plus names the graph lacks.
import { isAppError } from '../../graph/errors.ts';
import type { NodeLabel } from '../../graph/model.ts';
import type { Plan, Step } from '../../graph/query/schema.ts';
import { parsePlan } from '../../graph/query/validate.ts';
import type { Lexicon } from './lexicon.ts';
import { linkMentions } from './link.ts';

type Checked =
  | { ok: true; plan: Plan; renamed: string[] }
  | { ok: false; reason: 'invalid' | 'unknown-name'; detail: string };

/** The graph's own names for a name the model wrote (发改委 → 区发展改革委); null when it names nothing in the graph. */
function graphNames(name: string, labels: readonly NodeLabel[] | undefined, lexicon: Lexicon): string[] | null {
  const node = lexicon.nodes.get(name);
  if (node) return labels && !labels.includes(node.label) ? null : [name];
  const { mentions } = linkMentions(name.toLowerCase(), lexicon);
  // Whole names only; one character of slack for a trailing 等 or a dropped 区.
  if (mentions.length !== 1 || mentions[0].end - mentions[0].start < name.length - 1) return null;
  const names = mentions[0].targets.filter((t) => !labels || labels.includes(t.label)).map((t) => t.name);
  return names.length ? [...new Set(names)] : null;
}

interface Renamed {
  steps: Step[];
  renamed: string[];
  unknown: string[];
}

function renameSteps(plan: Plan, lexicon: Lexicon): Renamed {
  const out: Renamed = { steps: [], renamed: [], unknown: [] };
  for (const step of plan.steps) {
    if (step.op !== 'find' || step.by !== 'name' || step.match !== 'exact') {
      out.steps.push(step);
      continue;
    }
    const names = step.names.flatMap((name) => {
      const found = graphNames(name, step.labels, lexicon);
      if (!found) out.unknown.push(name);
      else if (found.length !== 1 || found[0] !== name) out.renamed.push(`把「${name}」理解为${found.map((n) => `「${n}」`).join('、')}`);
      return found ?? [name];
    });
    out.steps.push({ ...step, names: [...new Set(names)] });
  }
  return out;
}

function parsed(input: unknown): { plan: Plan } | { error: string } {
  try {
    return { plan: parsePlan(input).plan };
  } catch (error) {
    if (isAppError(error)) return { error: error.message };
    throw error;
  }
}

/** A program the language's validator accepts, with no stray field and every exact name the graph's own. */
export function checkProgram(raw: unknown, lexicon: Lexicon): Checked {
  const first = parsed(raw);
  if ('error' in first) return { ok: false, reason: 'invalid', detail: first.error };
  const { steps, renamed, unknown } = renameSteps(first.plan, lexicon);
  if (unknown.length) return { ok: false, reason: 'unknown-name', detail: `图中没有 / not in the graph: ${unknown.join('、')}` };
  const second = parsed({ ...first.plan, steps });
  if ('error' in second) return { ok: false, reason: 'invalid', detail: second.error };
  return { ok: true, plan: second.plan, renamed };
}
