// Reviewers' decisions on IMPLEMENTS links: stable link ids, the stored record, and decisions applied to a pair's links.
//
// Why ids come from document titles and task paths, not node ids: a document's id is the hash of its bytes, so a
// lightly edited plan re-ingested gets new node ids; its title and the printed numbering (`二/(三)/1`) stay, and so
// must a reviewer's decision. Decisions live apart from the documents (they outlive a document's removal) and
// are matched to the loaded tasks by these keys whenever alignment is read. A decision also records each
// document's id: when the same bytes are read again by a parser that reads their title better, the title key
// changes but the id does not, and `rekeyDecisions` carries the decision over.
import { z } from 'zod';
import { AppError } from '../errors.ts';
import { stableId } from '../ids.ts';
import type { AlignmentLink, LinkStatus } from './schemas.ts';
import type { DocView, TaskView } from './task-view.ts';

const taskKeySchema = z.object({
  doc: z.string().min(1), path: z.string().min(1),
  /** The document's id (the hash of its bytes) when the decision was made; absent in decisions made before it was kept. */
  docId: z.string().min(1).optional(),
});

export const linkDecisionSchema = z.object({
  id: z.string().min(1),
  status: z.enum(['accepted', 'rejected']),
  note: z.string().max(2000).optional(),
  decidedAt: z.string(),
  /** The lower (carrying-out) task and the higher task, by document key and task path. */
  lower: taskKeySchema,
  higher: taskKeySchema,
});

export type LinkDecision = z.infer<typeof linkDecisionSchema>;
export type TaskKey = z.infer<typeof taskKeySchema>;

// Brackets, quotes, spaces and dashes vary between a draft and its final print; the words of a title do not.
const TITLE_NOISE = /[《》〈〉“”"\s（）()—\-]/g;

/** What identifies a plan across versions of its file: its title without punctuation noise. */
export function documentKey(doc: Pick<DocView, 'title'>): string {
  return doc.title.replace(TITLE_NOISE, '');
}

export function taskKey(doc: Pick<DocView, 'title' | 'id'>, task: Pick<TaskView, 'path'>): TaskKey {
  return { doc: documentKey(doc), path: task.path, docId: doc.id };
}

/** The link id of `lower` carrying out `higher`: the same for every ingest of the same (or a lightly edited) pair. */
export function linkId(lower: TaskKey, higher: TaskKey): string {
  return stableId('implements', lower.doc, lower.path, higher.doc, higher.path);
}

/**
 * The decisions with their document keys as the loaded documents read now: a decision whose document (by id) is
 * loaded under a title that reads differently takes the current title key and the link id that goes with it.
 * `stored` maps each moved decision's current id to the id it is stored under, so clearing or replacing it
 * removes the stored record.
 */
export function rekeyDecisions(docs: readonly Pick<DocView, 'id' | 'title'>[], decisions: readonly LinkDecision[]): { decisions: Map<string, LinkDecision>; stored: Map<string, string> } {
  const keyById = new Map(docs.map((d) => [d.id, documentKey(d)]));
  const current = (key: TaskKey): TaskKey => {
    const now = key.docId ? keyById.get(key.docId) : undefined;
    return now && now !== key.doc ? { ...key, doc: now } : key;
  };
  const out = new Map<string, LinkDecision>();
  const moved: [storedId: string, decision: LinkDecision][] = [];
  for (const d of decisions) {
    const lower = current(d.lower);
    const higher = current(d.higher);
    if (lower === d.lower && higher === d.higher) out.set(d.id, d);
    else moved.push([d.id, { ...d, id: linkId(lower, higher), lower, higher }]);
  }
  // A decision keyed by the current title was made later than one keyed by an older reading: it wins.
  const stored = new Map<string, string>();
  for (const [storedId, d] of moved) {
    if (out.has(d.id)) continue;
    out.set(d.id, d);
    stored.set(d.id, storedId);
  }
  return { decisions: out, stored };
}

/** Decisions by id, checked: a malformed record says which one and what is wrong. */
export function parseDecisions(records: unknown[], source: string): LinkDecision[] {
  return records.map((r, i) => {
    const parsed = linkDecisionSchema.safeParse(r);
    if (parsed.success) return parsed.data;
    const issue = parsed.error.issues[0];
    throw new AppError('BAD_INPUT', `${source}: 第 ${i + 1} 条审核决定无效 / decision ${i + 1} is invalid: ${issue?.path.join('.')} ${issue?.message ?? ''}`, {
      hint: 'Nothing was written. A decision needs id, status (accepted|rejected), decidedAt, lower and higher {doc, path}.',
    });
  });
}

/**
 * A pair's links with reviewers' decisions applied: each decided link takes its status (and note); an accepted or
 * rejected link the scorer did not suggest this time is added, scored by `score`, so it still shows.
 */
export function applyDecisions(
  lower: DocView, higher: DocView, links: readonly AlignmentLink[], decisions: ReadonlyMap<string, LinkDecision>,
  score: (l: TaskView, h: TaskView) => AlignmentLink,
): AlignmentLink[] {
  const out = links.map((l) => withDecision(l, decisions.get(l.id)));
  const shown = new Set(out.map((l) => l.id));
  const lowerKey = documentKey(lower);
  const higherKey = documentKey(higher);
  const lowerTasks = new Map(lower.tasks.map((t) => [t.path, t]));
  const higherTasks = new Map(higher.tasks.map((t) => [t.path, t]));
  for (const d of decisions.values()) {
    if (shown.has(d.id) || d.lower.doc !== lowerKey || d.higher.doc !== higherKey) continue;
    const l = lowerTasks.get(d.lower.path);
    const h = higherTasks.get(d.higher.path);
    if (l && h) out.push(withDecision(score(l, h), d));
  }
  return out;
}

function withDecision(link: AlignmentLink, decision: LinkDecision | undefined): AlignmentLink {
  if (!decision) return link;
  const status: LinkStatus = decision.status;
  return { ...link, status, ...(decision.note ? { note: decision.note } : {}) };
}
