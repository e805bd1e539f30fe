// Shared helpers for the hardening suites: seed variants, store fingerprints, the OpenAPI route list, hostile strings.
import { readFileSync } from 'node:fs';
import { readdir } from 'node:fs/promises';
import { join } from 'node:path';
import type { GraphStore } from '../../graph/store/graph-store.ts';
import type { createApp } from '../../server/app.ts';

export type App = ReturnType<typeof createApp>;

export const SEED_PATH = 'seeds/shuangcheng-action-plan.txt';
export const SEED_TEXT = readFileSync(new URL(`../../${SEED_PATH}`, import.meta.url), 'utf8');
const SEED_TITLE = '关于推动双城经济圈建设行动方案';

/**
 * Variant `i` of the seed: a distinct title and a cut at a different length, so each variant is its own
 * document (own id) with its own task count, while sharing most units with the seed.
 */
export function seedVariant(i: number, parts = 12): string {
  const cut = Math.round(SEED_TEXT.length * (0.25 + (0.75 * ((i % parts) + 1)) / parts));
  return SEED_TEXT.slice(0, cut).replace(SEED_TITLE, `${SEED_TITLE}（第${i}稿）`);
}

/** Strings that try to smuggle Cypher, SQL or prototype keys through a question or a query input. */
export const HOSTILE_STRINGS = [
  'MATCH (n) DETACH DELETE n',
  "'); DROP TABLE units; --",
  "CALL dbms.killQueries(['x'])",
  'CALL apoc.periodic.iterate("MATCH (n) RETURN n", "DETACH DELETE n", {})',
  '区水利局牵头哪些任务 } RETURN 1 //',
  "x'}) DETACH DELETE n //",
  '区水利局"}) MATCH (m) SET m.name = "pwned" //',
  '$unit',
  '` ) DETACH DELETE n //',
  '__proto__',
  'constructor',
  '.*',
] as const;

/** Everything a write could change: the whole export, the document list and, with a data dir, its files. */
export async function fingerprint(store: GraphStore, dataDir?: string): Promise<string> {
  const files = dataDir ? (await readdir(join(dataDir, 'memory-store')).catch(() => [])).sort() : [];
  return JSON.stringify({ graph: await store.exportGraph(), documents: await store.listDocuments(), files });
}

export async function request(app: App, method: string, path: string, init: RequestInit = {}) {
  const res = await app.request(path, { method, ...init });
  const text = await res.text();
  let body: any = null;
  try {
    body = text ? JSON.parse(text) : null;
  } catch {
    body = text;
  }
  return { status: res.status, body, res };
}

export function postJson(app: App, path: string, body: unknown, headers: Record<string, string> = {}) {
  return request(app, 'POST', path, { body: JSON.stringify(body), headers: { 'content-type': 'application/json', ...headers } });
}

export function upload(app: App, name: string, content: string | Uint8Array, headers: Record<string, string> = {}) {
  const form = new FormData();
  form.append('file', new Blob([content as BlobPart]), name);
  return request(app, 'POST', '/api/documents', { body: form, headers });
}

export interface OpenApiParam {
  name: string;
  in: 'path' | 'query';
  required?: boolean;
  schema?: { type?: string; enum?: string[] };
}

export interface JsonSchema {
  type?: string;
  enum?: unknown[];
  properties?: Record<string, JsonSchema>;
  required?: string[];
  items?: JsonSchema;
  default?: unknown;
  minimum?: number;
}

export interface Operation {
  method: string;
  path: string;
  operationId: string;
  params: OpenApiParam[];
  body: JsonSchema | null;
  multipart: boolean;
}

/** Every operation of /openapi.json, with its parameters and JSON body schema. */
export async function operations(app: App): Promise<Operation[]> {
  const doc = (await (await app.request('/openapi.json')).json()) as {
    paths: Record<string, Record<string, { operationId: string; parameters?: OpenApiParam[]; requestBody?: { content: Record<string, { schema: JsonSchema }> } }>>;
  };
  return Object.entries(doc.paths).flatMap(([path, item]) => Object.entries(item).map(([method, op]) => ({
    method: method.toUpperCase(),
    path,
    operationId: op.operationId,
    params: op.parameters ?? [],
    body: op.requestBody?.content['application/json']?.schema ?? null,
    multipart: Boolean(op.requestBody?.content['multipart/form-data']),
  })));
}

/** Reads: every GET, plus the POSTs that only ask (the question route and the catalogue). */
export function isRead(op: Pick<Operation, 'method' | 'path'>): boolean {
  return op.method === 'GET' || (op.method === 'POST' && (op.path === '/api/ask' || op.path === '/api/query' || op.path.startsWith('/api/query/')));
}

/** `/api/units/{unit}/tasks` with its path parameters filled in (URL-encoded). */
export function fillPath(path: string, value: (name: string) => string): string {
  return path.replace(/\{(\w+)\}/g, (_, name: string) => encodeURIComponent(value(name)));
}

/**
 * A JSON body for a catalogue schema: every free-text property set by `text`; enums (to their first value),
 * arrays and numbers only when required, so the optional filters stay open.
 */
export function bodyFor(schema: JsonSchema, text: (key: string) => string): Record<string, unknown> {
  const out: Record<string, unknown> = {};
  for (const [key, s] of Object.entries(schema.properties ?? {})) {
    const required = schema.required?.includes(key) ?? false;
    if (s.enum) {
      if (required) out[key] = s.enum[0];
    } else if (s.type === 'string') out[key] = text(key);
    else if (required && s.type === 'array') out[key] = s.items?.enum ? [s.items.enum[0]] : [text(key)];
    else if (required) out[key] = s.default ?? s.minimum ?? 1;
  }
  return out;
}
