// The real-pair alignment scorer: it loads labelled pairs, runs the product's alignment and reports counts that add up.
import { cp, mkdir, mkdtemp, readFile, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { fold } from '../real/score.ts';
import { loadPairs, main, PAIR_ROOT, scorePair, total } from './real-pair.ts';

const ROOT = fileURLToPath(new URL('../../../', import.meta.url));

async function tempRoot(): Promise<string> {
  const root = await mkdtemp(join(tmpdir(), 'align-real-'));
  await mkdir(join(root, PAIR_ROOT), { recursive: true });
  return root;
}

/**
 * Mechanics only: two real texts of the fresh set (a provincial and a district target list, unrelated documents)
 * put in a temporary pair with one energy-intensity item matched, so the scorer has something to score. It is not
 * a higher/lower pair and no score is asserted; only that the counts the scorer reports are consistent.
 */
async function mechanicsPair(root: string, id = 'mechanics'): Promise<void> {
  const dir = join(root, PAIR_ROOT, id);
  await mkdir(dir, { recursive: true });
  await cp(join(ROOT, 'test/fixtures/real/fresh/heilongjiang-zhongdian-2013.txt'), join(dir, 'higher.txt'));
  await cp(join(ROOT, 'test/fixtures/real/fresh/beijing-tongzhou-fengong-2021.txt'), join(dir, 'lower.txt'));
  const side = { source: 'test fixture copy (fresh set)', excerpt: true } as const;
  await writeFile(join(dir, 'links.json'), JSON.stringify({
    id: 'mechanics',
    higher: { ...side, title: '黑龙江省人民政府关于落实《政府工作报告》重点工作责任分工的意见', issuer: '黑龙江省人民政府', level: '省', year: 2013 },
    lower: { ...side, title: '通州区十四五规划纲要区级任务分工方案', issuer: '北京市通州区人民政府办公室', level: '区', year: 2021 },
    links: [{ lower: { number: '6.', key: '单位地区生产总值能耗降幅' }, higher: [{ number: '(九)', key: '单位GDP综合能耗下降3.5%' }] }],
  }));
}

describe('real-pair alignment scorer', () => {
  it('says which folder holds no labelled pair and what to put there, instead of printing an empty score', async () => {
    const root = await tempRoot();
    await expect(main([], root)).rejects.toThrow(/没有已标注的真实文件对.*higher\.txt、lower\.txt、links\.json/);
  });

  it('rejects a links file whose id is not its folder, naming the file', async () => {
    const root = await tempRoot();
    await mechanicsPair(root, 'other-name');
    await expect(loadPairs(root)).rejects.toThrow(/other-name[/\\]links\.json.*id "mechanics"/);
  });

  it('scores a pair through the ingest parse path and reports counts that add up', async () => {
    const root = await tempRoot();
    await mechanicsPair(root);
    const [pair] = await loadPairs(root);
    const score = await scorePair(pair);
    expect(score.tasks.higher).toBeGreaterThan(0);
    expect(score.tasks.lower).toBeGreaterThan(0);
    expect(score.links.expected).toBe(1);
    expect(score.links.right).toBeLessThanOrEqual(Math.min(score.links.predicted, score.links.expected));
    expect(score.wrong.length).toBe(score.links.predicted - score.links.right);
    expect(score.missed.length).toBe(score.links.expected - score.links.hit);
    expect(score.links.quoted).toBeLessThanOrEqual(score.links.right);
    expect(score.labelled.found).toBeLessThanOrEqual(score.labelled.total);
    const text = await main(['--pair', 'mechanics'], root);
    expect(text).toContain(`links predicted ${score.links.predicted}, expected 1, right ${score.links.right}`);
  });

  it('totals several pairs by their links, so a pair with more labelled links weighs more', async () => {
    const root = await tempRoot();
    await mechanicsPair(root);
    const [pair] = await loadPairs(root);
    const one = await scorePair(pair);
    const both = total([one, { ...one, id: 'copy', links: { ...one.links, expected: 3, right: 0, hit: 0, predicted: 0 } }]);
    expect(both.expected).toBe(4);
    expect(both.hit).toBe(one.links.hit);
    expect(both.recall).toBeCloseTo(one.links.hit / 4);
    const json = JSON.parse(await main(['--json'], root)) as { pairs: unknown[]; total: { expected: number } };
    expect(json.pairs).toHaveLength(1);
    expect(json.total.expected).toBe(1);
  });

  it('aligns the repository pairs to F1 ≥ 0.8 over all labelled links, with every suggested link right', { timeout: 120_000 }, async () => {
    const json = JSON.parse(await main(['--json'], ROOT)) as { total: { expected: number; precision: number; f1: number } };
    expect(json.total.expected).toBeGreaterThanOrEqual(30);
    expect(json.total.f1, JSON.stringify(json.total)).toBeGreaterThanOrEqual(0.8);
    expect(json.total.precision).toBeGreaterThanOrEqual(0.95);
  });

  it('keeps every labelled key of the repository pairs inside its own text', async () => {
    for (const pair of await loadPairs(ROOT)) {
      const higher = fold(await readFile(pair.higherFile, 'utf8'));
      const lower = fold(await readFile(pair.lowerFile, 'utf8'));
      for (const l of pair.labels.links) {
        expect(lower, `${pair.id}: ${l.lower.key}`).toContain(fold(l.lower.key));
        for (const h of l.higher) expect(higher, `${pair.id}: ${h.key}`).toContain(fold(h.key));
      }
    }
  });
});
