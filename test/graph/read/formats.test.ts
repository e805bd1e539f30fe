// The seed converted to each new format (committed fixtures, see make-fixtures.ts) gives the text's tasks and duties.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { readDocumentFile } from '../../../graph/read/index.ts';
import { batchFromDocument } from '../../../graph/pipeline/ingest.ts';
import { batchOf, dutyTable, type DutyRow } from '../../support/ingest-text.ts';

const FIXTURES = join(import.meta.dirname, '../../fixtures/formats');
const SEED = join(import.meta.dirname, '../../../seeds/shuangcheng-action-plan.txt');
let seedText: string;
let seedTable: DutyRow[];

beforeAll(async () => {
  seedText = await readFile(SEED, 'utf8');
  seedTable = dutyTable(batchOf(seedText));
});

async function tableOf(name: string) {
  const doc = await readDocumentFile(join(FIXTURES, name));
  return { doc, table: dutyTable(batchOf(doc.text)) };
}

describe('the seed in other formats', () => {
  it('a printed PDF (Chromium) gives the same tasks and duties as the text', async () => {
    const { doc, table } = await tableOf('seed.pdf');
    expect(doc).toMatchObject({ format: 'pdf', title: '关于推动双城经济圈建设行动方案' });
    expect(table).toEqual(seedTable);
  }, 120_000);

  it('a printed PDF gives the text back: wrapped lines joined, radical code points repaired', async () => {
    const { doc } = await tableOf('seed.pdf');
    const [got, want] = [doc.text.replace(/\n/g, ''), seedText.replace(/\n/g, '')];
    expect(got.length).toBe(want.length);
    // Noto CJK shares one glyph between 户 and 戶, and its ToUnicode map names 戶: that is in the file.
    const differing = [...got].flatMap((c, i) => (c === want[i] ? [] : [`${want[i]}→${c}`]));
    expect(new Set(differing)).toEqual(new Set(['户→戶']));
  }, 120_000);

  it('a saved web page gives the same tasks and duties, without navigation, header or footer', async () => {
    const { doc, table } = await tableOf('seed.html');
    expect(doc).toMatchObject({ format: 'html', title: '关于推动双城经济圈建设行动方案' });
    expect(table).toEqual(seedTable);
    expect(doc.text).not.toMatch(/政务公开|网站地图|请输入关键词|ICP|相关链接|发布时间/);
  });

  it('a Word 97-2003 .doc (LibreOffice) gives the same tasks and duties', async () => {
    const { doc, table } = await tableOf('seed.doc');
    expect(doc.format).toBe('doc');
    expect(table).toEqual(seedTable);
  });

  it('a traditional-script copy (opencc s2t) gives the same tasks and duties', async () => {
    const { doc, table } = await tableOf('seed-traditional.txt');
    expect(doc.original).toMatch(/^關於推動雙城經濟圈建設行動方案/);
    expect(doc.text.length).toBe(doc.original!.length);
    expect(table).toEqual(seedTable);
  });

  it('a 分工表 spreadsheet built from the seed gives each task with its lead and responsible units', async () => {
    const { doc, table } = await tableOf('seed-tasks.xlsx');
    expect(doc.format).toBe('xlsx');
    const duties = (rows: DutyRow[]) => rows.filter((r) => r.label === 'Task' && !r.inferred && r.lead.length > 0)
      .map(({ title, lead, support, responsible }) => ({ title, lead, support, responsible }));
    expect(duties(table)).toEqual(duties(seedTable));
    expect(duties(table).length).toBeGreaterThan(20);
  });
});

describe('traditional script in the graph', () => {
  it('keeps the original characters in evidence and shows unit names in simplified with the traditional alias', async () => {
    const doc = await readDocumentFile(join(FIXTURES, 'seed-traditional.txt'));
    const batch = batchFromDocument(doc, { now: () => new Date('2026-01-01T00:00:00Z') });
    const unit = batch.nodes.find((n) => n.label === 'Unit' && n.name === '区发展改革委')!;
    expect(unit.properties.aliases).toContain('區發展改革委');
    const lead = batch.edges.find((e) => e.type === 'LEADS' && e.source === unit.id)!;
    const evidence = lead.properties.evidence as { text: string; start: number; end: number };
    expect(evidence.text).toMatch(/^\(.*單位:區發展改革委,責任單位:/);
    const document = batch.nodes.find((n) => n.label === 'Document')!;
    expect((document.properties.text as string).slice(evidence.start, evidence.end)).toBe(evidence.text);
  });
});
