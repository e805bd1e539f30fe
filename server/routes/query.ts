// POST /api/query: run a plan of the typed query language (validated, bounded, read-only) and return its result.
import { createRoute, z } from '@hono/zod-openapi';
import { PLAN_EXAMPLES } from '../../graph/query/examples.ts';
import { PLAN_LIMITS, planResultSchema, planSchema } from '../../graph/query/schema.ts';
import { ERRORS, json } from '../http/openapi.ts';
import { runQueryPlan } from '../query-entry.ts';
import type { App, RouteContext } from './context.ts';

const queryResponseSchema = z.object({ plan: planSchema, result: planResultSchema });

const DESCRIPTION = `一个查询计划是若干步骤组成的管道：find（按名称/别名、标签、全文相关度、文件、章节查找）→ follow（沿关系走，可限角色和方向）→ filter（文件、辖区、年份、章节、有/无某关系）→ as/use/combine（命名、交、并、差）→ count/group/rank/compare（汇总）→ return（返回单位、任务、目标、文件、章节）。只读；最多 ${PLAN_LIMITS.steps} 步、中间结果 ${PLAN_LIMITS.setSize} 项、返回 ${PLAN_LIMITS.results} 项。

A plan is a pipeline of steps over the graph: find → follow → filter → as/use/combine → count/group/rank/compare → return. Read-only and bounded (at most ${PLAN_LIMITS.steps} steps, ${PLAN_LIMITS.setSize} items per step, ${PLAN_LIMITS.results} results, ${PLAN_LIMITS.timeMs} ms). Every item carries its docId and the evidence of the edges that produced it. Examples:

${PLAN_EXAMPLES.slice(0, 4).map((e) => `- ${e.question}\n  \`${JSON.stringify(e.plan)}\``).join('\n')}`;

export function registerQueryRoute(app: App, ctx: RouteContext): void {
  app.openapi(createRoute({
    method: 'post', path: '/api/query', operationId: 'queryPlan', tags: ['query language'],
    summary: '运行查询计划 / run a plan of the query language',
    description: DESCRIPTION,
    request: { body: { content: { 'application/json': { schema: planSchema, example: PLAN_EXAMPLES[0].plan } }, required: true } },
    responses: { 200: json(queryResponseSchema, 'The plan as understood (defaults filled in) and its result'), ...ERRORS },
    // The body as sent, not as the route's schema parsed it: that parse drops unknown fields, and parsePlan refuses them.
  }), (async (c: { req: { json: () => Promise<unknown> }; json: (v: unknown, s: 200) => Response }) =>
    c.json(await runQueryPlan(ctx.store, await c.req.json(), ctx.limits.queryTimeoutMs), 200)) as never);
}
