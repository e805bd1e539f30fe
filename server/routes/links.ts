// Reviewers' decisions on IMPLEMENTS links over HTTP: `PUT /api/links/{id}`, behind the same token guard as uploads.
import { createRoute, z } from '@hono/zod-openapi';
import { alignmentLinkSchema, LINK_STATUSES } from '../../graph/align/schemas.ts';
import { decideLink } from '../alignment.ts';
import { requireToken } from '../http/auth.ts';
import { jsonBodyLimit } from '../http/limits.ts';
import { json, WRITE_ERRORS } from '../http/openapi.ts';
import type { App, RouteContext } from './context.ts';

const decisionBody = z.object({
  status: z.enum(LINK_STATUSES).describe('accepted | rejected, or suggested to clear the decision / 确认、否决或撤销'),
  note: z.string().max(2000).optional().describe('why, for the next reviewer / 审核备注'),
});

export function registerLinkRoutes(app: App, ctx: RouteContext): void {
  const guard = requireToken(ctx.apiToken);
  const limit = jsonBodyLimit(ctx.limits.jsonBytes);
  app.use('/api/links/:id', async (c, next) => (c.req.method === 'PUT' ? guard(c, next) : next()));
  app.use('/api/links/:id', async (c, next) => (c.req.method === 'PUT' ? limit(c, next) : next()));

  app.openapi(createRoute({
    method: 'put', path: '/api/links/{id}', operationId: 'decideLink', tags: ['documents'],
    summary: '确认或否决一条上下级对应 / accept or reject an IMPLEMENTS link',
    description: 'The link id is the one `GET /api/align` lists; it stays the same when either plan is re-ingested (ids come from the plans\' titles and task numbering). '
      + 'The decision is stored durably, applies to `GET /api/align` (an accepted link shows whatever its score; a rejected one is listed with status rejected and no longer counts for gaps and orphans) '
      + 'and travels in the JSON export. `suggested` clears it. Needs `Authorization: Bearer <API_TOKEN>` when API_TOKEN is set.',
    request: {
      params: z.object({ id: z.string().min(1).max(200) }),
      body: { required: true, content: { 'application/json': { schema: decisionBody } } },
    },
    responses: { 200: json(alignmentLinkSchema, 'The link with its decision applied'), ...WRITE_ERRORS },
  }), async (c) => {
    const { id } = c.req.valid('param');
    const { status, note } = c.req.valid('json');
    const link = await decideLink(ctx.store, id, status, note);
    c.set('docId', link.sourceDoc);
    return c.json(link, 200);
  });
}
