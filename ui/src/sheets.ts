// The sheets staff send: 任务分工表 / 任务清单 as .xlsx (exceljs) and .docx (docx), the overlaps matrix as .xlsx; libraries load on demand.
import { TASK_TABLE_HEADER, taskRowCells, type TaskRow } from './task-table.ts';

/** Character widths of the seven columns (序号 … 文件); text wraps inside them. */
const COLUMN_WIDTHS = [6, 28, 40, 18, 36, 50, 24];
const HEADER_FILL = 'FFE3F2FD';
/** Excel refuses sheet names longer than this or with []:*?/\ in them. */
const SHEET_NAME_MAX = 31;

interface MatrixSheet {
  units: { id: string; name: string }[];
  shared: (a: string, b: string) => number;
}

function sheetName(title: string, used: Set<string>): string {
  const base = title.replace(/[[\]:*?/\\]/g, ' ').trim().slice(0, SHEET_NAME_MAX - 3) || 'Sheet';
  let name = base;
  for (let i = 2; used.has(name); i++) name = `${base}(${i})`;
  used.add(name);
  return name;
}

/** Rows grouped by document, each group renumbered from 1 (one sheet per document). */
export function byDocument(rows: TaskRow[]): { title: string; rows: TaskRow[] }[] {
  const groups = new Map<string, { title: string; rows: TaskRow[] }>();
  for (const row of rows) {
    const group = groups.get(row.docId) ?? { title: row.document, rows: [] };
    group.rows.push({ ...row, seq: group.rows.length + 1 });
    groups.set(row.docId, group);
  }
  return [...groups.values()];
}

export async function taskTableXlsx(rows: TaskRow[]): Promise<Blob> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  book.creator = 'policy-graph';
  const used = new Set<string>();
  const groups = byDocument(rows);
  for (const group of groups.length ? groups : [{ title: '任务分工表', rows: [] }]) {
    const sheet = book.addWorksheet(sheetName(group.title, used), { views: [{ state: 'frozen', ySplit: 1 }] });
    sheet.columns = TASK_TABLE_HEADER.map((header, i) => ({ header, width: COLUMN_WIDTHS[i] }));
    for (const row of group.rows) sheet.addRow(taskRowCells(row));
    sheet.eachRow((row, n) => {
      row.alignment = { wrapText: true, vertical: 'top' };
      if (n === 1) {
        row.font = { bold: true };
        row.eachCell((cell) => { cell.fill = { type: 'pattern', pattern: 'solid', fgColor: { argb: HEADER_FILL } }; });
      }
    });
  }
  return xlsxBlob(await book.xlsx.writeBuffer());
}

export async function matrixXlsx(matrix: MatrixSheet): Promise<Blob> {
  const { default: ExcelJS } = await import('exceljs');
  const book = new ExcelJS.Workbook();
  const sheet = book.addWorksheet('职责交叉矩阵', { views: [{ state: 'frozen', xSplit: 1, ySplit: 1 }] });
  sheet.addRow(['单位', ...matrix.units.map((u) => u.name)]);
  for (const r of matrix.units) sheet.addRow([r.name, ...matrix.units.map((c) => (r.id === c.id ? null : matrix.shared(r.id, c.id) || null))]);
  sheet.getRow(1).font = { bold: true };
  sheet.getRow(1).alignment = { wrapText: true, vertical: 'top' };
  sheet.getColumn(1).width = 22;
  sheet.getColumn(1).font = { bold: true };
  return xlsxBlob(await book.xlsx.writeBuffer());
}

function xlsxBlob(buffer: ArrayBuffer | Uint8Array): Blob {
  return new Blob([buffer as BlobPart], { type: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet' });
}

export async function taskTableDocx(rows: TaskRow[], title: string): Promise<Blob> {
  const d = await import('docx');
  const cell = (text: string, bold = false) => new d.TableCell({ children: [new d.Paragraph({ children: [new d.TextRun({ text, bold })] })] });
  const table = (group: TaskRow[]) => new d.Table({
    width: { size: 100, type: d.WidthType.PERCENTAGE },
    rows: [
      new d.TableRow({ tableHeader: true, children: TASK_TABLE_HEADER.map((hd) => cell(hd, true)) }),
      ...group.map((row) => new d.TableRow({ children: taskRowCells(row).map((c) => cell(c)) })),
    ],
  });
  const children = byDocument(rows).flatMap((group) => [
    new d.Paragraph({ heading: d.HeadingLevel.HEADING_2, children: [new d.TextRun(`${group.title} ${title}`)] }),
    table(group.rows),
  ]);
  const doc = new d.Document({
    creator: 'policy-graph', title,
    sections: [{ properties: { page: { size: { orientation: d.PageOrientation.LANDSCAPE } } }, children }],
  });
  return d.Packer.toBlob(doc);
}
