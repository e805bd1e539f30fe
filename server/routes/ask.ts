// POST /api/ask: a question in plain Chinese (or English) → plan, answer, evidence and elements to highlight.
import { createRoute } from '@hono/zod-openapi';
import { askQuestion, type AskAnswer } from '../ask/index.ts';
import { askRequestSchema, askResponseSchema, ERRORS, json } from '../http/openapi.ts';
import type { App, RouteContext } from './context.ts';

/** An answer the cache hands out again is sent as the text it was sent as before (~50 KB for a busy unit's tasks). */
const sent = new WeakMap<AskAnswer, string>();

function bodyOf(answer: AskAnswer): string {
  let body = sent.get(answer);
  if (body === undefined) {
    body = JSON.stringify(answer);
    sent.set(answer, body);
  }
  return body;
}

export function registerAskRoute(app: App, ctx: RouteContext): void {
  app.openapi(createRoute({
    method: 'post', path: '/api/ask', operationId: 'ask', tags: ['ask'],
    summary: '用中文提问 / ask a question',
    description: `问题最长 ${ctx.limits.questionChars} 字。回答包含所用查询（plan）、答案文字和条目、原文证据，以及要在图中高亮的 Cytoscape 元素；不确定时附 suggestions。`,
    request: { body: { content: { 'application/json': { schema: askRequestSchema } }, required: true } },
    responses: { 200: json(askResponseSchema, 'The answer'), ...ERRORS },
  }), (async (c: { req: { valid: (t: 'json') => { question: string } }; body: (v: string, s: 200, h: Record<string, string>) => Response }) => {
    const { question } = c.req.valid('json');
    const answer = await askQuestion(ctx.store, question, { ...ctx.ask, maxChars: ctx.limits.questionChars });
    return c.body(bodyOf(answer), 200, { 'content-type': 'application/json' });
  }) as never);
}
