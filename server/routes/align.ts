// Alignment across levels and plan comparison over HTTP: the same entry point as `policy-graph align` / `compare`.
import { createRoute, z } from '@hono/zod-openapi';
import { comparisonSchema, pairAlignmentSchema } from '../../graph/align/schemas.ts';
import { alignStore, compareStore } from '../alignment.ts';
import { ERRORS, json } from '../http/openapi.ts';
import type { App, RouteContext } from './context.ts';
import { registerLinkRoutes } from './links.ts';

const docRef = z.string().trim().min(1).max(300);

export function registerAlignRoutes(app: App, ctx: RouteContext): void {
  registerLinkRoutes(app, ctx);
  app.openapi(createRoute({
    method: 'get', path: '/api/align', operationId: 'align', tags: ['documents'],
    summary: '上下级任务对应 / which lower task carries out which higher task',
    description: 'Every pair of loaded documents where one carries out the other (it cites the other\'s title, or names its jurisdiction at a higher level), or just `from` → `to` (document id or title). Every link has a stable `id`, its evidence and its `status`: suggested, or the reviewer\'s decision (`PUT /api/links/{id}`); rejected links do not count for gaps and orphans.',
    request: { query: z.object({ from: docRef.optional(), to: docRef.optional() }) },
    responses: { 200: json(z.object({ pairs: z.array(pairAlignmentSchema) }), 'Aligned document pairs'), ...ERRORS },
  }), async (c) => {
    const { from, to } = c.req.valid('query');
    return c.json({ pairs: await alignStore(ctx.store, from && to ? { from, to } : {}) }, 200);
  });

  app.openapi(createRoute({
    method: 'get', path: '/api/compare', operationId: 'compare', tags: ['documents'],
    summary: '比较两版方案 / compare two plans: tasks kept, reworded, added, dropped; load; targets',
    request: { query: z.object({ before: docRef, after: docRef }) },
    responses: { 200: json(comparisonSchema, 'The comparison'), ...ERRORS },
  }), async (c) => {
    const { before, after } = c.req.valid('query');
    return c.json(await compareStore(ctx.store, before, after), 200);
  });
}
