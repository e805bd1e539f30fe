// The query catalogue: each relationship query defined once (name, schemas, bilingual text, examples).
import type { z } from 'zod';
import * as s from './schemas.ts';

interface QueryExample {
  question: string;
  input: Record<string, unknown>;
}

interface QueryDefinition<I extends z.ZodType, O extends z.ZodType> {
  name: string;
  summary: { zh: string; en: string };
  description: { zh: string; en: string };
  input: I;
  output: O;
  /** Questions this query answers, for the ask planner and tool descriptions. */
  examples: QueryExample[];
}

function define<I extends z.ZodType, O extends z.ZodType>(d: QueryDefinition<I, O>): QueryDefinition<I, O> {
  return d;
}

export const CATALOGUE = {
  unitTasks: define({
    name: 'unitTasks',
    summary: { zh: '单位承担的任务', en: "A unit's tasks" },
    description: {
      zh: '列出某单位（id、规范名或别名）牵头、配合或负责的任务，附角色和原文证据；同名单位（不同辖区）一并列出。',
      en: 'Tasks a unit (id, canonical name or alias) leads, supports or is responsible for, with role and evidence; same-named units of several jurisdictions are all included.',
    },
    input: s.unitTasksInput,
    output: s.unitTasksOutput,
    examples: [{ question: '区水利局牵头哪些任务？', input: { unit: '区水利局', role: 'lead' } }],
  }),
  unitPartners: define({
    name: 'unitPartners',
    summary: { zh: '协作单位', en: 'Partner units' },
    description: {
      zh: '与某单位共同承担任务的其他单位，按共同任务数排序，并列出共同任务。',
      en: 'Units sharing tasks with a unit, ranked by number of shared tasks, with those tasks.',
    },
    input: s.unitPartnersInput,
    output: s.unitPartnersOutput,
    examples: [{ question: '区发展改革委主要和哪些单位合作？', input: { unit: '区发展改革委' } }],
  }),
  sharedTasks: define({
    name: 'sharedTasks',
    summary: { zh: '两单位的共同任务', en: 'Tasks two units share' },
    description: {
      zh: '两个单位都参与的任务，分别给出各自的角色和证据。',
      en: 'Tasks both units are on, with each one’s role and evidence.',
    },
    input: s.sharedTasksInput,
    output: s.sharedTasksOutput,
    examples: [{ question: '区水利局和区财政局共同负责哪些任务？', input: { a: '区水利局', b: '区财政局' } }],
  }),
  overlaps: define({
    name: 'overlaps',
    summary: { zh: '职责交叉的单位对', en: 'Overlapping unit pairs' },
    description: {
      zh: '共同承担任务最多的单位对，可按角色、文件、章节（id 或路径前缀）或实体限定范围。',
      en: 'Unit pairs ranked by shared tasks, optionally scoped by role, document, section (id or path prefix) or mentioned entity.',
    },
    input: s.overlapsInput,
    output: s.overlapsOutput,
    examples: [{ question: '哪些单位共同负责的任务最多？', input: { minShared: 2 } }],
  }),
  entityTasks: define({
    name: 'entityTasks',
    summary: { zh: '涉及某地点/产业/走廊/项目的任务和项目', en: 'Tasks and projects about an entity' },
    description: {
      zh: '提及某实体的任务（附原句），涉及该地点的项目和走廊（附证据），以及在同一任务中一并提及的项目。',
      en: 'Tasks mentioning the entity (with the sentence), projects/corridors that touch it (with evidence), and projects co-mentioned in those tasks.',
    },
    input: s.entityTasksInput,
    output: s.entityTasksOutput,
    examples: [{ question: '哪些项目涉及涪江？', input: { label: 'Place', name: '涪江' } }],
  }),
  entityUnits: define({
    name: 'entityUnits',
    summary: { zh: '涉及某实体的单位', en: 'Units working on an entity' },
    description: {
      zh: '承担提及某实体的任务的单位，附任务数和角色分布。',
      en: 'Units on the tasks that mention an entity, with task counts and roles.',
    },
    input: s.entityUnitsInput,
    output: s.entityUnitsOutput,
    examples: [{ question: '哪些单位负责涪江相关工作？', input: { label: 'Place', name: '涪江' } }],
  }),
  workload: define({
    name: 'workload',
    summary: { zh: '单位工作量', en: 'Unit workload' },
    description: {
      zh: '每个单位牵头、配合、负责的任务数及总数，可限定文件。',
      en: 'Per unit: lead, support, responsible and total task counts, optionally for one document.',
    },
    input: s.workloadInput,
    output: s.workloadOutput,
    examples: [{ question: '哪个单位任务最多？', input: {} }],
  }),
  accountabilityGaps: define({
    name: 'accountabilityGaps',
    summary: { zh: '责任缺口', en: 'Accountability gaps' },
    description: {
      zh: '没有牵头单位的任务、有多个牵头单位的任务，以及参与单位过多（≥阈值）的任务。',
      en: 'Tasks with no lead, tasks with several leads, and crowded tasks (units ≥ threshold).',
    },
    input: s.accountabilityGapsInput,
    output: s.accountabilityGapsOutput,
    examples: [{ question: '哪些任务没有牵头单位？', input: {} }],
  }),
  targets: define({
    name: 'targets',
    summary: { zh: '目标指标', en: 'Targets' },
    description: {
      zh: '量化目标（指标、数值、单位、年份），附所属任务和证据，可按指标、年份、文件或文字筛选。',
      en: 'Quantified targets (indicator, value, unit, year) with their task and evidence, filtered by indicator, year, document or text.',
    },
    input: s.targetsInput,
    output: s.targetsOutput,
    examples: [{ question: '2027年的目标有哪些？', input: { year: 2027 } }],
  }),
  neighborhood: define({
    name: 'neighborhood',
    summary: { zh: '邻域子图', en: 'Neighbourhood' },
    description: {
      zh: '某节点周围若干跳（最多3跳）的子图，可限定标签，节点数有上限。',
      en: 'The subgraph within a few hops (at most 3) of a node, optionally limited to some labels, capped in nodes.',
    },
    input: s.neighborhoodInput,
    output: s.neighborhoodOutput,
    examples: [{ question: '显示涪江周边的关系（id 来自 search）', input: { id: '<search 命中的节点 id>', depth: 1 } }],
  }),
  shortestPath: define({
    name: 'shortestPath',
    summary: { zh: '最短关系路径', en: 'Shortest path' },
    description: {
      zh: '两个节点之间（不计方向）的最短关系路径。',
      en: 'The shortest undirected path between two nodes.',
    },
    input: s.shortestPathInput,
    output: s.shortestPathOutput,
    examples: [{ question: '区水利局和涪江有什么关系？', input: { a: '区水利局', b: '涪江' } }],
  }),
  search: define({
    name: 'search',
    summary: { zh: '搜索', en: 'Search' },
    description: {
      zh: '按名称、别名和任务原文搜索节点：完全匹配 > 前缀 > 名称/别名包含 > 原文包含。',
      en: 'Search names, aliases and task text: exact name > prefix > substring in name/alias > substring in text.',
    },
    input: s.searchInput,
    output: s.searchOutput,
    examples: [{ question: '搜索 高铁', input: { text: '高铁' } }],
  }),
  communities: define({
    name: 'communities',
    summary: { zh: '协作群组', en: 'Communities' },
    description: {
      zh: '按共同任务把单位聚成协作群组（Louvain，结果确定）。',
      en: 'Groups of units that work together, by Louvain over shared tasks (deterministic).',
    },
    input: s.communitiesInput,
    output: s.communitiesOutput,
    examples: [{ question: '哪些单位经常一起工作？', input: {} }],
  }),
  stats: define({
    name: 'stats',
    summary: { zh: '统计', en: 'Statistics' },
    description: {
      zh: '各类节点和关系的数量、文件数和数据质量警告数。',
      en: 'Counts of nodes by label and relationships by type, documents and warnings.',
    },
    input: s.statsInput,
    output: s.statsOutput,
    examples: [{ question: '图里有多少任务？', input: {} }],
  }),
  documents: define({
    name: 'documents',
    summary: { zh: '文件列表', en: 'Documents' },
    description: {
      zh: '已导入的文件及其任务、章节、单位、关系和警告数量。',
      en: 'Ingested documents with their task, section, unit, edge and warning counts.',
    },
    input: s.documentsInput,
    output: s.documentsOutput,
    examples: [{ question: '导入了哪些文件？', input: {} }],
  }),
} as const;

type Catalogue = typeof CATALOGUE;
export type QueryName = keyof Catalogue;
/** What a caller passes: defaults may be left out. */
export type QueryInput<N extends QueryName> = z.input<Catalogue[N]['input']>;
/** The input after parsing: defaults filled in. */
export type QueryParams<N extends QueryName> = z.output<Catalogue[N]['input']>;
export type QueryOutput<N extends QueryName> = z.output<Catalogue[N]['output']>;

export const QUERY_NAMES = Object.keys(CATALOGUE) as QueryName[];

export function isQueryName(name: string): name is QueryName {
  return Object.hasOwn(CATALOGUE, name);
}
