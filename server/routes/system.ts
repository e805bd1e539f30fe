// Health, data-quality report and whole-graph export (json, graphml, csv).
import { setTimeout as delay } from 'node:timers/promises';
import type { MiddlewareHandler } from 'hono';
import { createRoute, z } from '@hono/zod-openapi';
import { AppError } from '../../graph/errors.ts';
import { toCsv } from '../../graph/export/csv.ts';
import { toGraphML } from '../../graph/export/graphml.ts';
import { evidenceSchema } from '../../graph/catalogue/schemas.ts';
import { ERRORS, healthSchema, json } from '../http/openapi.ts';
import type { App, RouteContext } from './context.ts';
import { withLinkEdges } from '../alignment.ts';
import { documentsInScope, isScoped, scopeExport } from '../../graph/catalogue/scope.ts';
import { scopeSchema } from '../../graph/catalogue/schemas.ts';
import type { GraphExport } from '../../graph/model.ts';
import type { GraphStore } from '../../graph/store/graph-store.ts';
import { SCOPE_QUERY, scopeFrom } from './typed.ts';

const FORMATS = {
  json: { type: 'application/json; charset=utf-8', ext: 'json' },
  graphml: { type: 'application/graphml+xml; charset=utf-8', ext: 'graphml' },
  csv: { type: 'text/csv; charset=utf-8', ext: 'csv' },
} as const;

const warningSchema = z.object({
  code: z.string(), message: z.string(), docId: z.string(), evidence: evidenceSchema.optional(), detail: z.record(z.string(), z.unknown()).optional(),
});

/** The whole graph, or (with docs/jurisdictions/levels/years) the chosen documents' subgraph. */
async function scopedExport(store: GraphStore, query: Record<string, string | undefined>): Promise<GraphExport> {
  const given = scopeFrom(query);
  const graph = await store.exportGraph();
  if (given === undefined) return graph;
  const parsed = scopeSchema.safeParse(given);
  if (!parsed.success) {
    throw new AppError('BAD_INPUT', '导出范围无效 / invalid export scope', {
      issues: parsed.error.issues.map((i) => ({ ...i, path: ['scope', ...i.path] })),
      hint: 'levels: 省,市,县,区,乡镇; years: 2023,2024.',
    });
  }
  return isScoped(parsed.data) ? scopeExport(graph, documentsInScope(await store.listDocuments(), parsed.data)) : graph;
}

/** A probe writes to disk; health checks come often, so its answer is reused this long. */
const WRITE_PROBE_TTL_MS = 2_000;
const LOADING = '正在加载已存储的文件 / loading the stored documents';
/** How long a health check waits for the start-up probe before answering from what is known (writable until shown not). */
const FIRST_PROBE_WAIT_MS = 100;

export function registerSystemRoutes(app: App, ctx: RouteContext): void {
  const { store } = ctx;
  let probed = { at: -Infinity, problem: null as string | null };
  let probing: Promise<void> | null = null;
  /** Bumped when a write fails: a probe begun before that must not answer for after it. */
  let generation = 0;
  const probe = () => (probing ??= (async () => {
    const [at, started] = [performance.now(), generation];
    const problem = (await store.writeProblem?.()) ?? null;
    if (started === generation) probed = { at, problem };
  })().finally(() => { probing = null; }));
  // A stale answer is refreshed behind the reply: the probe's fsync waits for the disk, which a large upload's own
  // write keeps busy for a while. Serving, the first probe starts with the app (0.3–1 s on a busy disk) and a health
  // check waits FIRST_PROBE_WAIT_MS for it at most; a probe after a failed write is waited for in full.
  // Once settled (a failed one too), the usual rule applies.
  let startProbe = ctx.probeAtStart ? probe().catch(() => undefined).finally(() => { startProbe = null; }) : null;
  const writeProblem = async () => {
    if (probed.at !== -Infinity) {
      if (performance.now() - probed.at > WRITE_PROBE_TTL_MS) void probe().catch(() => undefined);
    } else if (startProbe && generation === 0) {
      await Promise.race([startProbe, delay(FIRST_PROBE_WAIT_MS)]);
    } else {
      // Awaited: and once more if a write failed meanwhile, so the answer is from after it.
      await probe();
      if (probed.at === -Infinity) await probe();
    }
    return probed.problem;
  };
  // A write that failed on the server's side (disk full, store gone) is news the next health check must not miss.
  const forgetProbeOnFailedWrite: MiddlewareHandler = async (c, next) => {
    await next();
    if (c.req.method !== 'GET' && c.res.status >= 500) {
      probed = { at: -Infinity, problem: null };
      generation += 1;
      probing = null;
    }
  };
  app.use('/api/documents', forgetProbeOnFailedWrite);
  app.use('/api/documents/*', forgetProbeOnFailedWrite);
  app.openapi(createRoute({
    method: 'get', path: '/api/health', operationId: 'health', tags: ['system'], summary: '健康检查 / health (touches the store)',
    responses: { 200: json(healthSchema, 'The store answers'), 403: ERRORS[403], 503: ERRORS[503] },
  }), async (c) => {
    // Loading the stored documents (serve listens first): up, not yet reading or writing.
    if (ctx.loading()) return c.json({ ok: false, store: store.kind, writable: false, problem: LOADING }, 200);
    await store.getDocument('health-check');
    const problem = await writeProblem();
    return c.json({ ok: true, store: store.kind, writable: problem === null, ...(problem ? { problem } : {}) }, 200);
  });

  app.openapi(createRoute({
    method: 'get', path: '/api/report', operationId: 'report', tags: ['system'], summary: '数据质量警告 / data-quality warnings',
    request: { query: z.object({ docId: z.string().optional() }) },
    responses: { 200: json(z.object({ warnings: z.array(warningSchema) }), 'Warnings by document, then batch order'), ...ERRORS },
  }), async (c) => {
    const { docId } = c.req.valid('query');
    return c.json({ warnings: await store.warnings(docId || undefined) }, 200);
  });

  app.openapi(createRoute({
    method: 'get', path: '/api/export', operationId: 'export', tags: ['system'],
    summary: '导出整个图 / export the graph', description: 'json is `policy-graph/v1` (reviewers\' accepted/rejected links as IMPLEMENTS edges); graphml for Gephi/yEd; csv one row per relationship (UTF-8 BOM). A scope exports only the chosen documents\' subgraph.',
    request: { query: z.object({ format: z.string().optional().openapi({ enum: ['json', 'graphml', 'csv'] }), ...SCOPE_QUERY }) },
    responses: { 200: { description: 'The graph as a file' }, ...ERRORS },
  }), (async (c: { req: { valid: (t: 'query') => Record<string, string | undefined> }; body: (b: string, s: 200, h: Record<string, string>) => Response }) => {
    const query = c.req.valid('query');
    const format = query.format || 'json';
    if (!Object.hasOwn(FORMATS, format)) {
      throw new AppError('BAD_INPUT', `未知的导出格式 / unknown export format: ${format}`, {
        issues: [{ path: ['format'], message: 'json | graphml | csv', code: 'invalid_value' }],
      });
    }
    const graph = await withLinkEdges(store, await scopedExport(store, query));
    const f = FORMATS[format as keyof typeof FORMATS];
    const body = format === 'json' ? JSON.stringify(graph) : format === 'graphml' ? toGraphML(graph) : toCsv(graph);
    return c.body(body, 200, { 'content-type': f.type, 'content-disposition': `attachment; filename="policy-graph.${f.ext}"` });
  }) as never);
}
