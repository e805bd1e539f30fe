// Debian's Chromium driven by playwright-core: the gate (skip or fail when it is missing) and a fresh headless launch.
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { chromium, type BrowserContext, type Page } from 'playwright-core';
import { describe } from 'vitest';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

/** The two viewports every suite checks, and how long a page may take to say it is ready on a busy machine. */
export const WIDE = { width: 1440, height: 900 };
export const NARROW = { width: 390, height: 844 };
export const READY_MS = 30_000;

const LAUNCH_ARGS = [
  '--headless', '--no-sandbox', '--disable-gpu', '--disable-background-networking',
  '--disable-component-update', '--disable-sync', '--no-first-run',
];

export interface BrowserGate {
  run: boolean;
  /** Set when the suite must fail: REQUIRE_BROWSER=1 and no browser. */
  failure?: string;
}

/** Decide once per file; prints the one line that says why it skips and how to enable it. */
export function browserGate(): BrowserGate {
  if (existsSync(CHROMIUM_PATH)) return { run: true };
  const why = `no Chromium at ${CHROMIUM_PATH}`;
  if (process.env.REQUIRE_BROWSER === '1') return { run: false, failure: `${why}, and REQUIRE_BROWSER=1 demands it (apt-get install -y chromium, or set CHROMIUM_PATH).` };
  console.log(`[e2e] skipped: ${why}; enable with \`apt-get install -y chromium\` (or CHROMIUM_PATH=/path/to/chromium), REQUIRE_BROWSER=1 makes a missing browser fail.`);
  return { run: false };
}

export interface Browser {
  context: BrowserContext;
  close(): Promise<void>;
}

/** A headless Chromium with a fresh profile directory, removed on close. */
export async function launchBrowser(): Promise<Browser> {
  const profile = mkdtempSync(join(tmpdir(), 'policy-graph-e2e-'));
  // playwright refuses --user-data-dir in args; a persistent context on a fresh directory is the same thing.
  const context = await chromium.launchPersistentContext(profile, {
    executablePath: CHROMIUM_PATH, headless: true, args: LAUNCH_ARGS,
    viewport: { width: 1440, height: 900 }, acceptDownloads: true, locale: 'zh-CN',
  });
  return {
    context,
    async close() {
      await context.close();
      rmSync(profile, { recursive: true, force: true });
    },
  };
}

/** A new page at `url` with the given viewport, once the explorer marks itself ready (body[data-ready]). */
export async function openReady(browser: Browser, url: string, size: { width: number; height: number }, readyMs = READY_MS): Promise<Page> {
  const page = await browser.context.newPage();
  await page.setViewportSize(size);
  await page.goto(url);
  await page.waitForSelector('body[data-ready="true"]', { timeout: readyMs });
  return page;
}

/** Console errors and uncaught exceptions of a page, collected from the start. */
export function collectErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (m) => { if (m.type() === 'error') errors.push(m.text()); });
  page.on('pageerror', (e) => errors.push(e.message));
  return errors;
}

/** The graph's state through the page's `window.policyGraph` handle. */
export function graphNodes(page: Page, selector = 'node'): Promise<{ id: string; label: string; name: string; classes: string[] }[]> {
  return page.evaluate((sel) => {
    const cy = (window as unknown as { policyGraph: { cy: import('cytoscape').Core } }).policyGraph.cy;
    return cy.nodes(sel).map((n) => ({ id: n.id(), label: String(n.data('label')), name: String(n.data('name')), classes: n.classes() }));
  }, selector);
}

/** Where a node sits on the page, for real mouse clicks. */
export function nodePagePosition(page: Page, id: string): Promise<{ x: number; y: number }> {
  return page.evaluate((nodeId) => {
    const cy = (window as unknown as { policyGraph: { cy: import('cytoscape').Core } }).policyGraph.cy;
    const p = cy.getElementById(nodeId).renderedPosition();
    const box = cy.container()!.getBoundingClientRect();
    return { x: box.x + p.x, y: box.y + p.y };
  }, id);
}

/**
 * `describe` when the condition holds, otherwise nothing is registered: the guard suite that fails
 * without a browser must not show up as "skipped" when the browser is there (CI counts skips).
 */
export function describeWhen(condition: unknown): (name: string, body: () => void) => void {
  return condition ? (name, body) => describe(name, body) : () => undefined;
}
