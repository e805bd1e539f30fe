// How a document is named to a reader: its own title, or for a copy without one a name from its metadata, marked as such.
import { describe, expect, it } from 'vitest';
import { documentName, fileTitle, type Nameable } from '../../../graph/metadata/document-name.ts';

const NO_META: Nameable['metadata'] = { level: null, kind: null, period: null, date: null, implements: null };
const doc = (d: Partial<Nameable> & { source: string }): Nameable => ({ title: fileTitle(d.source), jurisdiction: null, metadata: NO_META, ...d });

describe('documentName', () => {
  it('keeps a title the copy has', () => {
    const d = doc({ source: 'x/yanqing-2020.docx', title: '某区2020年扬尘治理工作方案', jurisdiction: '某区' });
    expect(documentName(d)).toEqual({ name: '某区2020年扬尘治理工作方案', from: 'title', note: null });
  });

  it('names a title-less copy by its place, year and the plan it carries out, and says so', () => {
    const d = doc({ source: 'data/shuiwuran-2019.txt', jurisdiction: '溪口县',
      metadata: { ...NO_META, implements: '宁州市水污染防治2019年工作方案' } });
    const got = documentName(d);
    expect(got).toMatchObject({ name: '溪口县2019年水污染防治工作方案', from: 'metadata' });
    expect(got.note).toContain('原文无标题');
    expect(got.note).toContain('shuiwuran-2019.txt');
  });

  it('says 某 + level where only the level is known, with the kind and period the metadata read', () => {
    const d = doc({ source: 'plan.md', jurisdiction: '县', metadata: { ...NO_META, kind: '实施方案', period: '2021-2025' } });
    expect(documentName(d).name).toBe('某县2021年实施方案');
  });

  it('does not take a law or regulation it cites for the plan it carries out', () => {
    const d = doc({ source: 'a.txt', jurisdiction: '市', metadata: { ...NO_META, implements: '危险废物经营许可证管理办法条例' } });
    expect(documentName(d).name).toBe('某市文件');
  });

  it('keeps the file name, and says it is one, when nothing else is known', () => {
    expect(documentName(doc({ source: 'scan-0042.pdf', jurisdiction: '未知' }))).toMatchObject({ name: 'scan-0042', from: 'file' });
    expect(documentName(doc({ source: 'scan-0042.pdf' })).note).toContain('scan-0042.pdf');
  });
});
