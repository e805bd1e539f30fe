// The MCP server: ask, the catalogue (search included) and the query language as read-only tools over the route's store.
import { McpServer } from '@modelcontextprotocol/sdk/server/mcp.js';
import type { CallToolResult } from '@modelcontextprotocol/sdk/types.js';
import { z } from 'zod';
import { CATALOGUE, QUERY_NAMES } from '../../graph/catalogue/catalogue.ts';
import { isAppError } from '../../graph/errors.ts';
import { planSchema } from '../../graph/query/schema.ts';
import { askQuestion } from '../ask/index.ts';
import { runCatalogue, runQueryPlan } from '../query-entry.ts';
import type { RouteContext } from '../routes/context.ts';
import { describePlanTool, PLAN_TOOL_NAME } from '../tools.ts';

const MCP_SERVER_NAME = 'policy-graph';
const ASK_TOOL_NAME = 'ask';
const READ_ONLY = { readOnlyHint: true, destructiveHint: false, idempotentHint: true, openWorldHint: false } as const;

/** A tool's answer as JSON text; an AppError becomes a tool error the assistant can read and correct. */
async function answer(work: () => Promise<unknown>): Promise<CallToolResult> {
  try {
    return { content: [{ type: 'text', text: JSON.stringify(await work()) }] };
  } catch (error) {
    if (!isAppError(error)) throw error;
    const detail = { code: error.code, message: error.message, hint: error.hint, issues: error.issues };
    return { isError: true, content: [{ type: 'text', text: JSON.stringify({ error: detail }) }] };
  }
}

/** A fresh server per request (stateless transport): tools see the same timed store and limits as the API. */
export function createMcpServer(ctx: RouteContext): McpServer {
  const server = new McpServer({ name: MCP_SERVER_NAME, version: '0.1.0' });
  server.registerTool(ASK_TOOL_NAME, {
    description: 'Ask a question about the loaded government plans in Chinese or English; the answer names its items, documents and evidence. 用中文提问。',
    inputSchema: z.object({ question: z.string().min(1).max(ctx.limits.questionChars) }),
    annotations: READ_ONLY,
  }, ({ question }) => answer(() => askQuestion(ctx.store, question, { ...ctx.ask, maxChars: ctx.limits.questionChars })));
  for (const name of QUERY_NAMES) {
    const def = CATALOGUE[name];
    server.registerTool(name, {
      title: `${def.summary.zh} / ${def.summary.en}`,
      description: `${def.description.en} ${def.description.zh}`,
      inputSchema: def.input as z.ZodObject,
      annotations: READ_ONLY,
    }, (input: unknown) => answer(() => runCatalogue(ctx.store, name, input as never)));
  }
  server.registerTool(PLAN_TOOL_NAME, {
    description: describePlanTool(), inputSchema: planSchema, annotations: READ_ONLY,
  }, (plan: unknown) => answer(() => runQueryPlan(ctx.store, plan, ctx.limits.queryTimeoutMs)));
  return server;
}
