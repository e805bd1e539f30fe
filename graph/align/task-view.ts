// The parts of a merged graph that alignment and comparison read: each document's tasks with words, entities, targets, units.
import type { EdgeType, GraphEdge, GraphExport, GraphNode } from '../model.ts';
import { runNow, sortSteps, type Steps } from '../slices.ts';
import { levelOf, type DocumentLevel } from '../metadata/document-meta.ts';

export interface TaskView {
  id: string;
  docId: string;
  path: string;
  number: string;
  title: string;
  text: string;
  /** A Task, or a Section read in place of tasks (a report's section): alignment reads a section sentence by sentence. */
  kind: 'task' | 'section';
  /** `Place:涪江`, `Industry:装备制造` … the task mentions. */
  entities: Set<string>;
  /** Target indicator → value, as the task sets them. */
  targets: Map<string, number>;
  /** Unit name → role, as the task's duties name them. */
  duties: Map<string, string>;
}

export interface DocView {
  id: string;
  title: string;
  jurisdiction: string | null;
  level: DocumentLevel | null;
  kind: string | null;
  period: string | null;
  implements: string | null;
  tasks: TaskView[];
}

const ROLE: Record<string, string> = { LEADS: 'lead', SUPPORTS: 'support', RESPONSIBLE_FOR: 'responsible' };

const str = (n: GraphNode, key: string): string | null => (typeof n.properties[key] === 'string' ? (n.properties[key] as string) : null);

/** Every document of an export with its tasks in document order. */
export function documentViews(graph: GraphExport): DocView[] {
  return runNow(documentViewSteps(graph));
}

/** Nodes or edges read per step: a pass over a 20 MB plan's ~250k edges took ~860 ms in one piece under load. */
const STEP_ITEMS = 2048;

/** documentViews as steps (graph/slices.ts), for a server that must answer between them: the same views, in the same order. */
export function* documentViewSteps(graph: GraphExport): Steps<DocView[]> {
  const parents = new Set<string>();
  for (let i = 0; i < graph.edges.length; i++) {
    if (graph.edges[i].type === 'PART_OF') parents.add(graph.edges[i].target);
    if (i % STEP_ITEMS === STEP_ITEMS - 1) yield;
  }
  const views = new DocumentViews(graph.nodes);
  yield* views.start(parents);
  yield* views.add(graph.edges);
  return yield* views.finish();
}

/** The edges that tell a task something (addEdge); the rest change no view. */
export const TASK_EDGE_TYPES = ['LEADS', 'SUPPORTS', 'RESPONSIBLE_FOR', 'MENTIONS', 'SETS'] as const satisfies readonly EdgeType[];

/**
 * documentViews built from the nodes and then the edges a page at a time (graph/store/graph-source.ts), so no caller
 * holds every edge: `start` with the sections that hold others (PART_OF targets), `add` the TASK_EDGE_TYPES edges in
 * id order (the export's: of two duties of one unit on a task, the later one's role is kept), then `finish`.
 */
export class DocumentViews {
  private readonly nodes = new Map<string, GraphNode>();
  private readonly tasks = new Map<string, TaskView>();

  constructor(private readonly all: readonly GraphNode[]) {}

  *start(parents: ReadonlySet<string>): Steps<void> {
    for (let i = 0; i < this.all.length; i++) {
      this.nodes.set(this.all[i].id, this.all[i]);
      if (i % STEP_ITEMS === STEP_ITEMS - 1) yield;
    }
    for (const n of yield* alignableSteps(this.all, parents)) {
      this.tasks.set(n.id, {
        id: n.id, docId: str(n, 'docId') ?? '', path: str(n, 'path') ?? '', number: str(n, 'number') ?? '',
        title: n.name, text: str(n, 'text') ?? '', kind: n.label === 'Task' ? 'task' : 'section',
        entities: new Set(), targets: new Map(), duties: new Map(),
      });
    }
    yield;
  }

  *add(edges: readonly GraphEdge[]): Steps<void> {
    for (let i = 0; i < edges.length; i++) {
      addEdge(edges[i], this.tasks, this.nodes);
      if (i % STEP_ITEMS === STEP_ITEMS - 1) yield;
    }
  }

  *finish(): Steps<DocView[]> {
    const byDoc = new Map<string, TaskView[]>();
    for (const t of this.tasks.values()) {
      const list = byDoc.get(t.docId);
      if (list) list.push(t);
      else byDoc.set(t.docId, [t]);
    }
    yield;
    const views: DocView[] = [];
    for (const d of this.all) {
      if (d.label !== 'Document') continue;
      const list = byDoc.get(d.id) ?? [];
      const starts = new Map(list.map((t) => [t.id, startOf(this.nodes.get(t.id))]));
      views.push(docView(d, yield* sortSteps(list, (a, b) => starts.get(a.id)! - starts.get(b.id)!)));
    }
    return views;
  }
}

/** What one edge tells its task: an entity it mentions, a target it sets, a unit's role. */
function addEdge(e: GraphEdge, tasks: ReadonlyMap<string, TaskView>, nodes: ReadonlyMap<string, GraphNode>): void {
  const task = tasks.get(e.source) ?? tasks.get(e.target);
  if (!task) return;
  const other = nodes.get(e.source === task.id ? e.target : e.source);
  if (!other) return;
  if (e.type === 'MENTIONS') task.entities.add(`${other.label}:${other.name}`);
  else if (e.type === 'SETS' && typeof other.properties.value === 'number' && str(other, 'indicator')) {
    task.targets.set(str(other, 'indicator') as string, other.properties.value);
  } else if (ROLE[e.type]) task.duties.set(other.name, ROLE[e.type]);
}

function docView(d: GraphNode, tasks: TaskView[]): DocView {
  const jurisdiction = str(d, 'jurisdiction');
  // A bare level (区, 市) or 未知 is no place: nothing can be said of which plan it belongs under.
  const known = jurisdiction && jurisdiction.length > 1 && jurisdiction !== '未知' ? jurisdiction : null;
  return {
    id: d.id, title: d.name, jurisdiction: known,
    level: (str(d, 'level') as DocumentLevel | null) ?? (known ? levelOf(known) : null),
    kind: str(d, 'kind'), period: str(d, 'period'), implements: str(d, 'implements'), tasks,
  };
}

/**
 * The items alignment reads: every Task, and — for a document with no task at all, such as a 政府工作报告 whose
 * paragraphs carry no duty annotations — its deepest Sections, so the plans that divide it have something to
 * point at (IMPLEMENTS may end on a Section).
 */
function* alignableSteps(nodes: readonly GraphNode[], parents: ReadonlySet<string>): Steps<GraphNode[]> {
  const withTasks = new Set<string>();
  for (const n of nodes) if (n.label === 'Task') withTasks.add(str(n, 'docId') ?? '');
  yield;
  const items: GraphNode[] = [];
  for (let i = 0; i < nodes.length; i++) {
    const n = nodes[i];
    if (n.label === 'Task' || (n.label === 'Section' && !withTasks.has(str(n, 'docId') ?? '') && !parents.has(n.id))) items.push(n);
    if (i % STEP_ITEMS === STEP_ITEMS - 1) yield;
  }
  return items;
}

function startOf(n: GraphNode | undefined): number {
  return typeof n?.properties.start === 'number' ? n.properties.start : 0;
}
