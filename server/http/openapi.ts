// Shared OpenAPI pieces: the error body, response helpers and the request schemas of the non-catalogue routes.
import { z } from '@hono/zod-openapi';
import { askAnswerSchema } from '../ask/schema.ts';

const errorBodySchema = z.object({
  error: z.object({
    code: z.string(),
    message: z.string(),
    hint: z.string().optional(),
    issues: z.array(z.object({ path: z.string(), message: z.string(), code: z.string().optional() })).optional(),
  }),
}).openapi('Error');

export function json<T extends z.ZodType>(schema: T, description: string) {
  return { description, content: { 'application/json': { schema } } };
}

const error = (description: string) => json(errorBodySchema, description);

/** The error responses every route may give. */
export const ERRORS = {
  400: error('输入无效 / invalid input'),
  403: error('主机名不被接受，或跨站写请求 / host not served, or a cross-site write'),
  404: error('不存在 / not found'),
  500: error('内部错误 / internal error'),
  503: error('存储不可用或查询超时 / store unavailable or query timed out'),
} as const;

export const WRITE_ERRORS = {
  ...ERRORS,
  401: error('需要令牌 / API token required'),
  413: error('文件过大 / too large'),
  415: error('不支持的格式 / unsupported format'),
  422: error('超出解析预算 / over the parse budget (time, nodes, edges, warnings, memory)'),
  507: error('存储已满、只读或磁盘已满 / store full, read-only, or disk full'),
} as const;

export const askRequestSchema = z.object({
  question: z.string().min(1).openapi({ example: '区水利局牵头哪些任务？' }),
}).openapi('AskRequest');

/** The ask response is defined once in server/ask/schema.ts; here it only gets its OpenAPI name. */
export const askResponseSchema = askAnswerSchema.openapi('AskAnswer');

export const documentReportSchema = z.object({
  docId: z.string(), source: z.string(), title: z.string(), status: z.enum(['added', 'updated', 'unchanged']),
  tasks: z.number(), sections: z.number(), units: z.number(), assignments: z.number(),
  entities: z.record(z.string(), z.number()), targets: z.number(), warnings: z.number(),
  noTasks: z.string().optional().openapi({ description: '没有读出任务时的原因 / why no task was read (the NO_TASKS warning)' }),
  noDuties: z.string().optional().openapi({ description: '读出任务但没有读出任何单位时的原因 / why no unit was read for the tasks (the NO_DUTIES warning)' }),
}).openapi('DocumentReport');

export const uploadSchema = z.object({
  file: z.any().openapi({ type: 'string', format: 'binary', description: '.txt / .md / .docx, ≤ 20 MB' }),
});

export const healthSchema = z.object({
  ok: z.boolean().openapi({ description: 'The store answers reads' }),
  store: z.enum(['memory', 'neo4j']),
  writable: z.boolean().openapi({ description: 'A write would succeed now (false: read-only after start-up, disk full, …)' }),
  problem: z.string().optional().openapi({ description: 'Why the store cannot write' }),
});
export const documentTextSchema = z.object({ id: z.string(), text: z.string() });
export const deletedSchema = z.object({ id: z.string(), deleted: z.literal(true) });
