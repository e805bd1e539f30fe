// The explorer for many plans, in Chromium: the library with metadata and filters, the scope selector, the alignment and comparison views.
//
// The documents are the generated hierarchy in test/fixtures/questions/align-docs (a province, a city, the city's
// next-year plan, two districts). Expected answers come from their text and the generator's truth
// (align-truth.json), never from what the code printed.
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NARROW, READY_MS, WIDE, browserGate, launchBrowser, openReady, type Browser } from './support/browser.ts';
import { buildUi } from './support/build-ui.ts';
import { horizontalOverflow, seriousViolations } from './support/page-checks.ts';
import { startUiServer, type UiServer } from './support/ui-server.ts';

const FIXTURE = 'test/fixtures/questions/align-docs';
const OUT_DIR = 'test-output';
const SHOTS_DIR = join(OUT_DIR, 'screenshots');
const TOKEN = 'e2e-token';
const gate = browserGate();

interface Truth { links: [string, string][] }
const truth = JSON.parse(readFileSync(join(FIXTURE, '..', 'align-truth.json'), 'utf8')) as Truth;

/** Task numbers of `lower` → task numbers of `higher` in the generator's truth. */
function trueLinks(lower: string, higher: string): [string, string][] {
  return truth.links.filter(([l, h]) => l.startsWith(`${lower}#`) && h.startsWith(`${higher}#`))
    .map(([l, h]) => [l.split('#')[1], h.split('#')[1]]);
}

const TASKS_PER_PLAN = 12; // every plan in the fixture numbers its tasks 1.–12. (the city's next plan 1.–14.)

describe.runIf(gate.run)('the explorer for many plans', { timeout: 120_000 }, () => {
  let server: UiServer;
  let browser: Browser;
  /** File name (p0c0d0) → document id. */
  const ids = new Map<string, string>();
  /** Task id → its document id. */
  const taskDoc = new Map<string, string>();

  beforeAll(async () => {
    server = await startUiServer({ uiDir: await buildUi(join(OUT_DIR, 'ui-dist-library')), ingest: [FIXTURE], apiToken: TOKEN });
    browser = await launchBrowser();
    const graph = await server.store.exportGraph();
    for (const n of graph.nodes) {
      if (n.label === 'Document') ids.set(String(n.properties.source).replace(/\.txt$/, ''), n.id);
      if (n.label === 'Task') taskDoc.set(n.id, String(n.properties.docId));
    }
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const open = (size = WIDE, hash = ''): Promise<Page> => openReady(browser, `${server.url}${hash}`, size, READY_MS);

  async function shot(page: Page, name: string, keep?: string): Promise<void> {
    mkdirSync(SHOTS_DIR, { recursive: true });
    const path = join(SHOTS_DIR, `${name}.png`);
    await page.waitForTimeout(300);
    await page.screenshot({ path });
    if (keep && process.env.UPDATE_SCREENSHOT === '1') copyFileSync(path, join('ui', keep));
  }

  /** The documents of the Task nodes drawn in the graph. */
  function drawnTaskDocs(page: Page): Promise<string[]> {
    return page.evaluate(() => {
      const cy = (window as unknown as { policyGraph: { cy: import('cytoscape').Core } }).policyGraph.cy;
      return cy.nodes('[label = "Task"]').map((n) => String(n.data('docId')));
    });
  }

  async function alignPage(size = WIDE): Promise<Page> {
    const page = await open(size, `#tab=align&from=${ids.get('p0c0d0')}&to=${ids.get('p0c0')}`);
    await page.waitForSelector('#align-results table.align-table', { timeout: READY_MS });
    return page;
  }

  it('lists every document with what its header says: issuer, date, level, kind, period, the plan it implements', async () => {
    const page = await open(WIDE, '#tab=documents');
    const item = page.locator(`#document-list li[data-id="${ids.get('p0c0d0')}"]`);
    await item.waitFor();
    const text = await item.innerText();
    // From p0c0d0.txt's first lines: 丰川江白区人民政府办公室 / 2023年3月7日 / 为贯彻落实《丰川市推动现代化建设行动方案（2023—2025年）》
    for (const expected of ['丰川江白区人民政府办公室', '2023-03-07', '区级', '行动方案', '2023-2025', '丰川市推动现代化建设行动方案', '丰川江白区']) {
      expect(text, expected).toContain(expected);
    }
    expect(await page.locator('#document-list li.doc-item').count()).toBe(5);
    await shot(page, 'library-1440', 'screenshot-library.png');
    await page.close();
  });

  it('filters the library by level, year, kind and jurisdiction', async () => {
    const page = await open(WIDE, '#tab=documents');
    await page.locator('#document-list li.doc-item').first().waitFor();
    const shown = async () => (await page.locator('#document-list li.doc-item').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')))).sort();
    await page.selectOption('#filter-level', '区');
    expect(await shown()).toEqual([ids.get('p0c0d0'), ids.get('p0c0d1')].sort());
    await page.selectOption('#filter-level', '');
    await page.selectOption('#filter-year', '2024'); // only the city's 2024—2026 plan is dated 2024
    expect(await shown()).toEqual([ids.get('p0c0y')]);
    await page.selectOption('#filter-year', '');
    await page.selectOption('#filter-jurisdiction', '丰川市');
    expect(await shown()).toEqual([ids.get('p0c0'), ids.get('p0c0y')].sort());
    await page.selectOption('#filter-kind', '行动方案');
    expect((await shown()).length).toBe(2);
    await page.close();
  });

  it('uploads with the token, lists the new document\'s warnings on demand, and deletes it again', async () => {
    const page = await open(WIDE, '#tab=documents');
    await page.locator('#document-list li.doc-item').first().waitFor();
    // Task 1 names no unit at all (no lead); 区某某不存在办 is no known unit (inferred).
    const plan = ['测试区河道保洁工作方案', '一、重点任务', '1.开展河道清漂。每月清理主要河道漂浮物。',
      '2.整治入河排污口。完成排污口排查整治。(牵头单位:区生态环境局,责任单位:区水利局、区某某不存在办)'].join('\n');
    await page.setInputFiles('#upload-input', { name: 'river.txt', mimeType: 'text/plain', buffer: Buffer.from(plan) });
    await page.fill('#token-input', TOKEN);
    await page.click('#token-dialog-ok');
    const item = page.locator('#document-list li.doc-item', { hasText: '测试区河道保洁工作方案' });
    await item.waitFor({ timeout: READY_MS });
    await item.locator('.doc-warnings summary').click();
    await item.locator('.doc-warnings li', { hasText: '没有牵头单位' }).waitFor();
    await item.locator('.doc-delete').click();
    await page.click('#confirm-dialog-ok');
    await item.waitFor({ state: 'detached' });
    expect(await page.locator('#document-list li.doc-item').count()).toBe(5);
    await page.close();
  });

  it('narrows the graph to the scope chosen in the selector, and keeps it in the URL', async () => {
    const page = await open(WIDE);
    const all = await drawnTaskDocs(page);
    expect(new Set(all).size).toBe(5);
    await page.click('#scope-summary');
    await page.check('.scope-levels input[value="区"]');
    const districts = new Set([ids.get('p0c0d0'), ids.get('p0c0d1')]);
    await page.waitForFunction((n) => {
      const cy = (window as unknown as { policyGraph: { cy: import('cytoscape').Core } }).policyGraph.cy;
      return cy.nodes('[label = "Task"]').length === n;
    }, 2 * TASKS_PER_PLAN);
    const scoped = await drawnTaskDocs(page);
    expect(scoped.every((d) => districts.has(d))).toBe(true);
    expect(scoped.length).toBe(2 * TASKS_PER_PLAN);
    expect(decodeURIComponent(new URL(page.url()).hash)).toContain('levels=区');
    expect(await page.locator('#scope-summary').innerText()).toContain('2/5');
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('opens a copied link in the same scope, and the search answers within it', async () => {
    const d0 = ids.get('p0c0d0')!;
    const page = await open(WIDE, `#docs=${d0}`);
    const docs = await drawnTaskDocs(page);
    expect(docs.length).toBe(TASKS_PER_PLAN);
    expect(new Set(docs)).toEqual(new Set([d0]));
    // 文化旅游融合发展 is a task of every plan in the fixture; in scope only the district's own is offered.
    await page.fill('#search-input', '文化旅游融合发展');
    await page.waitForSelector('#search-list li[data-id]');
    const hits = await page.locator('#search-list li[data-id]').evaluateAll((els) => els.map((e) => e.getAttribute('data-id')!));
    const taskHits = hits.filter((id) => taskDoc.has(id));
    expect(taskHits.length).toBeGreaterThan(0);
    expect(taskHits.every((id) => taskDoc.get(id) === d0)).toBe(true);
    await page.close();
  });

  it('"only this one" in the library scopes every view to that document', async () => {
    const page = await open(WIDE, '#tab=documents');
    await page.click(`#document-list li[data-id="${ids.get('p0c0d1')}"] .doc-scope`);
    await page.waitForFunction(() => document.body.dataset.view === 'explore');
    await page.waitForFunction((n) => {
      const cy = (window as unknown as { policyGraph: { cy: import('cytoscape').Core } }).policyGraph.cy;
      return cy.nodes('[label = "Task"]').length === n;
    }, TASKS_PER_PLAN);
    expect(new Set(await drawnTaskDocs(page))).toEqual(new Set([ids.get('p0c0d1')]));
    await page.close();
  });

  it('shows the district\'s tasks beside the city\'s: every true link with its score and evidence, gaps and orphans marked', async () => {
    const page = await alignPage();
    const truthLinks = trueLinks('p0c0d0', 'p0c0');
    expect(truthLinks.length).toBe(8);
    const rows = await page.locator('#align-results tr.row-link').evaluateAll((trs) => trs.map((tr) => {
      const cells = tr.querySelectorAll('td');
      return { higher: cells[0].textContent ?? '', link: cells[1].textContent ?? '', lower: cells[2].textContent ?? '' };
    }));
    const num = (s: string) => /^(\d+)\./.exec(s.trim())?.[1];
    for (const [lower, higher] of truthLinks) {
      expect(rows.some((r) => num(r.lower) === lower && num(r.higher) === higher), `${lower} → ${higher}`).toBe(true);
    }
    for (const r of rows) expect(r.link).toMatch(/相似度 [01]\.\d\d/);
    // Both texts say 文化旅游融合发展数量达到…: district task 1 carries out city task 2 with that shared indicator.
    const cultural = page.locator('#align-results tr.row-link', { hasText: '加速文化旅游融合发展' }).first();
    expect(await cultural.locator('.evidence').innerText()).toContain('文化旅游融合发展数量');
    // Truth: city tasks no district task carries out; district tasks with no city task.
    const carried = new Set(truthLinks.map(([, h]) => h));
    const anchored = new Set(truthLinks.map(([l]) => l));
    const trueGaps = Array.from({ length: TASKS_PER_PLAN }, (_, i) => String(i + 1)).filter((n) => !carried.has(n));
    const trueOrphans = Array.from({ length: TASKS_PER_PLAN }, (_, i) => String(i + 1)).filter((n) => !anchored.has(n));
    const gaps = await page.locator('#align-results tr.row-gap td:first-child').allInnerTexts();
    const orphans = await page.locator('#align-results tr.row-orphan td:last-child').allInnerTexts();
    expect(gaps.length).toBeGreaterThan(0);
    expect(orphans.length).toBeGreaterThan(0);
    for (const g of gaps) expect(trueGaps).toContain(num(g));
    for (const o of orphans) expect(trueOrphans).toContain(num(o));
    expect(await page.locator('#align-results tr.row-gap .badge.gap').count()).toBe(gaps.length);
    expect(await seriousViolations(page)).toEqual([]);
    await shot(page, 'align-1440', 'screenshot-align.png');
    await page.close();
  });

  it('says clearly when the server has no review endpoint (404/405) and loses nothing', async () => {
    const page = await alignPage();
    await page.route('**/api/links/**', (route) => route.fulfill({
      status: 405, contentType: 'application/json', body: JSON.stringify({ error: { code: 'METHOD', message: 'no route PUT /api/links' } }),
    }));
    const before = await page.locator('#align-results tr.row-link').count();
    await page.locator('#align-results tr.row-link button.accept').first().click();
    const alert = page.locator('#align-message[role="alert"]');
    await alert.waitFor();
    expect(await alert.innerText()).toContain('PUT /api/links');
    expect(await alert.innerText()).toContain('405');
    expect(await page.locator('#align-results tr.row-link').count()).toBe(before);
    await page.close();
  });

  it('accepts and rejects links through PUT /api/links with the token, and the decisions stay', async () => {
    const page = await alignPage();
    const first = page.locator('#align-results tr.row-link').first();
    const acceptedId = await first.getAttribute('data-link');
    await first.locator('button.accept').click();
    await page.fill('#token-input', TOKEN);
    await page.click('#token-dialog-ok');
    await page.waitForSelector(`tr[data-link="${acceptedId}"] .badge.link-status.accepted`);
    // Rejecting a higher task's only link leaves that task a gap.
    const gapsBefore = await page.locator('#align-results tr.row-gap').count();
    const rejectedId = await page.locator('#align-results tr.row-link').evaluateAll((trs, skip) => {
      const higher = (tr: Element) => tr.querySelector('td')?.textContent ?? '';
      const lone = trs.find((tr) => tr.getAttribute('data-link') !== skip && trs.filter((o) => higher(o) === higher(tr)).length === 1);
      return lone?.getAttribute('data-link') ?? null;
    }, acceptedId);
    expect(rejectedId).not.toBeNull();
    const higherText = await page.locator(`tr[data-link="${rejectedId}"] td`).first().innerText();
    await page.locator(`tr[data-link="${rejectedId}"] button.reject`).click();
    await page.waitForSelector(`tr[data-link="${rejectedId}"] .badge.link-status.rejected`);
    expect(await page.locator('#align-results tr.row-gap').count()).toBe(gapsBefore + 1);
    expect(await page.locator('#align-results tr.row-gap', { hasText: higherText.trim() }).count()).toBe(1);
    await page.reload();
    await page.waitForSelector(`tr[data-link="${acceptedId}"] .badge.link-status.accepted`, { timeout: READY_MS });
    await page.waitForSelector(`tr[data-link="${rejectedId}"] .badge.link-status.rejected`);
    await page.close();
  });

  it('compares the city\'s two yearly plans: added, dropped, load and targets as the texts say', async () => {
    const page = await open(WIDE, `#tab=compare&before=${ids.get('p0c0')}&after=${ids.get('p0c0y')}`);
    await page.waitForSelector('#compare-results table.compare-table', { timeout: READY_MS });
    const rows = await page.locator('#compare-results table.compare-table tbody tr').evaluateAll((trs) => trs.map((tr) => ({
      status: tr.className.replace('change-', ''), before: tr.children[1].textContent ?? '', after: tr.children[2].textContent ?? '',
    })));
    const num = (s: string) => /^(\d+)\./.exec(s.trim())?.[1];
    // align-truth.json: 2024 tasks 12–14 are new, 2023 task 6 (健全生态系统保护修复) is gone.
    expect(rows.filter((r) => r.status === 'added').map((r) => num(r.after)).sort()).toEqual(['12', '13', '14']);
    expect(rows.filter((r) => r.status === 'dropped').map((r) => num(r.before))).toEqual(['6']);
    // 市教委 is named in three task lines of the 2023 plan and two of the 2024 plan.
    const load = await page.locator('#compare-results table.load-table tr', { hasText: '市教委' }).innerText();
    expect(load.split(/\s+/).slice(1, 3)).toEqual(['3', '2']);
    // 营商环境产值 411亿元 (2023) → 494亿元 (2024).
    const target = await page.locator('#compare-results table.targets-table tr', { hasText: '营商环境' }).innerText();
    expect(target).toContain('411');
    expect(target).toContain('494');
    expect(target).toContain('提高');
    expect(await seriousViolations(page)).toEqual([]);
    await page.close();
  });

  it('fits 390 and 1440 wide on the library, alignment and comparison views, with the scope menu open', async () => {
    for (const size of [WIDE, NARROW]) {
      const pages = [
        `#tab=documents`,
        `#tab=align&from=${ids.get('p0c0d0')}&to=${ids.get('p0c0')}`,
        `#tab=compare&before=${ids.get('p0c0')}&after=${ids.get('p0c0y')}`,
      ];
      for (const hash of pages) {
        const page = await open(size, hash);
        await page.waitForTimeout(500);
        expect(await horizontalOverflow(page), `${size.width} ${hash}`).toBeLessThanOrEqual(0);
        await page.click('#scope-summary');
        expect(await horizontalOverflow(page), `${size.width} ${hash} scope menu`).toBeLessThanOrEqual(0);
        const menu = (await page.locator('#scope-panel').boundingBox())!;
        expect(menu.x, 'the scope menu starts on screen').toBeGreaterThanOrEqual(0);
        expect(menu.x + menu.width).toBeLessThanOrEqual(size.width);
        if (size === NARROW) expect(await seriousViolations(page)).toEqual([]);
        if (size === NARROW && hash.includes('align')) await shot(page, 'align-390');
        await page.close();
      }
    }
  });
});
