// The local docs page in Chromium: it lists the operations of /openapi.json and its "try it" form calls the API.
import type { AddressInfo } from 'node:net';
import { serve, type ServerType } from '@hono/node-server';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { browserGate, describeWhen, launchBrowser, type Browser } from '../e2e/support/browser.ts';
import { seedStore } from './support.ts';

const gate = browserGate();

describe.runIf(gate.run)('docs page', () => {
  let server: ServerType;
  let url: string;
  let browser: Browser;

  beforeAll(async () => {
    const app = createApp({ store: await seedStore(), ask: { model: null } });
    server = await new Promise<ServerType>((resolve) => {
      const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(s));
    });
    url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    await new Promise((resolve) => server?.close(resolve));
  });

  it('lists the operations and runs one from its form', async () => {
    const page = await browser.context.newPage();
    const errors: string[] = [];
    page.on('pageerror', (e) => errors.push(e.message));
    page.on('request', (r) => { if (!r.url().startsWith(url)) errors.push(`external request ${r.url()}`); });
    await page.goto(`${url}/docs`);
    await page.waitForSelector('details');
    expect(await page.locator('details').count()).toBeGreaterThan(20);
    const ask = page.locator('details', { has: page.locator('code', { hasText: /^\/api\/ask$/u }) });
    await ask.locator('summary').click();
    await ask.locator('textarea').fill(JSON.stringify({ question: '区水利局牵头哪些任务？' }));
    await ask.locator('button').click();
    await expect.poll(() => ask.locator('pre').textContent()).toContain('完善水利基础设施');
    expect(await ask.locator('pre').textContent()).toMatch(/^200/u);
    expect(errors).toEqual([]);
    await page.close();
  }, 60_000);
});

describeWhen(!gate.run && gate.failure)('docs page (browser required)', () => {
  it('needs Chromium', () => {
    throw new Error(gate.failure);
  });
});
