// Generator of hostile text shapes for the linear-time test: every shape repeats one unit to any size.

export interface Shape {
  name: string;
  /** One repeat; a shape of n characters is this string cycled up to n. */
  unit: string;
  /** Optional text before the repeats (a heading, a table header). */
  head?: string;
  /** Optional text after the repeats (one far closing bracket). */
  tail?: string;
}

const CIRCLED = '①②③④⑤⑥⑦⑧⑨⑩⑪⑫⑬⑭⑮⑯⑰⑱⑲⑳';

export const SHAPES: Shape[] = [
  { name: 'circled markers', unit: '①' },
  { name: 'circled sequence', unit: CIRCLED },
  { name: 'section markers', unit: '(一)' },
  { name: 'section sequence', unit: '(一)(二)(三)(四)(五)(六)(七)(八)(九)(十)' },
  { name: 'part markers', unit: '一、' },
  { name: 'item markers', unit: '1.' },
  { name: 'dotted numbers', unit: '1.1.1.' },
  { name: 'item markers on lines', unit: '1.推进\n' },
  { name: 'sub-item markers', unit: '(1)' },
  { name: 'bare items after stops', unit: '。1建' },
  { name: 'loose sections', unit: '建(一)设' },
  { name: 'open brackets', unit: '(' },
  { name: 'nested brackets', unit: '((((牵头单位:区财政局' },
  { name: 'close brackets', unit: ')' },
  { name: 'unclosed annotations', unit: '(牵头单位:区财政局,责任单位:区审计局' },
  { name: 'annotations', unit: '(牵头单位:区财政局,责任单位:区审计局、区水利局)' },
  { name: 'items with annotations', unit: '1.加强财政保障。(牵头单位:区财政局)' },
  { name: 'labels without brackets', unit: ',责任单位:区财政局' },
  { name: 'labels with a far close', unit: ',责任单位:区财政局', tail: ')' },
  { name: 'clause annotations', unit: '(区水利局牵头,区财政局配合)' },
  { name: 'unit lists', unit: '区财政局、', head: '一、重点任务\n1.' },
  { name: 'label lines', unit: '牵头单位:区财政局\n' },
  { name: 'damaged labels', unit: '(钙单位:' },
  { name: 'long digit run', unit: '1234567890', head: '一、重点任务\n1.' },
  { name: 'percent o', unit: '%o' },
  { name: 'percent zero', unit: '%0' },
  { name: 'J11', unit: 'J11' },
  { name: 'L before text', unit: '。L建' },
  { name: 'spaces in text', unit: '建 设 ', head: '一、重点任务\n1.' },
  { name: 'years', unit: '到2027年,', head: '一、重点任务\n1.' },
  { name: 'document numbers', unit: '〔2023〕2号' },
  { name: 'table lines', unit: '1\n推进建设\n区水利局\n区财政局\n', head: '序号\n重点任务\n牵头单位\n责任单位\n' },
  { name: 'table headers', unit: '序号\n重点任务\n牵头单位\n责任单位\n' },
  { name: 'empty table cells', unit: '\n\n\n' , head: '序号\n\n重点任务\n\n牵头单位\n\n责任单位\n\n' },
  { name: 'pinyin glosses', unit: '責(zé)' },
  { name: 'spaced rows broken over lines', unit: '1 增长5%。 区财政局\n区税务局\n区发改委。\n', head: '序号 重点工作任务 主要责任单位 协同配合单位\n' },
  { name: 'spaced rows with empty cells', unit: '3   抓好节水。 市水利局 市发改委 各县政府\n', head: '序号 类别 主要任务 细化措施 牵头单位 参与单位 责任单位\n' },
  { name: 'pipe rows without serial', unit: '烟花爆竹 | 1月份 | 安监站 安监所 |\n', head: '项目名称 | 时间安排 | 责任单位 |\n' },
  { name: 'marked cells', unit: '1.推进建设。\n★区发改委、统计局\n', head: '责任单位\n' },
  { name: 'broken header cells', unit: '序号\n\n责任\n\n领导\n\n' },
  { name: 'headings with lead', unit: '(一)建设体系(区水利局牵头)\n1.推进。\n' },
  { name: 'blank lines', unit: '\n' },
  { name: 'one long sentence', unit: '推进建设', head: '一、重点任务\n1.' },
  { name: 'places and projects', unit: '涪江流域综合整治项目、', head: '一、重点任务\n1.' },
  { name: 'mixed body', unit: '推进涪江流域综合整治项目建设,到2027年地区生产总值突破1200亿元,川渝合作示范区、成渝地区双城经济圈建设。', head: '一、重点任务\n1.' },
  { name: 'targets', unit: '突破1200亿元,', head: '一、重点任务\n1.' },
  { name: 'parenthesized digits', unit: '⑴⑵⑶⑷⑸⑹⑺⑻⑼⑽' },
  { name: 'markdown marks', unit: '## **一、推进** ** **\n' },
  { name: 'words spaced on one line', unit: '推进 建设 (一)牵头的工作 ' },
  { name: 'targets each closed by a lead', unit: '常住人口控制在1150万人左右。(市公安局牵头)', head: '1.主要指标的责任部门。\n' },
  { name: 'table rows short of a cell', unit: '1\n加快建设。\n区农业农村局\n2\n', head: '序号\n主要工作举措\n牵头单位\n配合单位\n责任领导\n' },
];

/** A text of about `chars` characters made of the shape. */
export function pathological(shape: Shape, chars: number): string {
  const head = shape.head ?? '';
  const tail = shape.tail ?? '';
  const repeats = Math.max(1, Math.ceil((chars - head.length - tail.length) / shape.unit.length));
  return head + shape.unit.repeat(repeats) + tail;
}
