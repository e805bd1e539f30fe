// The explorer for daily work, in Chromium at 1440×900 and 390×844: layout, first view, plain words, paths, sheets, documents, keyboard, axe.
import { copyFileSync, mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import ExcelJS from 'exceljs';
import mammoth from 'mammoth';
import type { Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NARROW, READY_MS, WIDE, browserGate, graphNodes, launchBrowser, openReady, type Browser } from './support/browser.ts';
import { buildUi } from './support/build-ui.ts';
import { horizontalOverflow, seriousViolations, tabTo } from './support/page-checks.ts';
import { startUiServer, type UiServer } from './support/ui-server.ts';

const OUT_DIR = 'test-output';
const SHOTS_DIR = join(OUT_DIR, 'screenshots');
const TOKEN = 'e2e-token';
const TABS = ['explore', 'ask', 'overlaps', 'documents'] as const;
const gate = browserGate();

/** Written from the seed's text (十/2), not from the code: lead, then the 责任单位 as printed. */
const SEED_ROW = {
  task: '持续建设宜居宜业和美乡村',
  lead: ['区农业农村委'],
  responsible: ['区发展改革委', '区住房城乡建委', '区交通局', '区水利局', '区城市管理局', '区文化旅游委', '区规划自然资源局'],
};
const SMALL_PLAN = [
  '测试区河道保洁工作方案', '一、重点任务',
  '1.开展河道清漂。每月清理主要河道漂浮物。(牵头单位:区水利局,责任单位:区城市管理局、区财政局)',
  '2.整治入河排污口。完成排污口排查整治。(牵头单位:区生态环境局,责任单位:区水利局)',
].join('\n');

interface PgWindow { policyGraph: { cy: import('cytoscape').Core } }

// The machine is shared: each test is a few page loads and may wait on a busy CPU.
describe.runIf(gate.run)('the explorer for daily work', { timeout: 120_000 }, () => {
  let server: UiServer;
  let browser: Browser;

  beforeAll(async () => {
    server = await startUiServer({ uiDir: await buildUi(join(OUT_DIR, 'ui-dist-daily')), apiToken: TOKEN });
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  const open = (size = WIDE, hash = ''): Promise<Page> => openReady(browser, `${server.url}${hash}`, size, READY_MS);

  async function shot(page: Page, name: string): Promise<string> {
    mkdirSync(SHOTS_DIR, { recursive: true });
    const path = join(SHOTS_DIR, `${name}.png`);
    await page.waitForTimeout(400);
    await page.screenshot({ path });
    return path;
  }

  async function unitId(name: string): Promise<string> {
    const out = await server.store.run('search', { text: name, labels: ['Unit'] });
    return out.hits.items.find((h) => h.name === name)!.id;
  }

  async function box(page: Page, selector: string) {
    return (await page.locator(selector).boundingBox())!;
  }

  it('fits 1440×900 and 390×844 on every tab: no sideways scroll, the graph fills the free space, tabs on one line', async () => {
    for (const size of [WIDE, NARROW]) {
      const page = await open(size);
      for (const tab of TABS) {
        await page.click(`[data-tab="${tab}"]`);
        await page.waitForTimeout(200);
        expect(await horizontalOverflow(page), `${size.width} ${tab}`).toBeLessThanOrEqual(0);
        for (const b of await page.locator('.tabs [role="tab"]').all()) expect((await b.boundingBox())!.height).toBeLessThan(48);
      }
      await page.click('[data-tab="explore"]');
      const cy = await box(page, '#cy');
      const toolbar = await box(page, '#toolbar');
      expect(cy.y + cy.height).toBeGreaterThanOrEqual(size.height - 1);
      if (size === WIDE) {
        const [side, details] = [await box(page, '#side'), await box(page, '#details')];
        expect(Math.abs(cy.x - (side.x + side.width))).toBeLessThanOrEqual(1);
        expect(Math.abs(cy.x + cy.width - details.x)).toBeLessThanOrEqual(1);
      } else {
        expect(cy.x).toBe(0);
        expect(cy.width).toBe(size.width);
        expect(cy.height).toBeGreaterThan(size.height - (toolbar.y + toolbar.height) - 80);
      }
      const path = await shot(page, `first-view-${size.width}`);
      if (process.env.UPDATE_SCREENSHOT === '1') copyFileSync(path, join('ui', `screenshot-${size.width}.png`));
      await page.close();
    }
  }, 120_000);

  it('draws the same first layout on two loads', async () => {
    const positions = async () => {
      const page = await open();
      const out = await page.evaluate(() => Object.fromEntries((window as unknown as PgWindow).policyGraph.cy.nodes().map((n) => [n.id(), n.position()])));
      await page.close();
      return out;
    };
    const [first, second] = [await positions(), await positions()];
    expect(Object.keys(first).length).toBeGreaterThan(50);
    for (const [id, p] of Object.entries(first)) {
      expect(second[id].x, id).toBeCloseTo(p.x, 6);
      expect(second[id].y, id).toBeCloseTo(p.y, 6);
    }
  });

  it('labels the document and the busiest units first, never two labels on top of each other, more labels when zoomed in', async () => {
    const page = await open();
    await page.waitForTimeout(300);
    const state = () => page.evaluate(() => {
      const cy = (window as unknown as PgWindow).policyGraph.cy;
      const shown = cy.nodes(':visible').filter((n) => !n.hasClass('nolabel'));
      const units = cy.nodes('[label = "Unit"]').sort((a, b) => b.degree(false) - a.degree(false));
      return {
        labelled: shown.length,
        document: !cy.nodes('[label = "Document"]').first().hasClass('nolabel'),
        topUnits: units.slice(0, 3).map((n) => !n.hasClass('nolabel')),
      };
    });
    const before = await state();
    expect(before.document).toBe(true);
    expect(before.topUnits).toEqual([true, true, true]);
    await page.click('#btn-zoom-in');
    await page.click('#btn-zoom-in');
    await page.waitForTimeout(300);
    const bigger = (await page.evaluate(() => (window as unknown as PgWindow).policyGraph.cy.zoom()));
    expect(bigger).toBeGreaterThan(1);
    // Zoomed in, the centre shows fewer nodes but each has more room; at least the same share gets a label.
    const after = await page.evaluate(() => {
      const cy = (window as unknown as PgWindow).policyGraph.cy;
      const ext = cy.extent();
      const inView = cy.nodes(':visible').filter((n) => { const p = n.position(); return p.x > ext.x1 && p.x < ext.x2 && p.y > ext.y1 && p.y < ext.y2; });
      return { inView: inView.length, labelled: inView.filter((n) => !n.hasClass('nolabel')).length };
    });
    // Labels grow slower than the picture (√zoom), so zooming in makes room: a larger share of what is in view gets a label.
    expect(after.labelled / after.inView).toBeGreaterThan(before.labelled / (await graphNodes(page)).length);
    await page.close();
  });

  it('by keyboard (1440): search → select → evidence → source, then a path listed as steps through shared duties', async () => {
    const page = await open();
    await page.focus('#search-input');
    await page.keyboard.type('区水利局');
    await page.locator('#search-list li[data-id]').first().waitFor();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('#details-name')?.textContent === '区水利局');
    await page.locator('#details-tasks a.evidence').first().waitFor();
    await tabTo(page, '#details-tasks a.evidence');
    await page.keyboard.press('Enter');
    await page.locator('#source-mark').waitFor();
    await page.keyboard.press('Escape');
    await tabTo(page, '#btn-path-from');
    await page.keyboard.press('Enter');
    await page.focus('#search-input');
    await page.keyboard.press('Control+A');
    await page.keyboard.type('区财政局');
    await page.locator('#search-list li[data-id]').first().waitFor();
    await page.keyboard.press('Enter');
    await page.waitForFunction(() => document.querySelector('#details-name')?.textContent === '区财政局');
    await tabTo(page, '#btn-path-to');
    await page.keyboard.press('Enter');
    await page.locator('#path-card .path-steps li').first().waitFor();
    const steps = await page.locator('#path-card > .path-steps li').allTextContents();
    // Through duties only (unit → task → unit …): 2 steps when they share a task, 4 through a partner unit otherwise.
    const shared = await server.store.run('sharedTasks', { a: await unitId('区水利局'), b: await unitId('区财政局') });
    expect(steps).toHaveLength(shared.tasks.total > 0 ? 2 : 4);
    for (const step of steps) expect(step).toMatch(/—(牵头|配合|负责)—/);
    expect(steps[0]).toMatch(/^区水利局 —/);
    expect(steps[steps.length - 1]).toMatch(/— 区财政局/);
    expect(await page.locator('#path-card').textContent()).toContain('经共同任务');
    const lit = await graphNodes(page, '.path');
    expect(lit.length).toBe(steps.length + 1);
    await shot(page, 'path-steps');
    await page.close();
  });

  it('by keyboard (1440): tabs with arrow keys, ask, overlaps cell, export menu → .xlsx', async () => {
    const page = await open();
    await page.focus('#tab-explore');
    await page.keyboard.press('ArrowRight');
    expect(await page.getAttribute('#tab-ask', 'aria-selected')).toBe('true');
    await page.focus('#ask-input');
    await page.keyboard.type('区水利局牵头哪些任务？');
    await page.keyboard.press('Enter');
    await page.locator('#ask-items li').first().waitFor();
    const said = await page.locator('#ask-result').textContent();
    expect(said).not.toMatch(/entityTasks|unitTasks|查询：/);
    const understood = page.locator('#ask-understood');
    if (await understood.count()) expect(await understood.textContent()).toMatch(/理解为/);
    await page.focus('#tab-ask');
    await page.keyboard.press('ArrowRight');
    expect(await page.getAttribute('#tab-overlaps', 'aria-selected')).toBe('true');
    await page.locator('#overlap-matrix td.cell').first().waitFor();
    await tabTo(page, '#overlap-matrix td.cell', 200);
    await page.keyboard.press('Enter');
    await page.locator('#shared-list li').first().waitFor();
    await page.focus('#tab-overlaps');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await tabTo(page, '#export-menu-button', 120);
    await page.keyboard.press('Enter');
    await tabTo(page, '#export-xlsx', 5);
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toMatch(/^任务分工表-.*\.xlsx$/);
    await page.close();
  });

  it('the 任务分工表 .xlsx holds every task with its units in document order, and the .docx the same table', async () => {
    const page = await open();
    const take = async (id: string) => {
      await page.click('#export-menu-button');
      const [d] = await Promise.all([page.waitForEvent('download'), page.click(id)]);
      return readFileSync((await d.path())!);
    };
    const book = new ExcelJS.Workbook();
    await book.xlsx.load(await take('#export-xlsx') as unknown as ArrayBuffer);
    const sheet = book.worksheets[0];
    const rows = Array.from({ length: sheet.rowCount }, (_, i) => Array.from({ length: 7 }, (_c, j) => sheet.getRow(i + 1).getCell(j + 1).text));
    expect(rows[0]).toEqual(['序号', '章节', '任务', '牵头单位', '责任单位', '原文依据', '文件']);
    expect(sheet.views[0]).toMatchObject({ state: 'frozen', ySplit: 1 });
    const body = rows.slice(1);
    const exported = await server.store.exportGraph();
    const tasks = exported.nodes.filter((n) => n.label === 'Task');
    for (const task of tasks) expect(body.some((r) => r[2].endsWith(task.name)), task.name).toBe(true);
    // Document order: each task's offset grows down the sheet.
    const unique = tasks.filter((n) => tasks.filter((m) => m.name === n.name).length === 1);
    const startOf = new Map(unique.map((n) => [n.name, Number(n.properties.start)]));
    const starts = body.map((r) => [...startOf.entries()].find(([name]) => r[2].endsWith(name))?.[1]).filter((s): s is number => s !== undefined);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    const row = body.find((r) => r[2].endsWith(SEED_ROW.task))!;
    expect(row[3].split('、')).toEqual(SEED_ROW.lead);
    expect(row[4].split('、')).toEqual(SEED_ROW.responsible);
    expect(row[5]).toContain('牵头单位:区农业农村委');
    const html = (await mammoth.convertToHtml({ buffer: await take('#export-docx') })).value;
    const cells = [...html.matchAll(/<tr>(.*?)<\/tr>/g)].map((m) => [...m[1].matchAll(/<t[dh]>(.*?)<\/t[dh]>/g)].map((c) => c[1].replace(/<[^>]+>/g, '').replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&amp;/g, '&')));
    expect(cells[0]).toEqual(rows[0]);
    expect(cells.slice(1).map((c) => c[2])).toEqual(body.map((r) => r[2]));
    expect(cells.find((c) => c[2].endsWith(SEED_ROW.task))![4]).toBe(SEED_ROW.responsible.join('、'));
    await page.close();
  });

  it('by pointer (390): drawer search → details drawer → evidence → source; ask; overlaps; export .xlsx', async () => {
    const page = await open(NARROW);
    await page.click('#btn-panel');
    await page.fill('#search-input', '区农业农村委');
    await page.locator('#search-list li[data-id]').first().click();
    await page.waitForFunction(() => document.querySelector('#details-name')?.textContent === '区农业农村委');
    expect(await page.evaluate(() => document.body.dataset.drawer)).toBe('details');
    const details = await box(page, '#details');
    expect(details.width).toBe(NARROW.width);
    await page.locator('#details-tasks a.evidence').first().click();
    await page.locator('#source-mark').waitFor();
    const path = await shot(page, 'source-390');
    expect(path).toBeTruthy();
    await page.click('#source-close');
    await page.click('#details-close');
    await page.click('[data-tab="ask"]');
    await page.fill('#ask-input', '哪些项目涉及涪江？');
    await page.click('#ask-submit');
    await page.locator('#ask-items li').first().waitFor();
    await shot(page, 'ask-390');
    await page.click('[data-tab="overlaps"]');
    await page.locator('#overlap-matrix td.cell').first().click();
    await page.locator('#shared-list li').first().waitFor();
    expect(await horizontalOverflow(page)).toBeLessThanOrEqual(0);
    await page.click('[data-tab="explore"]');
    await page.click('#export-menu-button');
    const [download] = await Promise.all([page.waitForEvent('download'), page.click('#export-xlsx')]);
    expect(download.suggestedFilename()).toMatch(/\.xlsx$/);
    await page.close();
  });

  it('uploads by drop and by the file button (token asked once), shows the summary, deletes after confirmation', async () => {
    const page = await open(WIDE, '#tab=documents');
    const before = (await server.store.listDocuments()).length;
    await page.evaluate((text) => {
      const dt = new DataTransfer();
      dt.items.add(new File([text], '河道保洁方案.txt', { type: 'text/plain' }));
      document.querySelector('#dropzone')!.dispatchEvent(new DragEvent('drop', { dataTransfer: dt, bubbles: true, cancelable: true }));
    }, SMALL_PLAN);
    await page.locator('#token-input').waitFor();
    await page.fill('#token-input', TOKEN);
    await page.click('#token-dialog-ok');
    const report = page.locator('.upload-report').first();
    await report.waitFor({ timeout: READY_MS });
    expect(await report.locator('.upload-summary').textContent()).toMatch(/2 项任务/);
    expect((await server.store.listDocuments()).length).toBe(before + 1);
    await page.locator('#document-list li', { hasText: '测试区河道保洁工作方案' }).waitFor();
    await shot(page, 'documents');
    // Second upload through the button and the file chooser: no second token prompt this session.
    const [chooser] = await Promise.all([page.waitForEvent('filechooser'), page.click('#upload-pick')]);
    await chooser.setFiles({ name: '河道保洁方案副本.txt', mimeType: 'text/plain', buffer: Buffer.from(SMALL_PLAN) });
    await page.locator('.upload-report h3', { hasText: '已导入过' }).waitFor();
    expect(await page.locator('#token-dialog').count()).toBe(0);
    const item = page.locator('#document-list li', { hasText: '测试区河道保洁工作方案' });
    await item.locator('.doc-delete').click();
    await page.click('#confirm-dialog-cancel');
    expect((await server.store.listDocuments()).length).toBe(before + 1);
    await item.locator('.doc-delete').click();
    await page.click('#confirm-dialog-ok');
    await page.locator('p.deleted').waitFor();
    expect((await server.store.listDocuments()).length).toBe(before);
    await page.close();
  });

  it('shows properties in plain words and section titles, English with plurals, and keeps the view when the language changes', async () => {
    const page = await open();
    const id = (await server.store.run('search', { text: SEED_ROW.task, labels: ['Task'] })).hits.items[0].id;
    await page.evaluate((nid) => (window as unknown as { policyGraph: { explorer: { focus(id: string): Promise<void> } } }).policyGraph.explorer.focus(nid), id);
    await page.waitForFunction((name) => document.querySelector('#details-name')?.textContent === name, SEED_ROW.task);
    const props = await page.locator('#details-props').textContent();
    expect(props).not.toMatch(/docId|start|end|\bkind\b|\bpath\b/);
    expect(props).toContain('所在章节');
    expect(props).not.toMatch(/\(十\)\/|gap\d+\//);
    await page.waitForTimeout(400);
    const view = () => page.evaluate(() => { const cy = (window as unknown as PgWindow).policyGraph.cy; return { pan: cy.pan(), zoom: cy.zoom(), selected: cy.nodes(':selected').map((n) => n.id()) }; });
    const before = await view();
    await page.click('[data-tab="overlaps"]');
    await page.click('#lang-switch');
    expect(await page.locator('#stats-line').textContent()).toMatch(/^1 document · \d+ nodes · \d+ relationships$/);
    await page.click('[data-tab="explore"]');
    await page.waitForTimeout(400);
    const after = await view();
    expect(after.selected).toEqual([id]);
    expect(after.zoom).toBeCloseTo(before.zoom, 6);
    expect(after.pan.x).toBeCloseTo(before.pan.x, 3);
    expect(after.pan.y).toBeCloseTo(before.pan.y, 3);
    expect(await page.locator('#details-props').textContent()).toContain('Section');
    await page.click('#lang-switch');
    await page.close();
  });

  it('axe-core finds no serious or critical violation on each view at both widths', async () => {
    const found: Record<string, unknown> = {};
    for (const size of [WIDE, NARROW]) {
      const page = await open(size, `#node=${encodeURIComponent(await unitId('区水利局'))}`);
      await page.locator('#details-tasks li').first().waitFor();
      for (const tab of TABS) {
        await page.click(`[data-tab="${tab}"]`);
        if (tab === 'overlaps') await page.locator('#overlap-matrix').waitFor();
        if (tab === 'documents') await page.locator('#document-list li').first().waitFor();
        const v = await seriousViolations(page);
        if (v.length) found[`${size.width} ${tab}`] = v;
      }
      await page.close();
    }
    expect(found).toEqual({});
  }, 120_000);
});
