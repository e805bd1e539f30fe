// Test helpers: run the whole pipeline on a text fragment and read duties back out of the batch.
import { sha256 } from '../../graph/ids.ts';
import type { GraphBatch, GraphNode } from '../../graph/model.ts';
import { buildBatch } from '../../graph/pipeline/build-batch.ts';
import { parseDocumentText } from '../../graph/pipeline/parse.ts';
import { UnitResolver } from '../../graph/units/resolver.ts';

export function batchOf(text: string, title = '测试方案', resolver = new UnitResolver()): GraphBatch {
  const parsed = parseDocumentText(text, resolver);
  return buildBatch(parsed, { source: 'test.txt', sha256: sha256(text), title, ingestedAt: '2026-01-01T00:00:00.000Z' }, resolver.naming());
}

export interface DutyRow {
  path: string;
  title: string;
  label: string;
  inferred: boolean;
  lead: string[];
  support: string[];
  responsible: string[];
}

/** One row per Task/Section: its units by role, names sorted. */
export function dutyTable(batch: GraphBatch): DutyRow[] {
  const byId = new Map(batch.nodes.map((n) => [n.id, n]));
  const rows = batch.nodes.filter((n) => n.label === 'Task' || n.label === 'Section').map((n): DutyRow => {
    const units = (type: string) => batch.edges.filter((e) => e.type === type && e.target === n.id).map((e) => byId.get(e.source)!.name).sort();
    return {
      path: n.properties.path as string, title: n.name, label: n.label, inferred: n.properties.inferred === true,
      lead: [...new Set(units('LEADS'))], support: [...new Set(units('SUPPORTS'))], responsible: [...new Set(units('RESPONSIBLE_FOR'))],
    };
  });
  return rows.sort((a, b) => (byId.get(idOf(batch, a.path))!.properties.start as number) - (byId.get(idOf(batch, b.path))!.properties.start as number));
}

function idOf(batch: GraphBatch, path: string): string {
  return batch.nodes.find((n) => n.properties.path === path)!.id;
}

export function row(batch: GraphBatch, path: string): DutyRow {
  const found = dutyTable(batch).find((r) => r.path === path);
  if (!found) throw new Error(`no task at ${path}: ${dutyTable(batch).map((r) => r.path).join(', ')}`);
  return found;
}

export function units(batch: GraphBatch): GraphNode[] {
  return batch.nodes.filter((n) => n.label === 'Unit');
}

/** Task rows with their units as the document writes them (the edge's surface form, less a trailing 等(部门)). */
export function writtenTasks(b: GraphBatch) {
  const byId = new Map(b.nodes.map((n) => [n.id, n]));
  const written = (taskId: string, type: string) => b.edges
    .filter((e) => e.type === type && e.target === taskId)
    .map((e) => String(e.properties.surface ?? byId.get(e.source)!.name).replace(/等(?:相关)?(?:部门|单位)?$/, '')).sort();
  return dutyTable(b).filter((r) => r.label === 'Task').map((r) => {
    const id = b.nodes.find((n) => n.properties.path === r.path)!.id;
    return { path: r.path, title: r.title, lead: written(id, 'LEADS'), support: written(id, 'SUPPORTS'), responsible: written(id, 'RESPONSIBLE_FOR') };
  });
}

/** The task rows of a text given line by line, units as written: what every real-duties test parses and reads. */
/** A task's units by role with each list sorted, to compare with units written from the text in any order. */
export const sortedDuties = (t: { lead: string[]; support: string[]; responsible: string[] }) =>
  ({ lead: [...t.lead].sort(), support: [...t.support].sort(), responsible: [...t.responsible].sort() });

export function tasksOfLines(lines: readonly string[], title?: string) {
  return writtenTasks(batchOf(lines.join('\n'), title));
}
