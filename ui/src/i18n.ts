// A small zh/en dictionary: Chinese by default, English on request, remembered in localStorage.
export type Lang = 'zh' | 'en';

const ZH = {
  'app.title': '政策关系图谱',
  'tab.explore': '图谱探索',
  'tab.ask': '提问',
  'tab.overlaps': '职责交叉',
  close: '关闭',
  loading: '加载中…',
  'error.prefix': '出错了',
  'stats.line': '{documents} 个文件 · {nodes} 个节点 · {edges} 条关系',
  'search.placeholder': '搜索单位、任务、地点、项目…',
  'search.none': '没有匹配项',
  'search.alias': '别名',
  'search.text': '原文',
  'legend.title': '图例（点击隐藏/显示）',
  'label.Document': '文件', 'label.Section': '章节', 'label.Task': '任务', 'label.Unit': '单位', 'label.Place': '地点',
  'label.Industry': '产业', 'label.Corridor': '走廊', 'label.Project': '项目', 'label.Target': '目标',
  'edge.LEADS': '牵头', 'edge.SUPPORTS': '配合', 'edge.RESPONSIBLE_FOR': '负责', 'edge.PART_OF': '属于',
  'edge.MENTIONS': '提及', 'edge.SETS': '设定', 'edge.TOUCHES': '涉及', 'edge.CO': '共同任务',
  'role.lead': '牵头', 'role.support': '配合', 'role.responsible': '负责',
  'tool.fit': '适应窗口', 'tool.zoomIn': '放大', 'tool.zoomOut': '缩小', 'tool.layout': '布局',
  'tool.overview': '总览', 'tool.clear': '清除高亮', 'tool.export': '导出',
  'layout.fcose': '力导向', 'layout.concentric': '同心圆', 'layout.breadthfirst': '层级', 'layout.grid': '网格',
  'export.png': 'PNG', 'export.svg': 'SVG', 'export.json': 'JSON', 'export.csv': '任务分工表',
  'overview.small': '总览：单位与任务',
  'overview.large': '汇总视图：单位按任务量大小，连线为共同任务数（≥{min}）。双击单位展开其任务。',
  'overview.showAll': '显示全部（{n} 个元素）',
  'hint.graph': '单击节点查看详情，双击展开邻居。',
  'details.properties': '属性',
  'details.aliases': '别名',
  'details.tasks': '承担的任务',
  'details.relations': '关系与证据',
  'details.expand': '展开邻居',
  'details.collapse': '收起',
  'details.more': '更多…',
  'details.truncated': '邻居较多，已显示 {n} 个。',
  'details.pathFrom': '设为路径起点',
  'details.pathTo': '到此的最短路径',
  'details.pathStart': '路径起点：{name}',
  'details.pathNone': '两节点之间没有路径',
  'details.pathFound': '最短路径：{n} 步',
  'details.layoutAround': '以此为中心布局',
  'details.outline': '显示文件结构',
  'details.source': '查看原文',
  'details.none': '无',
  'details.partners': '主要协作单位',
  'ask.placeholder': '用中文提问，例如：区水利局牵头哪些任务？',
  'ask.submit': '提问',
  'ask.items': '答案条目',
  'ask.evidence': '原文证据',
  'ask.suggestions': '你可以试试',
  'ask.examples': '示例问题',
  'ask.plan': '查询：{op}',
  'ov.matrix': '单位 × 单位 共同任务矩阵',
  'ov.sortName': '按名称排序', 'ov.sortTotal': '按总数排序',
  'ov.capped': '仅显示共同任务最多的 {n} 个单位（共 {total} 个）。',
  'ov.pairs': '共同任务最多的单位对',
  'ov.shared': '共同任务：{a} × {b}',
  'ov.pickCell': '点击矩阵中的格子查看两单位的共同任务。',
  'ov.workload': '单位工作量（牵头 / 配合 / 负责）',
  'ov.gaps': '责任缺口',
  'ov.noLead': '没有牵头单位的任务', 'ov.multiLead': '多个牵头单位的任务', 'ov.crowded': '参与单位过多的任务（≥{n}）',
  'ov.units': '{n} 个单位',
  'ov.empty': '暂无数据',
  'ov.showInGraph': '在图中查看',
  'count.tasks': '{n} 项任务',
  'toast.copied': '已导出 {name}',
} as const;

export type MessageKey = keyof typeof ZH;

const EN: Record<MessageKey, string> = {
  'app.title': 'Policy relationship graph',
  'tab.explore': 'Explore', 'tab.ask': 'Ask', 'tab.overlaps': 'Overlaps',
  close: 'Close', loading: 'Loading…', 'error.prefix': 'Error',
  'stats.line': '{documents} documents · {nodes} nodes · {edges} relationships',
  'search.placeholder': 'Search units, tasks, places, projects…',
  'search.none': 'No match', 'search.alias': 'alias', 'search.text': 'text',
  'legend.title': 'Legend (click to hide/show)',
  'label.Document': 'Document', 'label.Section': 'Section', 'label.Task': 'Task', 'label.Unit': 'Unit', 'label.Place': 'Place',
  'label.Industry': 'Industry', 'label.Corridor': 'Corridor', 'label.Project': 'Project', 'label.Target': 'Target',
  'edge.LEADS': 'leads', 'edge.SUPPORTS': 'supports', 'edge.RESPONSIBLE_FOR': 'responsible', 'edge.PART_OF': 'part of',
  'edge.MENTIONS': 'mentions', 'edge.SETS': 'sets', 'edge.TOUCHES': 'touches', 'edge.CO': 'shared tasks',
  'role.lead': 'lead', 'role.support': 'support', 'role.responsible': 'responsible',
  'tool.fit': 'Fit', 'tool.zoomIn': 'Zoom in', 'tool.zoomOut': 'Zoom out', 'tool.layout': 'Layout',
  'tool.overview': 'Overview', 'tool.clear': 'Clear highlight', 'tool.export': 'Export',
  'layout.fcose': 'Force', 'layout.concentric': 'Concentric', 'layout.breadthfirst': 'Hierarchy', 'layout.grid': 'Grid',
  'export.png': 'PNG', 'export.svg': 'SVG', 'export.json': 'JSON', 'export.csv': 'Task table (CSV)',
  'overview.small': 'Overview: units and tasks',
  'overview.large': 'Aggregated view: units sized by workload, links are shared tasks (≥{min}). Double-click a unit for its tasks.',
  'overview.showAll': 'Show everything ({n} elements)',
  'hint.graph': 'Click a node for details, double-click to expand.',
  'details.properties': 'Properties', 'details.aliases': 'Aliases', 'details.tasks': 'Tasks',
  'details.relations': 'Relationships and evidence', 'details.expand': 'Expand', 'details.collapse': 'Collapse',
  'details.more': 'More…', 'details.truncated': 'Many neighbours; showing {n}.',
  'details.pathFrom': 'Path from here', 'details.pathTo': 'Shortest path to here',
  'details.pathStart': 'Path start: {name}', 'details.pathNone': 'No path between these nodes',
  'details.pathFound': 'Shortest path: {n} steps', 'details.layoutAround': 'Centre layout here',
  'details.outline': 'Show document outline', 'details.source': 'Source text', 'details.none': 'none',
  'details.partners': 'Main partner units',
  'ask.placeholder': 'Ask in Chinese, e.g. 区水利局牵头哪些任务？', 'ask.submit': 'Ask',
  'ask.items': 'Answer items', 'ask.evidence': 'Evidence', 'ask.suggestions': 'Try', 'ask.examples': 'Examples',
  'ask.plan': 'Query: {op}',
  'ov.matrix': 'Unit × unit shared-task matrix', 'ov.sortName': 'Sort by name', 'ov.sortTotal': 'Sort by total',
  'ov.capped': 'Showing the {n} units with most shared tasks (of {total}).',
  'ov.pairs': 'Pairs sharing most tasks', 'ov.shared': 'Shared tasks: {a} × {b}',
  'ov.pickCell': 'Click a matrix cell to see the tasks two units share.',
  'ov.workload': 'Workload per unit (lead / support / responsible)', 'ov.gaps': 'Accountability gaps',
  'ov.noLead': 'Tasks without a lead', 'ov.multiLead': 'Tasks with several leads', 'ov.crowded': 'Crowded tasks (≥{n} units)',
  'ov.units': '{n} units', 'ov.empty': 'No data', 'ov.showInGraph': 'Show in graph',
  'count.tasks': '{n} tasks', 'toast.copied': 'Exported {name}',
};

const DICTS: Record<Lang, Record<MessageKey, string>> = { zh: ZH, en: EN };
const STORAGE_KEY = 'policy-graph.lang';
const listeners = new Set<() => void>();

let lang: Lang = readStoredLang();

function readStoredLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

export function getLang(): Lang {
  return lang;
}

export function t(key: MessageKey, vars: Record<string, string | number> = {}): string {
  const template = DICTS[lang][key] ?? key;
  return template.replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}

/** A label or edge type in the current language; unknown keys come back as given. */
export function term(kind: 'label' | 'edge' | 'role', value: string): string {
  const key = `${kind}.${value}` as MessageKey;
  return key in ZH ? t(key) : value;
}

export function setLang(next: Lang): void {
  if (next === lang) return;
  lang = next;
  try { localStorage.setItem(STORAGE_KEY, next); } catch { /* private mode: keep it for this page only */ }
  document.documentElement.lang = next === 'zh' ? 'zh-CN' : 'en';
  applyI18n(document.body);
  for (const listener of listeners) listener();
}

export function onLangChange(listener: () => void): void {
  listeners.add(listener);
}

/** Fill every `data-i18n` (text) and `data-i18n-placeholder` element under root. */
export function applyI18n(root: ParentNode): void {
  root.querySelectorAll<HTMLElement>('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n as MessageKey); });
  root.querySelectorAll<HTMLInputElement>('[data-i18n-placeholder]').forEach((el) => { el.placeholder = t(el.dataset.i18nPlaceholder as MessageKey); });
  root.querySelectorAll<HTMLElement>('[data-i18n-title]').forEach((el) => { el.title = t(el.dataset.i18nTitle as MessageKey); });
}
