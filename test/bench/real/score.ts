// Scores one parsed document against its hand labels: tasks found, units per role, leads, names as written.
import type { GraphBatch, GraphNode } from '../../../graph/model.ts';
import { PINYIN_GLOSS } from '../../../graph/normalise/glosses.ts';
import type { LabelFile, LabelledTask } from './labels.ts';

export const ROLES = ['lead', 'support', 'responsible'] as const;
export type Role = (typeof ROLES)[number];
const EDGE_ROLE: Record<string, Role> = { LEADS: 'lead', SUPPORTS: 'support', RESPONSIBLE_FOR: 'responsible' };

export interface Counts { labelled: number; parsed: number; matchedLabels: number; matchedParsed: number }
export interface DocScore {
  id: string;
  tasks: { labelled: number; found: number };
  units: Record<Role | 'all', Counts>;
  leads: { labelled: number; right: number };
  names: { shown: number; asWritten: number; notInText: string[] };
  missedTasks: string[];
  missedUnits: string[];
  extraUnits: string[];
  warnings: string[];
  error?: string;
}

/**
 * Width-folded, whitespace-free, without a mirror's pinyin glosses: the parser folds full-width forms and
 * drops the glosses (labels keep the text as written), PDFs and pages break lines anywhere.
 */
export const fold = (s: string) => s.normalize('NFKC').replace(PINYIN_GLOSS, '').replace(/\s+/g, '');

interface ParsedUnit { name: string; forms: Set<string> }
interface Duty { unit: ParsedUnit; role: Role; target: string }

function parsedDuties(batch: GraphBatch): Duty[] {
  const units = new Map<string, ParsedUnit>();
  for (const n of batch.nodes.filter((x) => x.label === 'Unit')) {
    const aliases = Array.isArray(n.properties.aliases) ? (n.properties.aliases as string[]) : [];
    units.set(n.id, { name: n.name, forms: new Set([n.name, ...aliases].map(fold)) });
  }
  const duties: Duty[] = [];
  for (const e of batch.edges) {
    const role = EDGE_ROLE[e.type];
    const unit = units.get(e.source);
    if (role && unit) duties.push({ unit, role, target: e.target });
  }
  return duties;
}

/** One parsed task per labelled task, in label order: first a title containing the key, else a text containing it. */
export function matchTasks(labels: LabelledTask[], tasks: GraphNode[]): (GraphNode | null)[] {
  const used = new Set<string>();
  const pick = (key: string, field: (n: GraphNode) => string) =>
    tasks.find((n) => !used.has(n.id) && fold(field(n)).includes(key)) ?? null;
  return labels.map((t) => {
    const key = fold(t.key);
    const hit = pick(key, (n) => n.name) ?? pick(key, (n) => String(n.properties.text ?? ''));
    if (hit) used.add(hit.id);
    return hit;
  });
}

const emptyCounts = (): Counts => ({ labelled: 0, parsed: 0, matchedLabels: 0, matchedParsed: 0 });

function scoreUnits(labels: LabelledTask[], matched: (GraphNode | null)[], duties: Duty[], score: DocScore): void {
  const labelOf = new Map<string, LabelledTask>();
  matched.forEach((n, i) => { if (n) labelOf.set(n.id, labels[i]); });
  labels.forEach((t, i) => {
    for (const role of ROLES) for (const name of t[role]) {
      const hit = duties.some((d) => d.role === role && d.target === matched[i]?.id && d.unit.forms.has(fold(name)));
      bump(score, role, 'labelled', hit ? 'matchedLabels' : null);
      if (!hit) score.missedUnits.push(`${t.number}${t.key}: ${role} ${name}`);
    }
  });
  for (const d of duties) {
    const t = labelOf.get(d.target);
    const hit = !!t && t[d.role].some((name) => d.unit.forms.has(fold(name)));
    bump(score, d.role, 'parsed', hit ? 'matchedParsed' : null);
    if (!hit) score.extraUnits.push(`${t ? t.number + t.key : '(未标注的节点)'}: ${d.role} ${d.unit.name}`);
  }
}

function bump(score: DocScore, role: Role, total: 'labelled' | 'parsed', matched: 'matchedLabels' | 'matchedParsed' | null): void {
  for (const k of [role, 'all'] as const) {
    score.units[k][total]++;
    if (matched) score.units[k][matched]++;
  }
}

function scoreLeads(labels: LabelledTask[], matched: (GraphNode | null)[], duties: Duty[], score: DocScore): void {
  labels.forEach((t, i) => {
    if (t.lead.length === 0) return;
    score.leads.labelled++;
    const leads = duties.filter((d) => d.role === 'lead' && d.target === matched[i]?.id);
    const everyLabel = t.lead.every((name) => leads.some((d) => d.unit.forms.has(fold(name))));
    const noExtra = leads.every((d) => t.lead.some((name) => d.unit.forms.has(fold(name))));
    if (matched[i] && everyLabel && noExtra) score.leads.right++;
  });
}

/**
 * A name occurs as written where the text has it at its own level: 区财政厅 inside 自治区财政厅 is the region's
 * 财政厅 shown under a district's name, so an occurrence right after 自治 does not count.
 */
export function writtenAt(body: string, name: string): boolean {
  for (let at = body.indexOf(name); at >= 0; at = body.indexOf(name, at + 1)) {
    if (!(/^[区县州]/u.test(name) && body.slice(Math.max(0, at - 2), at) === '自治')) return true;
  }
  return false;
}

function scoreNames(batch: GraphBatch, text: string, labels: LabelFile, score: DocScore): void {
  if (labels.script === '繁體') return; // names are shown simplified by design; the traditional form is an alias
  const body = fold(text);
  for (const n of batch.nodes.filter((x) => x.label === 'Unit')) {
    score.names.shown++;
    if (writtenAt(body, fold(n.name))) score.names.asWritten++;
    else score.names.notInText.push(n.name);
  }
}

export function emptyScore(id: string): DocScore {
  return {
    id, tasks: { labelled: 0, found: 0 },
    units: { lead: emptyCounts(), support: emptyCounts(), responsible: emptyCounts(), all: emptyCounts() },
    leads: { labelled: 0, right: 0 }, names: { shown: 0, asWritten: 0, notInText: [] },
    missedTasks: [], missedUnits: [], extraUnits: [], warnings: [],
  };
}

export function scoreDocument(id: string, labels: LabelFile, text: string, batch: GraphBatch): DocScore {
  const score = emptyScore(id);
  const tasks = batch.nodes.filter((n) => n.label === 'Task');
  const matched = matchTasks(labels.tasks, tasks);
  score.tasks = { labelled: labels.tasks.length, found: matched.filter(Boolean).length };
  labels.tasks.forEach((t, i) => { if (!matched[i]) score.missedTasks.push(`${t.number}${t.key}`); });
  const duties = parsedDuties(batch);
  scoreUnits(labels.tasks, matched, duties, score);
  scoreLeads(labels.tasks, matched, duties, score);
  scoreNames(batch, text, labels, score);
  score.warnings = batch.warnings.map((w) => `${w.code}: ${w.message}`);
  return score;
}

/** A document the pipeline could not read: every label counts as missed. */
export function failedDocument(id: string, labels: LabelFile, error: string): DocScore {
  const score = emptyScore(id);
  score.error = error;
  score.tasks.labelled = labels.tasks.length;
  score.missedTasks = labels.tasks.map((t) => `${t.number}${t.key}`);
  for (const t of labels.tasks) {
    if (t.lead.length) score.leads.labelled++;
    for (const role of ROLES) for (let k = 0; k < t[role].length; k++) bump(score, role, 'labelled', null);
  }
  return score;
}

/** Micro-averaged total over documents. */
export function totalScore(scores: DocScore[]): DocScore {
  const total = emptyScore('total');
  for (const s of scores) {
    total.tasks.labelled += s.tasks.labelled; total.tasks.found += s.tasks.found;
    total.leads.labelled += s.leads.labelled; total.leads.right += s.leads.right;
    total.names.shown += s.names.shown; total.names.asWritten += s.names.asWritten;
    for (const k of [...ROLES, 'all'] as const) {
      for (const f of ['labelled', 'parsed', 'matchedLabels', 'matchedParsed'] as const) total.units[k][f] += s.units[k][f];
    }
  }
  return total;
}
