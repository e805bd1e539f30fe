// The built UI is served from its directory: files as they are, other paths as the single-page app.
import { mkdir, mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from '../../server/app.ts';
import { seedStore } from './support.ts';

let uiDir: string;
let app: ReturnType<typeof createApp>;

beforeAll(async () => {
  uiDir = await mkdtemp(join(tmpdir(), 'pg-ui-'));
  await mkdir(join(uiDir, 'assets'));
  await writeFile(join(uiDir, 'index.html'), '<!doctype html><title>explorer</title>');
  await writeFile(join(uiDir, 'assets', 'app.js'), 'console.log(1)');
  app = createApp({ store: await seedStore(), uiDir });
});
afterAll(async () => {
  await rm(uiDir, { recursive: true, force: true });
});

describe('static UI', () => {
  it('serves index.html at /', async () => {
    const res = await app.request('/');
    expect(res.status).toBe(200);
    expect(await res.text()).toContain('explorer');
  });

  it('serves assets with their type', async () => {
    const res = await app.request('/assets/app.js');
    expect(res.status).toBe(200);
    expect(res.headers.get('content-type')).toMatch(/javascript/u);
  });

  it('answers app routes with index.html and missing files with 404', async () => {
    expect(await (await app.request('/units/some-view')).text()).toContain('explorer');
    expect((await app.request('/assets/missing.js')).status).toBe(404);
  });

  it('never serves files from outside the directory', async () => {
    expect((await app.request('/../package.json')).status).not.toBe(200);
    expect((await app.request('/%2e%2e/package.json')).status).not.toBe(200);
  });
});
