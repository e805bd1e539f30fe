// Plain-text table of a real-set report: one line per document, then the total and its definitions.
import type { RealReport } from './evaluate.ts';
import { ROLES, type Counts, type DocScore } from './score.ts';

const ratio = (a: number, b: number) => (b === 0 ? null : a / b);
const fmt = (x: number | null) => (x === null ? '  -  ' : x.toFixed(3));

export function prf(c: Counts): { p: number | null; r: number | null; f1: number | null } {
  const p = ratio(c.matchedParsed, c.parsed);
  const r = ratio(c.matchedLabels, c.labelled);
  const f1 = p === null || r === null ? null : p + r === 0 ? 0 : (2 * p * r) / (p + r);
  return { p, r, f1 };
}

export function metrics(s: DocScore) {
  return {
    taskRecall: ratio(s.tasks.found, s.tasks.labelled),
    units: Object.fromEntries([...ROLES, 'all'].map((k) => [k, prf(s.units[k as keyof DocScore['units']])])),
    leadAccuracy: ratio(s.leads.right, s.leads.labelled),
    namesAsWritten: ratio(s.names.asWritten, s.names.shown),
  };
}

const HEADER = 'doc                                   tasks        task-R  lead-F1 supp-F1 resp-F1 all-P  all-R  all-F1 lead-acc names';

function line(s: DocScore): string {
  const m = metrics(s);
  const u = m.units as Record<string, ReturnType<typeof prf>>;
  const cells = [
    s.id.padEnd(36), `${s.tasks.found}/${s.tasks.labelled}`.padEnd(12), fmt(m.taskRecall), fmt(u.lead.f1), fmt(u.support.f1),
    fmt(u.responsible.f1), fmt(u.all.p), fmt(u.all.r), fmt(u.all.f1), fmt(m.leadAccuracy), fmt(m.namesAsWritten),
  ];
  return cells.join('  ') + (s.error ? `  错误: ${s.error}` : '');
}

export function formatReport(report: RealReport, verbose: boolean): string {
  const out = [`real plans, set ${report.set}${report.damage ? `, damaged: ${report.damage}` : ''}: ${report.documents.length} documents`, HEADER];
  for (const s of report.documents) {
    out.push(line(s));
    if (verbose) {
      for (const t of s.missedTasks) out.push(`    未找到任务 missed task: ${t}`);
      for (const u of s.missedUnits) out.push(`    漏掉单位 missed unit: ${u}`);
      for (const u of s.extraUnits) out.push(`    多出单位 extra unit: ${u}`);
      for (const n of s.names.notInText) out.push(`    文中未出现的名称 name not in text: ${n}`);
    }
  }
  out.push(line(report.total));
  out.push('task-R: labelled tasks found (a parsed task title/text contains the title key); F1 per role and all roles over (task, unit, role);');
  out.push('lead-acc: labelled tasks with a lead whose parsed leads are exactly the labelled ones; names: displayed unit names found verbatim in the text (繁體 documents excluded).');
  return out.join('\n');
}
