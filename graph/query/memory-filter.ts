// The filter predicates of the memory engine; cypher-filter.ts states the same rules in Cypher.
import type { GraphNode } from '../model.ts';
import type { FilterStep, FindStep } from './schema.ts';

export type DocLookup = (id: string) => GraphNode | undefined;

/** The documents an item belongs to: its own, or every document a shared node (unit, place…) appears in. */
export function documentKeys(node: GraphNode): string[] {
  if (node.label === 'Document') return [node.id];
  if (typeof node.properties.docId === 'string') return [node.properties.docId];
  return Array.isArray(node.properties.docIds) ? node.properties.docIds.map(String) : [];
}

/** A document is of year Y when its date starts with Y, or its period or title contains Y. */
function documentOfYear(doc: GraphNode, year: string): boolean {
  const { date, period } = doc.properties;
  return (typeof date === 'string' && date.startsWith(year)) || (typeof period === 'string' && period.includes(year)) || doc.name.includes(year);
}

function anyDocument(node: GraphNode, docs: DocLookup, test: (doc: GraphNode) => boolean): boolean {
  if (node.label === 'Document') return test(node);
  return documentKeys(node).some((id) => {
    const doc = docs(id);
    return doc !== undefined && doc.label === 'Document' && test(doc);
  });
}

function jurisdictionOk(node: GraphNode, jurisdiction: string, docs: DocLookup): boolean {
  if (node.label === 'Unit') return node.properties.jurisdiction === jurisdiction;
  return anyDocument(node, docs, (d) => d.properties.jurisdiction === jurisdiction);
}

function yearOk(node: GraphNode, year: number, docs: DocLookup): boolean {
  if (node.label === 'Target') return node.properties.year === year;
  return anyDocument(node, docs, (d) => documentOfYear(d, String(year)));
}

function sectionOk(node: GraphNode, section: string): boolean {
  if (node.label !== 'Task' && node.label !== 'Section') return false;
  const prefix = section.endsWith('/') ? section.slice(0, -1) : section;
  const path = node.properties.path;
  return typeof path === 'string' && (path === prefix || path.startsWith(`${prefix}/`));
}

/** Every property condition of a filter step (has/lacks are checked by the engine). */
export function nodeMatches(node: GraphNode, f: FilterStep, docs: DocLookup): boolean {
  if (f.labels && !f.labels.includes(node.label)) return false;
  if (f.name !== undefined && !node.name.includes(f.name)) return false;
  if (f.docIds && !documentKeys(node).some((id) => f.docIds?.includes(id))) return false;
  if (f.section !== undefined && !sectionOk(node, f.section)) return false;
  if (f.jurisdiction !== undefined && !jurisdictionOk(node, f.jurisdiction, docs)) return false;
  if (f.year !== undefined && !yearOk(node, f.year, docs)) return false;
  if (f.level !== undefined && !anyDocument(node, docs, (d) => d.properties.level === f.level)) return false;
  return true;
}

export function documentMatches(doc: GraphNode, f: Extract<FindStep, { by: 'document' }>): boolean {
  return (!f.ids || f.ids.includes(doc.id)) && (f.title === undefined || doc.name.includes(f.title))
    && (f.jurisdiction === undefined || doc.properties.jurisdiction === f.jurisdiction);
}
