// A duty table flattened one cell per line (序号/任务/牵头单位/责任单位, columns in either order), with its truth.
import type { DocumentBuilder } from './document.ts';
import { DEADLINES } from './data/vocabulary.ts';
import type { Noise } from './noise.ts';
import type { Random } from './random.ts';
import type { Block } from './render.ts';
import type { ConventionId } from './truth.ts';

type Column = 'serial' | 'task' | 'lead' | 'support' | 'responsible' | 'deadline';

const VARIANTS: readonly { id: ConventionId; columns: Column[]; headers: string[][] }[] = [
  { id: 'table-task-first', columns: ['serial', 'task', 'lead', 'support'], headers: [['序号'], ['重点任务', '工作任务'], ['牵头单位'], ['责任单位', '配合单位']] },
  { id: 'table-lead-first', columns: ['serial', 'lead', 'task', 'support', 'deadline'], headers: [['序号'], ['牵头单位', '牵头部门'], ['工作任务', '具体任务'], ['配合单位'], ['完成时限']] },
  { id: 'table-no-lead', columns: ['serial', 'task', 'responsible', 'deadline'], headers: [['序号'], ['具体任务', '主要任务'], ['责任单位'], ['完成时间']] },
];

export function tableBlock(b: DocumentBuilder, rng: Random, noise: Noise): Block {
  // Round-robin over documents, so every column order shows up even in a small corpus.
  const variant = VARIANTS[b.spec.index % VARIANTS.length];
  const header = variant.headers.map((h) => rng.pick(h));
  const rows: string[][] = [];
  noise.drain();
  for (let serial = 1, n = rng.int(3, 5); serial <= n; serial++) {
    const { title, entities } = b.titles.next();
    b.writer.forms = [];
    const hasLead = variant.columns.includes('lead');
    const lead = b.writer.pick(1);
    const others = b.writer.pick(rng.int(1, 3), lead);
    const leadText = hasLead ? b.writer.write(lead[0]) : '';
    const list = b.writer.list(others, false, false);
    const cells: Record<Column, string> = {
      serial: String(serial), task: b.text(title), lead: leadText, support: list.text, responsible: list.text,
      deadline: rng.pick(DEADLINES),
    };
    rows.push(variant.columns.map((c) => cells[c]));
    b.tasks.push({
      title, lead: hasLead ? [lead[0].canonical] : [], support: hasLead ? list.names : [], responsible: hasLead ? [] : list.names,
      entities: Object.fromEntries(entities.map(([label, name]) => [label, [name]])), targets: [],
      conventions: [variant.id], forms: b.writer.forms, noise: noise.drain(),
    });
  }
  return { kind: 'table', header, rows };
}
