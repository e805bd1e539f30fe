// POST /api/query/{name} for every catalogue query (validated by its own zod schema) and GET /api/nodes/{id}.
import { createRoute, z } from '@hono/zod-openapi';
import { CATALOGUE, QUERY_NAMES, type QueryName } from '../../graph/catalogue/catalogue.ts';
import { lightNode } from '../../graph/catalogue/order.ts';
import { graphNodeSchema } from '../../graph/catalogue/schemas.ts';
import { AppError } from '../../graph/errors.ts';
import { ERRORS, json } from '../http/openapi.ts';
import { runCatalogue as runQuery } from '../query-entry.ts';
import type { App, RouteContext } from './context.ts';

export const SEARCH_NOTE = '\n\nNames and aliases rank as in the catalogue; task and section text is ranked by BM25 over jieba words (score ≤ 20). 名称/别名优先，任务原文按 BM25 排序。';

/** The catalogue's one entry point (server/query-entry.ts), over the route's timed store. */
export function runCatalogue(ctx: RouteContext, name: QueryName, input: unknown): Promise<unknown> {
  return runQuery(ctx.store, name, input as never);
}

export function registerCatalogueRoutes(app: App, ctx: RouteContext): void {
  for (const name of QUERY_NAMES) {
    const def = CATALOGUE[name];
    const route = createRoute({
      method: 'post', path: `/api/query/${name}`, operationId: `query_${name}`, tags: ['catalogue'],
      summary: `${def.summary.zh} / ${def.summary.en}`, description: `${def.description.zh}\n\n${def.description.en}${name === 'search' ? SEARCH_NOTE : ''}`,
      request: { body: { content: { 'application/json': { schema: def.input } }, required: false } },
      responses: { 200: json(def.output, def.summary.en), ...ERRORS },
    });
    app.openapi(route, (async (c: { req: { valid: (t: 'json') => unknown }; json: (v: unknown, s: 200) => Response }) =>
      c.json(await runCatalogue(ctx, name, c.req.valid('json')), 200)) as never);
  }
  app.post('/api/query/:name', (c) => {
    throw new AppError('NOT_FOUND', `未知查询「${c.req.param('name')}」/ unknown query`, { hint: `可用 / available: ${QUERY_NAMES.join(', ')}` });
  });

  const nodeRoute = createRoute({
    method: 'get', path: '/api/nodes/{id}', operationId: 'getNode', tags: ['graph'], summary: '节点详情 / a merged node',
    request: { params: z.object({ id: z.string().min(1) }) },
    responses: { 200: json(graphNodeSchema, 'The merged node'), ...ERRORS },
  });
  app.openapi(nodeRoute, async (c) => {
    const { id } = c.req.valid('param');
    const node = await ctx.store.getNode(id);
    if (!node) throw new AppError('NOT_FOUND', `节点不存在 / no node ${id}`);
    return c.json(lightNode(node), 200);
  });
}
