// Browser render timing: the explorer in headless Chromium against the benchmark's server, time until the UI says it is ready.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import type { Skipped } from './api.ts';

export interface BrowserResult {
  runs: number;
  /** From navigation start to body[data-ready="true"]. */
  readyMs: number[];
  readyMsMedian: number;
  domContentLoadedMs: number;
  nodes: number;
}

const RUNS = 3;
const READY_TIMEOUT_MS = 120_000;

export async function browserSection(url: string, uiDir: string): Promise<BrowserResult | Skipped> {
  if (!existsSync(join(uiDir, 'index.html'))) return { skipped: `no built UI at ${uiDir} (npm run build:ui)` };
  const { CHROMIUM_PATH, launchBrowser } = await import('../e2e/support/browser.ts');
  if (!existsSync(CHROMIUM_PATH)) return { skipped: `no Chromium at ${CHROMIUM_PATH} (apt-get install -y chromium)` };
  const browser = await launchBrowser();
  try {
    const readyMs: number[] = [];
    let domContentLoadedMs = 0;
    let nodes = 0;
    for (let i = 0; i < RUNS; i++) {
      const page = await browser.context.newPage();
      const t0 = Date.now();
      await page.goto(`${url}/`);
      await page.waitForSelector('body[data-ready="true"]', { timeout: READY_TIMEOUT_MS });
      readyMs.push(Date.now() - t0);
      domContentLoadedMs = await page.evaluate(() => (performance.getEntriesByType('navigation')[0] as PerformanceNavigationTiming).domContentLoadedEventEnd);
      nodes = await page.evaluate(() => (window as unknown as { policyGraph: { cy: { nodes(): { length: number } } } }).policyGraph.cy.nodes().length);
      await page.close();
    }
    const sorted = [...readyMs].sort((a, b) => a - b);
    return { runs: RUNS, readyMs, readyMsMedian: sorted[Math.floor(sorted.length / 2)], domContentLoadedMs, nodes };
  } finally {
    await browser.close();
  }
}
