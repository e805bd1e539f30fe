// Plans for the memory/Neo4j contract, drawn from what the graph holds (names, aliases, paths, years, documents).
import type { GraphExport } from '../../../graph/model.ts';
import { PLAN_EXAMPLES } from '../../../graph/query/examples.ts';
import { DOCUMENT_LEVELS, type DocumentLevel } from '../../../graph/metadata/document-meta.ts';
import type { PlanInput } from '../../../graph/query/schema.ts';

const take = <T>(items: T[], n: number) => items.slice(0, n);

function unitPlans(name: string): PlanInput[] {
  const unit: PlanInput['steps'][number] = { op: 'find', by: 'name', names: [name], labels: ['Unit'] };
  return [
    { steps: [unit, { op: 'follow', rel: 'DUTY', direction: 'out' }, { op: 'return', what: 'tasks' }] },
    { steps: [unit, { op: 'follow', rel: 'LEADS', direction: 'out' }, { op: 'return', what: 'units' }] },
    { steps: [unit, { op: 'follow', rel: 'DUTY', direction: 'out', roles: ['support', 'responsible'] }, { op: 'as', name: 't' },
      { op: 'follow', rel: 'DUTY', direction: 'in' }, { op: 'rank', limit: 5 }] },
    { steps: [unit, { op: 'follow', rel: 'DUTY', direction: 'out' }, { op: 'return', what: 'entities' }] },
    { steps: [unit, { op: 'follow', rel: 'DUTY', direction: 'out' }, { op: 'group', by: 'document' }] },
  ];
}

function entityPlans(label: string, name: string): PlanInput[] {
  const entity = { op: 'find', by: 'name', names: [name], labels: [label] } as PlanInput['steps'][number];
  return [
    { steps: [entity, { op: 'follow', rel: 'MENTIONS', direction: 'in' }, { op: 'follow', rel: 'DUTY', direction: 'in', roles: ['lead'] }, { op: 'rank' }] },
    { steps: [entity, { op: 'follow', rel: 'TOUCHES', direction: 'both' }, { op: 'return', what: 'items' }] },
    { steps: [entity, { op: 'follow', rel: 'MENTIONS', direction: 'both', depth: 2 }, { op: 'group', by: 'label' }] },
  ];
}

function graphPlans(docs: string[], jurisdictions: string[], years: number[], paths: string[], levels: DocumentLevel[]): PlanInput[] {
  const tasks: PlanInput['steps'][number] = { op: 'find', by: 'label', labels: ['Task', 'Section'] };
  return [
    { steps: [tasks, { op: 'count' }] },
    { steps: [tasks, { op: 'filter', lacks: { rel: 'LEADS', direction: 'in' } }, { op: 'return', limit: 500 }] },
    { steps: [tasks, { op: 'filter', has: { rel: 'SETS' } }, { op: 'return', what: 'targets', limit: 500 }] },
    { steps: [{ op: 'find', by: 'label', labels: ['Unit'] }, { op: 'rank', by: { rel: 'DUTY', direction: 'out', roles: ['lead'] }, order: 'asc', limit: 20 }] },
    { steps: [{ op: 'find', by: 'label', labels: ['Unit'] }, { op: 'filter', lacks: { rel: 'LEADS' } }, { op: 'count' }] },
    { steps: [{ op: 'find', by: 'name', names: ['局'], match: 'contains' }, { op: 'return', limit: 500 }] },
    { steps: [{ op: 'find', by: 'name', names: ['区水利局和区财政局', '涪江沿线'], match: 'fuzzy' }, { op: 'return', limit: 500 }] },
    { steps: [{ op: 'find', by: 'document' }, { op: 'follow', rel: 'PART_OF', direction: 'in', depth: 4 }, { op: 'group', by: 'document' }] },
    { steps: [{ op: 'find', by: 'label', labels: ['Place', 'Industry', 'Corridor', 'Project'] }, { op: 'group', by: 'document' }] },
    ...take(docs, 3).map((d): PlanInput => ({ steps: [{ op: 'find', by: 'label', labels: ['Unit', 'Task'] }, { op: 'filter', docIds: [d] }, { op: 'return', limit: 500 }] })),
    ...take(docs, 3).map((d): PlanInput => ({ steps: [{ op: 'find', by: 'document', ids: [d] }, { op: 'return', what: 'documents' }] })),
    ...jurisdictions.map((j): PlanInput => ({ steps: [{ op: 'find', by: 'label', labels: ['Unit', 'Task', 'Place'] }, { op: 'filter', jurisdiction: j }, { op: 'group', by: 'label' }] })),
    ...levels.map((l): PlanInput => ({ steps: [{ op: 'find', by: 'label', labels: ['Unit', 'Task', 'Target'] }, { op: 'filter', level: l }, { op: 'group', by: 'label' }] })),
    ...take(years, 3).map((y): PlanInput => ({ steps: [{ op: 'find', by: 'label', labels: ['Target', 'Task'] }, { op: 'filter', year: y }, { op: 'return', limit: 500 }] })),
    ...take(paths, 4).map((p): PlanInput => ({ steps: [tasks, { op: 'filter', section: p }, { op: 'return', what: 'units', limit: 500 }] })),
    ...take(paths, 3).map((p): PlanInput => ({ steps: [{ op: 'find', by: 'section', path: p }, { op: 'follow', rel: 'PART_OF', direction: 'in', depth: 3 }, { op: 'return', what: 'tasks' }] })),
    { steps: [{ op: 'find', by: 'text', text: '交通 枢纽', limit: 5 }, { op: 'follow', rel: 'DUTY', direction: 'in' }, { op: 'rank' }] },
    { steps: [{ op: 'find', by: 'text', text: '生态环境 保护', labels: ['Task'], limit: 3 }, { op: 'return' }] },
  ];
}

function combinePlans(a: string, b: string): PlanInput[] {
  const tasksOf = (name: string): PlanInput['steps'] => [
    { op: 'find', by: 'name', names: [name], labels: ['Unit'] }, { op: 'follow', rel: 'DUTY', direction: 'out' },
  ];
  const combined = (['intersect', 'union', 'minus'] as const).map((how): PlanInput => ({
    steps: [...tasksOf(a), { op: 'as', name: 'a' }, ...tasksOf(b), { op: 'combine', how, with: 'a' }, { op: 'return', limit: 500 }],
  }));
  return [...combined, {
    steps: [...tasksOf(a), { op: 'as', name: 'a' }, ...tasksOf(b), { op: 'as', name: 'b' }, { op: 'use', name: 'a' },
      { op: 'follow', rel: 'DUTY', direction: 'in' }, { op: 'filter', has: { rel: 'DUTY', in: 'b' } }, { op: 'return', limit: 500 }],
  }, {
    steps: [...tasksOf(a), { op: 'as', name: 'a' }, ...tasksOf(b), { op: 'as', name: 'b' }, { op: 'compare', sets: ['a', 'b'] }],
  }];
}

/** Every plan the contract runs: the documented examples, then plans over the loaded graph's own names. */
export function planCases(graph: GraphExport): PlanInput[] {
  const of = (label: string) => graph.nodes.filter((n) => n.label === label);
  const units = of('Unit').map((u) => u.name).sort();
  const entities = graph.nodes.filter((n) => ['Place', 'Industry', 'Corridor', 'Project'].includes(n.label));
  const docs = of('Document').map((d) => d.id).sort();
  const jurisdictions = [...new Set(of('Document').map((d) => String(d.properties.jurisdiction ?? '')))].filter(Boolean).sort();
  const years = [...new Set(of('Target').map((t) => t.properties.year).filter((y): y is number => typeof y === 'number'))].sort();
  const paths = [...new Set(of('Section').map((s) => String(s.properties.path)))].sort();
  const levels = DOCUMENT_LEVELS.filter((l) => of('Document').some((d) => d.properties.level === l));
  const byLabel = ['Place', 'Industry', 'Corridor', 'Project'].flatMap((l) => take(entities.filter((e) => e.label === l), 2));
  return [
    ...PLAN_EXAMPLES.map((e) => e.plan),
    ...take(units, 6).flatMap(unitPlans),
    ...byLabel.flatMap((e) => entityPlans(e.label, e.name)),
    ...graphPlans(docs, jurisdictions, years, paths, levels),
    ...(units.length >= 2 ? combinePlans(units[0], units[1]) : []),
    ...(units.length >= 4 ? combinePlans(units[2], units[3]) : []),
  ];
}
