// The OpenAPI document, the local docs page, and the UI (ui/dist when built, else a placeholder page).
import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { serveStatic } from '@hono/node-server/serve-static';
import type { MiddlewareHandler } from 'hono';
import { DOCS_HTML, DOCS_SCRIPT } from '../http/docs-page.ts';
import { openApiDocument } from '../http/openapi-document.ts';
import type { App } from './context.ts';

const DEFAULT_UI_DIR = fileURLToPath(new URL('../../ui/dist', import.meta.url));

const PLACEHOLDER_HTML = `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>policy-graph</title>
<style>body{font:15px/1.6 system-ui,"PingFang SC","Microsoft YaHei",sans-serif;max-width:640px;margin:60px auto;padding:0 16px;color:#1f2328}</style></head>
<body><h1>policy-graph 政策图谱</h1><p>界面尚未构建。可以先通过 <a href="/docs">API 文档</a> 查询和提问，例如 <code>POST /api/ask {"question":"区水利局牵头哪些任务？"}</code>。</p>
<p>The UI has not been built yet (ui/dist). Use the <a href="/docs">API docs</a> meanwhile.</p></body></html>`;

export function registerPages(app: App, uiDir: string = DEFAULT_UI_DIR): void {
  // Built on first request, once every route is registered.
  let openapi: ReturnType<typeof openApiDocument> | null = null;
  app.get('/openapi.json', (c) => c.json(openapi ??= openApiDocument(app)));
  app.get('/docs', (c) => c.html(DOCS_HTML));
  app.get('/docs/docs.js', (c) => c.body(DOCS_SCRIPT, 200, { 'content-type': 'text/javascript; charset=utf-8' }));

  // Checked per request: the UI may be built while the server runs. Created lazily: serveStatic warns on a missing root.
  const built = () => existsSync(join(uiDir, 'index.html'));
  let files: MiddlewareHandler | null = null;
  app.get('*', async (c, next) => {
    if (c.req.path.startsWith('/api/')) return next();
    if (!built()) return c.req.path === '/' ? c.html(PLACEHOLDER_HTML) : next();
    files ??= serveStatic({ root: uiDir });
    const res = await files(c, async () => {});
    if (res) return res;
    // Paths without a file extension are the single-page app's own routes.
    if (/\.[a-z0-9]+$/iu.test(c.req.path)) return next();
    return c.html(await readFile(join(uiDir, 'index.html'), 'utf8'));
  });
}
