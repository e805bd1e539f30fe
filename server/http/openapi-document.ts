// The served OpenAPI document: what zod-openapi generates, plus its servers and its security — a bearer token on
// every write, explicitly none on reads — so a standard linter (Redocly's recommended rules) passes it.
import type { OpenAPIHono } from '@hono/zod-openapi';
import { isWrite } from './guard.ts';

const BEARER = 'bearerToken';
const METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options'] as const;

type Document = ReturnType<OpenAPIHono['getOpenAPI31Document']>;

export function openApiDocument(app: OpenAPIHono): Document {
  const doc = app.getOpenAPI31Document({
    openapi: '3.1.0',
    info: {
      title: 'policy-graph API', version: '0.1.0',
      description: '政策文件知识图谱：查询、提问、导入。Chinese policy plans as an evidence-linked knowledge graph.',
      license: { name: 'MIT', url: 'https://opensource.org/license/mit' },
    },
    // Relative: the document is right for whatever host and port (or proxy prefix) served it.
    servers: [{ url: '/', description: '本服务 / this server' }],
  });
  doc.components ??= {};
  doc.components.securitySchemes = {
    ...doc.components.securitySchemes,
    [BEARER]: {
      type: 'http', scheme: 'bearer',
      description: '写操作需要 API_TOKEN（服务器设置了时）；未设置时只接受本机、同源的写请求 / writes need API_TOKEN when the server sets one; without it only same-origin writes from this machine are accepted.',
    },
  };
  for (const [path, item] of Object.entries(doc.paths ?? {})) {
    for (const method of METHODS) {
      const op = item?.[method];
      if (op) op.security = isWrite(method.toUpperCase(), path) ? [{ [BEARER]: [] }] : [];
    }
  }
  return doc;
}
