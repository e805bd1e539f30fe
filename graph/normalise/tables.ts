// Tables flattened one cell per line (序号 / 任务 / 牵头单位 / 责任单位, columns in any order) rewritten as
// numbered items with a labelled annotation, so one grammar reads every convention.

export type Column = 'serial' | 'task' | 'detail' | 'lead' | 'support' | 'responsible' | 'deadline' | 'other';

const HEADERS: [RegExp, Column][] = [
  [/^(序号|编号|序)$/, 'serial'],
  [/^(重点任务|工作任务|主要任务|具体任务|任务内容|工作内容|工作措施|目标任务|任务|重点工作|工作事项|事项|具体措施|主要内容)$/, 'task'],
  // Longer task headers: 主要工作任务, 目标与任务, 内容与要求, 任务名称, 重点工作任务.
  [/^(?:主要|重点|年度)?(?:工作)?(?:目标)?(?:与|和|及)?(?:任务|工作|内容)(?:名称|与要求|及要求|和要求|与目标|及目标)?$/, 'task'],
  [/^(指标要求|目标要求|具体目标|工作目标|年度目标)$/, 'detail'],
  [/^(牵头单位|牵头部门|牵头责任单位|主责单位)$/, 'lead'],
  [/^(配合单位|配合部门|参与单位|协办单位|协同责任单位|协同单位)$/, 'support'],
  [/^(责任单位|责任部门|实施单位)$/, 'responsible'],
  [/^(完成时限|完成时间|时间节点|时限)$/, 'deadline'],
  [/^(备注|责任领导|联系人|分管领导|序列|责任人|牵头领导|任务来源|分管[省市县区]领导|[省市县区]分管领导|进展情况|完成情况|目标类型|指标类型|类型|属性)$/, 'other'],
];

export function columnOf(cell: string): Column | null {
  const c = cell.replace(/\s+/g, '');
  for (const [re, col] of HEADERS) if (re.test(c)) return col;
  return null;
}

export interface TableRewrite {
  /** Line range [from, to) of the original lines replaced. */
  from: number;
  to: number;
  lines: { text: string; sourceLine: number }[];
}

/** More header cells than any real task table has: a run this long is not a header. */
const MAX_COLUMNS = 12;

const HEADING_RE = /^([一二三四五六七八九十]{1,3}、|[(（][一二三四五六七八九十]{1,3}[)）])/;

function rowLine(columns: Column[], cells: string[]): string {
  const get = (col: Column) => cells.filter((_, i) => columns[i] === col).map((c) => c.trim()).filter(Boolean).join('、');
  const serial = get('serial');
  // A 指标要求 column completes the task's own words: 地区生产总值,增长5.5%.
  const task = [get('task'), get('detail')].filter(Boolean).join(',').replace(/[。;；]+$/, '');
  const lead = get('lead');
  const support = get('support');
  const responsible = get('responsible');
  const deadline = get('deadline');
  const parts: string[] = [];
  if (lead) parts.push(`牵头单位:${lead}`);
  // Under a lead, 责任单位 are supporters; with no lead column they are the undifferentiated owners.
  if (responsible) parts.push(`责任单位:${responsible}`);
  if (support) parts.push(`配合单位:${support}`);
  if (deadline) parts.push(`完成时限:${deadline}`);
  const annotation = parts.length > 0 ? `(${parts.join(',')})` : '';
  return `${serial ? `${serial}.` : ''}${task}。${annotation}`;
}

/**
 * Find flattened tables in line-broken text and describe how to rewrite them. A table found nowhere in
 * the lines as they are may have been flattened with a blank line after every cell: read it without them.
 */
export function findTables(lines: string[]): TableRewrite[] {
  const plain = scanTables(lines);
  if (plain.length > 0) return plain;
  const dense: number[] = [];
  lines.forEach((l, i) => { if (l.trim()) dense.push(i); });
  if (dense.length === lines.length) return plain;
  const at = (k: number) => (k < dense.length ? dense[k] : lines.length);
  return scanTables(dense.map((i) => lines[i])).map((rw) => ({
    from: at(rw.from), to: at(rw.to), lines: rw.lines.map((l) => ({ text: l.text, sourceLine: at(l.sourceLine) })),
  }));
}

function scanTables(lines: string[]): TableRewrite[] {
  const rewrites: TableRewrite[] = [];
  // Each line's column is read once; a header is at most MAX_COLUMNS cells, so no line is rescanned per start.
  const kinds = lines.map(columnOf);
  for (let i = 0; i < lines.length; i++) {
    const columns: Column[] = [];
    let j = i;
    while (j < lines.length && kinds[j] !== null && columns.length <= MAX_COLUMNS) { columns.push(kinds[j]!); j++; }
    if (columns.length > MAX_COLUMNS) { while (i + 1 < lines.length && kinds[i + 1] !== null) i++; continue; }
    const hasTask = columns.includes('task');
    const hasDuty = columns.some((c) => c === 'lead' || c === 'support' || c === 'responsible');
    if (columns.length < 3 || !hasTask || !hasDuty) continue;
    const out: { text: string; sourceLine: number }[] = [];
    let k = j;
    const n = columns.length;
    while (k < lines.length) {
      if (HEADING_RE.test(lines[k].trim())) { out.push({ text: lines[k], sourceLine: k }); k++; continue; }
      if (columns[0] === 'serial' && !/^\s*\d{1,3}\s*$/.test(lines[k])) break;
      // A last row cut short by the end of the text keeps the cells it has (the rest are empty).
      if (k + n > lines.length && lines.length - k < 2) break;
      const cells = lines.slice(k, k + n);
      while (cells.length < n) cells.push('');
      if (kinds.slice(k, k + n).some((c, x) => c !== null && cells[x].trim() !== '')) break;
      out.push({ text: rowLine(columns, cells), sourceLine: k });
      k += n;
    }
    if (out.length > 0) {
      rewrites.push({ from: i, to: k, lines: out });
      i = k - 1;
    }
  }
  return rewrites;
}
