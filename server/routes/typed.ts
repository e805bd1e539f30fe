// Typed GET routes for the common catalogue queries: path and query strings in, the catalogue's answer out.
import { createRoute, z } from '@hono/zod-openapi';
import { CATALOGUE, type QueryName } from '../../graph/catalogue/catalogue.ts';
import { ERRORS, json } from '../http/openapi.ts';
import { runCatalogue, SEARCH_NOTE } from './catalogue.ts';
import type { App, RouteContext } from './context.ts';

type Strings = Record<string, string | undefined>;

const text = (description: string) => z.string().optional().openapi({ description });
const int = (description: string) => z.string().regex(/^\d*$/u, '应为整数 / expected an integer').optional().openapi({ type: 'integer', description });
const list = (description: string) => text(`${description} (comma-separated)`);
const role = text('lead | support | responsible');
const limit = int('max items');

/** The scope of every catalogue GET route and of the export (graph/catalogue/scope.ts): comma-separated lists. */
export const SCOPE_QUERY = {
  docs: list('only these documents (ids) / 只看这些文件'),
  jurisdictions: list("only documents of these jurisdictions, e.g. 铜梁区 / 辖区"),
  levels: list('only documents of these levels: 省, 市, 县, 区, 乡镇 / 层级'),
  years: z.string().regex(/^\s*(\d{4}\s*(,\s*\d{4}\s*)*)?$/u, '应为逗号分隔的年份，如 2023,2024 / expected years such as 2023,2024').optional()
    .openapi({ description: "only documents of these years (the document's date, period or title; comma-separated) / 年份" }),
};

/** Empty query values (`?role=`) mean "not given". */
function opt(v: string | undefined): string | undefined {
  return v === undefined || v === '' ? undefined : v;
}
function num(v: string | undefined): number | undefined {
  return opt(v) === undefined ? undefined : Number(v);
}
function csv(v: string | undefined): string[] | undefined {
  const items = opt(v)?.split(',').map((s) => s.trim()).filter(Boolean);
  return items?.length ? items : undefined;
}
/** The scope the query string names, or undefined for every document (values are checked by the catalogue's schema). */
export function scopeFrom(q: Strings): Record<string, unknown> | undefined {
  const scope = clean({ docIds: csv(q.docs), jurisdictions: csv(q.jurisdictions), levels: csv(q.levels), years: csv(q.years)?.map(Number) });
  return Object.keys(scope).length > 0 ? scope : undefined;
}

/** `place` and `Place` both name the label. */
function label(v: string | undefined): string | undefined {
  return v ? v[0].toUpperCase() + v.slice(1).toLowerCase() : v;
}

function clean(input: Record<string, unknown>): Record<string, unknown> {
  return Object.fromEntries(Object.entries(input).filter(([, v]) => v !== undefined));
}

interface Typed {
  path: string;
  query: QueryName;
  params?: Record<string, z.ZodType>;
  qs?: Record<string, z.ZodType>;
  input: (p: Strings, q: Strings) => Record<string, unknown>;
}

const TYPED: Typed[] = [
  { path: '/api/units/{unit}/tasks', query: 'unitTasks', params: { unit: z.string() }, qs: { role, limit },
    input: (p, q) => ({ unit: p.unit, role: opt(q.role), limit: num(q.limit) }) },
  { path: '/api/units/{unit}/partners', query: 'unitPartners', params: { unit: z.string() }, qs: { limit },
    input: (p, q) => ({ unit: p.unit, limit: num(q.limit) }) },
  { path: '/api/shared', query: 'sharedTasks', qs: { a: text('unit A'), b: text('unit B'), limit },
    input: (_, q) => ({ a: q.a, b: q.b, limit: num(q.limit) }) },
  { path: '/api/overlaps', query: 'overlaps',
    qs: { minShared: int('minimum shared tasks'), role, docId: text('document id'), section: text('section id or path prefix'), entity: text('entity node id'), limit },
    input: (_, q) => ({ minShared: num(q.minShared), role: opt(q.role), docId: opt(q.docId), section: opt(q.section), entity: opt(q.entity), limit: num(q.limit) }) },
  { path: '/api/entities/{label}/{name}/tasks', query: 'entityTasks', params: { label: z.string(), name: z.string() }, qs: { limit },
    input: (p, q) => ({ label: label(p.label), name: p.name, limit: num(q.limit) }) },
  { path: '/api/entities/{label}/{name}/units', query: 'entityUnits', params: { label: z.string(), name: z.string() }, qs: { limit },
    input: (p, q) => ({ label: label(p.label), name: p.name, limit: num(q.limit) }) },
  { path: '/api/workload', query: 'workload', qs: { docId: text('document id'), limit },
    input: (_, q) => ({ docId: opt(q.docId), limit: num(q.limit) }) },
  { path: '/api/gaps', query: 'accountabilityGaps', qs: { crowdedThreshold: int('units that make a task crowded'), docId: text('document id'), limit },
    input: (_, q) => ({ crowdedThreshold: num(q.crowdedThreshold), docId: opt(q.docId), limit: num(q.limit) }) },
  { path: '/api/targets', query: 'targets', qs: { indicator: text('indicator contains'), year: int('year'), docId: text('document id'), text: text('sentence contains'), limit },
    input: (_, q) => ({ indicator: opt(q.indicator), year: num(q.year), docId: opt(q.docId), text: opt(q.text), limit: num(q.limit) }) },
  { path: '/api/neighborhood/{id}', query: 'neighborhood', params: { id: z.string() }, qs: { depth: int('hops, 1-3'), limit, labels: list('node labels') },
    input: (p, q) => ({ id: p.id, depth: num(q.depth), limit: num(q.limit), labels: csv(q.labels) }) },
  { path: '/api/path', query: 'shortestPath', qs: { a: text('node id, name or alias'), b: text('node id, name or alias'), maxDepth: int('longest path') },
    input: (_, q) => ({ a: q.a, b: q.b, maxDepth: num(q.maxDepth) }) },
  { path: '/api/search', query: 'search', qs: { q: text('words to search'), labels: list('node labels'), limit },
    input: (_, q) => ({ text: q.q, labels: csv(q.labels), limit: num(q.limit) }) },
  { path: '/api/communities', query: 'communities', qs: { limit }, input: (_, q) => ({ limit: num(q.limit) }) },
  { path: '/api/stats', query: 'stats', input: () => ({}) },
];

export function registerTypedRoutes(app: App, ctx: RouteContext): void {
  for (const t of TYPED) {
    const def = CATALOGUE[t.query];
    const route = createRoute({
      method: 'get', path: t.path, operationId: `get_${t.query}`, tags: ['queries'],
      summary: `${def.summary.zh} / ${def.summary.en}`, description: `${def.description.en}${t.query === 'search' ? SEARCH_NOTE : ''}`,
      request: { ...(t.params ? { params: z.object(t.params) } : {}), query: z.object({ ...t.qs, ...SCOPE_QUERY }) },
      responses: { 200: json(def.output, def.summary.en), ...ERRORS },
    });
    app.openapi(route, (async (c: { req: { param: () => Strings; query: () => Strings }; json: (v: unknown, s: 200) => Response }) =>
      c.json(await runCatalogue(ctx, t.query, clean({ ...t.input(c.req.param(), c.req.query()), scope: scopeFrom(c.req.query()) })), 200)) as never);
  }
}
