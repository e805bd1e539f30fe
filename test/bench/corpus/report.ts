// Accuracy reports as text tables: headline metrics side by side, breakdowns, and one failing example per cause.
import { ENTITY_LABELS } from '../../../graph/model.ts';
import type { AccuracyReport, FailureExample, PRF, Ratio } from './evaluate.ts';

const pct = (x: number | null): string => (x === null ? 'n/a' : x.toFixed(3));
const ratioCell = (r: Ratio): string => (r.total === 0 ? 'n/a' : `${pct(r.rate)} (${r.hit}/${r.total})`);
const prfCell = (p: PRF): string => (p.tp + p.fp + p.fn === 0 ? 'n/a' : `P ${pct(p.precision)} R ${pct(p.recall)} F1 ${pct(p.f1)}`);

/** Headline rows: [metric, one cell per report]. */
export function accuracyRows(reports: AccuracyReport[]): string[][] {
  const row = (label: string, cell: (r: AccuracyReport) => string) => [label, ...reports.map(cell)];
  return [
    row('documents', (r) => String(r.documents)),
    row('task recall (by title / path)', (r) => `${pct(r.tasks.recall)} (${r.tasks.matched}/${r.tasks.truth})`),
    row('task precision', (r) => `${pct(r.tasks.precision)} (${r.tasks.matched}/${r.tasks.predicted})`),
    row('titles right (path-matched)', (r) => ratioCell(r.titles)),
    row('duty LEADS', (r) => prfCell(r.duties.lead)),
    row('duty SUPPORTS', (r) => prfCell(r.duties.support)),
    row('duty RESPONSIBLE_FOR', (r) => prfCell(r.duties.responsible)),
    row('duty all roles', (r) => prfCell(r.duties.all)),
    row('tasks with exact duties', (r) => ratioCell(r.exactTasks)),
    ...ENTITY_LABELS.map((l) => row(`${l} recall`, (r) => ratioCell(r.entities[l]))),
    row('target recall (indicator+value+unit+year)', (r) => ratioCell(r.targets.strict)),
    row('target recall (value+unit)', (r) => ratioCell(r.targets.loose)),
    row('jurisdiction', (r) => ratioCell(r.jurisdiction)),
  ];
}

function table(rows: string[][]): string {
  const widths = rows[0].map((_, i) => Math.max(...rows.map((r) => [...r[i]].length)));
  return rows.map((r) => r.map((c, i) => c + ' '.repeat(widths[i] - [...c].length)).join('  ')).join('\n');
}

export function markdownTable(header: string[], rows: string[][]): string {
  return [`| ${header.join(' | ')} |`, `|${header.map(() => ' --- ').join('|')}|`, ...rows.map((r) => `| ${r.join(' | ')} |`)].join('\n');
}

function breakdown(title: string, data: Record<string, Ratio>): string {
  const keys = Object.keys(data);
  if (keys.length === 0) return '';
  return `${title}\n${table([['', 'tasks with exact duties'], ...keys.map((k) => [k, ratioCell(data[k])])])}\n`;
}

/** One failing task per cause (its first convention + first noise kind): the smallest story of what breaks. */
export function failureExamples(failures: FailureExample[]): FailureExample[] {
  const seen = new Set<string>();
  return failures.filter((f) => {
    const key = `${f.conventions[0]}|${f.noise[0]?.split(':')[0] ?? ''}`;
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

function formatFailure(f: FailureExample): string {
  const show = (d: Record<string, string[]> | null) => (d ? ['lead', 'support', 'responsible'].map((r) => `${r}=[${d[r].join('、')}]`).join(' ') : '(task not found)');
  return [
    `- ${f.file} 「${f.title}」 conventions: ${f.conventions.join(', ')}${f.noise.length ? ` noise: ${f.noise.join('; ')}` : ''}`,
    `    expected ${show(f.expected)}`,
    `    got      ${show(f.got)}`,
    ...(f.text ? [`    text …${f.text.replace(/\n/g, '⏎')}`] : []),
  ].join('\n');
}

export function formatAccuracy(reports: AccuracyReport[], examples = 12): string {
  const parts = [table([['metric', ...reports.map((r) => r.name)], ...accuracyRows(reports)]), ''];
  for (const r of reports) {
    if (Object.keys(r.byConvention).length === 0) continue;
    parts.push(`## ${r.name}`, breakdown('by convention', r.byConvention), breakdown('by noise kind (any task carrying it)', r.byNoise),
      breakdown('by noise kind (tasks with that kind only)', r.byNoiseAlone), breakdown('by unit surface form', r.byForm));
    if (Object.keys(r.unitRepairs).length > 0) {
      parts.push(`damaged unit names still resolved to their unit\n${table([['', 'recovered'], ...Object.entries(r.unitRepairs).map(([k, v]) => [k, ratioCell(v)])])}\n`);
    }
    const shown = failureExamples(r.failures).slice(0, examples);
    if (shown.length > 0) parts.push(`failing tasks, one per cause (${r.failures.length} listed of ${r.exactTasks.total - r.exactTasks.hit}):`, ...shown.map(formatFailure), '');
  }
  return parts.join('\n');
}
