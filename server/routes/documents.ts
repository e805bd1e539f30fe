// Documents: list, one summary, its text, upload (multipart `file`) and delete; writes need the API token.
import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { HTTPException } from 'hono/http-exception';
import { bodyLimit } from 'hono/body-limit';
import { documentSummarySchema } from '../../graph/catalogue/schemas.ts';
import { AppError } from '../../graph/errors.ts';
import { ingestUpload } from '../../graph/pipeline/ingest.ts';
import { sourceName } from '../../graph/pipeline/source-name.ts';
import { formatOf, unsupportedFormat } from '../../graph/read/formats.ts';
import { requireToken } from '../http/auth.ts';
import { tooLarge, uploadBodyBytes } from '../http/limits.ts';
import { admitUpload } from '../http/memory-watch.ts';
import { readUploadedFile } from '../http/multipart.ts';
import {
  deletedSchema, documentReportSchema, documentTextSchema, ERRORS, json, uploadSchema, WRITE_ERRORS,
} from '../http/openapi.ts';
import type { App, RouteContext } from './context.ts';

const idParam = z.object({ id: z.string().min(1) });

function notFound(id: string): AppError {
  return new AppError('NOT_FOUND', `文件不存在 / no document ${id}`, { hint: 'GET /api/documents 列出全部文件 / lists them all.' });
}

export function registerDocumentRoutes(app: App, ctx: RouteContext): void {
  const { store } = ctx;
  app.openapi(createRoute({
    method: 'get', path: '/api/documents', operationId: 'listDocuments', tags: ['documents'], summary: '文件列表 / documents',
    responses: { 200: json(z.object({ documents: z.array(documentSummarySchema) }), 'Ingested documents'), ...ERRORS },
  }), async (c) => c.json({ documents: await store.listDocuments() }, 200));

  app.openapi(createRoute({
    method: 'get', path: '/api/documents/{id}', operationId: 'getDocument', tags: ['documents'], summary: '文件详情 / one document',
    request: { params: idParam }, responses: { 200: json(documentSummarySchema, 'The document'), ...ERRORS },
  }), async (c) => {
    const { id } = c.req.valid('param');
    c.set('docId', id);
    const doc = await store.getDocument(id);
    if (!doc) throw notFound(id);
    return c.json(doc, 200);
  });

  app.openapi(createRoute({
    method: 'get', path: '/api/documents/{id}/text', operationId: 'getDocumentText', tags: ['documents'],
    summary: '文件全文（证据偏移量的基准）/ normalised text that evidence offsets index into',
    request: { params: idParam }, responses: { 200: json(documentTextSchema, 'The text'), ...ERRORS },
  }), async (c) => {
    const { id } = c.req.valid('param');
    c.set('docId', id);
    const text = await store.getDocumentText(id);
    if (text === null) throw notFound(id);
    return c.json({ id, text }, 200);
  });

  const guard = requireToken(ctx.apiToken);
  const maxBytes = uploadBodyBytes(ctx.limits);
  app.use('/api/documents', async (c, next) => (c.req.method === 'POST' ? guard(c, next) : next()));
  // Only a declared size is checked here (before the body is read). hono's bodyLimit buffers a streamed body whole and
  // copies it into a new Request: with four 20 MB uploads that held the event loop for seconds. readUploadedFile caps
  // a streamed body itself as it reads it.
  const declared = (c: Context) => c.req.header('content-length') !== undefined && c.req.header('transfer-encoding') === undefined;
  app.use('/api/documents', async (c, next) => (c.req.method === 'POST' && declared(c)
    ? bodyLimit({ maxSize: maxBytes, onError: () => { throw tooLarge(ctx.limits.uploadBytes, 'document'); } })(c, next)
    : next()));
  app.use('/api/documents/:id', async (c, next) => (c.req.method === 'DELETE' ? guard(c, next) : next()));

  // Documented like every route, but not validated by zod-openapi: its form validator parses the whole body with
  // formData() in one block on the main thread; readUploadedFile streams it instead.
  app.openAPIRegistry.registerPath(createRoute({
    method: 'post', path: '/api/documents', operationId: 'uploadDocument', tags: ['documents'],
    summary: '上传并导入文件 / upload and ingest a document', description: 'multipart/form-data, field `file`: .txt, .md or .docx. Needs `Authorization: Bearer <API_TOKEN>` when API_TOKEN is set. A failed upload changes nothing.',
    request: { body: { content: { 'multipart/form-data': { schema: uploadSchema } }, required: true } },
    responses: { 200: json(documentReportSchema, 'Already ingested (unchanged)'), 201: json(documentReportSchema, 'Ingested'), ...WRITE_ERRORS },
  }));
  app.post('/api/documents', async (c: Context) => {
    if (!/^multipart\/form-data/i.test(c.req.header('content-type') ?? '')) throw new HTTPException(415, { message: 'Unsupported Media Type' });
    // Before the body is read when its size is declared: an upload the server could not hold is refused on the wire.
    const declared = Number(c.req.header('content-length') ?? 0);
    let release = declared > 0 ? admitUpload(declared) : null;
    try {
      const file = await readUploadedFile(c.req.raw, ctx.limits.uploadBytes, maxBytes);
      release ??= admitUpload(file.bytes.byteLength);
      const name = sourceName(file.name);
      if (formatOf(name) === null) throw unsupportedFormat(name);
      const report = await ingestUpload(store, file.bytes, name, { budget: ctx.parseBudget });
      c.set('docId', report.docId);
      return c.json(report, report.status === 'unchanged' ? 200 : 201);
    } finally {
      release?.();
    }
  });

  app.openapi(createRoute({
    method: 'delete', path: '/api/documents/{id}', operationId: 'deleteDocument', tags: ['documents'],
    summary: '删除文件 / delete a document', request: { params: idParam },
    responses: { 200: json(deletedSchema, 'Deleted'), ...WRITE_ERRORS },
  }), async (c) => {
    const { id } = c.req.valid('param');
    c.set('docId', id);
    if (!(await store.removeDocument(id))) throw notFound(id);
    return c.json({ id, deleted: true as const }, 200);
  });
}
