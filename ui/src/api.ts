// Typed client of the policy-graph HTTP API; query shapes come straight from the catalogue's zod schemas.
import type { QueryInput, QueryName, QueryOutput } from '../../graph/catalogue/catalogue.ts';
import type { DocumentSummary } from '../../graph/catalogue/schemas.ts';
import type { GraphExport, GraphNode } from '../../graph/model.ts';
import type { Comparison, PairAlignment } from '../../graph/align/schemas.ts';
import type { AskAnswer } from '../../server/ask/schema.ts';
import { t } from './i18n.ts';
import { scopeParams, type Scope } from './scope.ts';
import { narrowGraph, narrowOutput, workloadOf } from './scope-filter.ts';

export type { QueryName, QueryOutput } from '../../graph/catalogue/catalogue.ts';

export interface CyElementData {
  id: string;
  label?: string;
  name?: string;
  source?: string;
  target?: string;
  type?: string;
  [key: string]: unknown;
}

/** The ask response, derived from the server's one zod schema. */
export type AskResponse = AskAnswer;

export type Stats = QueryOutput<'stats'>;

/** An API failure carrying the server's `{error: {code, message}}`. */
export class ApiError extends Error {
  override name = 'ApiError';
  constructor(readonly code: string, message: string, readonly status: number) {
    super(message);
  }
}

/** How long the explorer waits, in all, for a server that is still loading its stored documents. */
const LOADING_WAIT_MS = 120_000;

/** The response; a 503 with Retry-After (the server still loading) is asked again after the wait it names. */
async function fetchWhenLoaded(path: string, init: RequestInit): Promise<Response> {
  const until = Date.now() + LOADING_WAIT_MS;
  for (;;) {
    const response = await fetch(path, init);
    const wait = Number(response.headers.get('retry-after')) * 1000;
    if (response.status !== 503 || !(wait > 0) || Date.now() + wait > until) return response;
    await new Promise((r) => setTimeout(r, wait));
  }
}

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetchWhenLoaded(path, { ...init, headers: { accept: 'application/json', ...(init?.body ? { 'content-type': 'application/json' } : {}) } });
  } catch (error) {
    throw new ApiError('NETWORK', t('error.network', { detail: (error as Error).message }), 0);
  }
  const body: unknown = await response.json().catch(() => null);
  if (!response.ok) {
    const err = (body as { error?: { code?: string; message?: string } } | null)?.error;
    throw new ApiError(err?.code ?? 'HTTP', err?.message ?? `HTTP ${response.status}`, response.status);
  }
  return body as T;
}

function post<T>(path: string, body: unknown): Promise<T> {
  return call<T>(path, { method: 'POST', body: JSON.stringify(body) });
}

const textCache = new Map<string, Promise<string>>();

/** The scope every call carries, and the documents it resolves to (null: all). */
let scope: { value: Scope; docs: ReadonlySet<string> | null } = { value: {}, docs: null };
let scopedExport: Promise<GraphExport> | null = null;

/** Set by the scope selector; every later call honours it. */
export function setApiScope(value: Scope, docs: ReadonlySet<string> | null): void {
  scope = { value, docs };
  scopedExport = null;
}

function exportJson(): Promise<GraphExport> {
  const params = scopeParams(scope.value);
  params.set('format', 'json');
  const docs = scope.docs;
  return call<GraphExport>(`/api/export?${params}`).then((g) => (docs ? narrowGraph(g, docs, true) : g));
}

/** Per the scope contract the body carries `scope`; one document in scope also goes as the queries' own docId. */
function scopedQuery<N extends QueryName>(name: N, input: QueryInput<N>): Promise<QueryOutput<N>> {
  const docs = scope.docs;
  if (docs && docs.size !== 1 && name === 'workload') {
    // Counted over the scoped graph until the server counts within a scope itself.
    scopedExport ??= exportJson();
    return scopedExport.then((g) => workloadOf(g, (input as QueryInput<'workload'>).limit ?? 50) as QueryOutput<N>);
  }
  const byDoc = docs?.size === 1 && ['workload', 'overlaps', 'accountabilityGaps', 'targets'].includes(name) ? { docId: [...docs][0] } : {};
  const body = docs ? { ...input, ...byDoc, scope: scope.value } : input;
  return post<QueryOutput<N>>(`/api/query/${name}`, body).then((out) => narrowOutput(name, out, docs));
}

/** An answer's items and highlighted elements, kept to the documents in scope. */
function narrowAnswer(answer: AskResponse, docs: ReadonlySet<string> | null): AskResponse {
  if (!docs) return answer;
  const keep = (docId: unknown) => typeof docId !== 'string' || docs.has(docId);
  const elements = answer.elements.filter((e) => keep((e.data as { docId?: unknown }).docId));
  const ids = new Set(elements.map((e) => e.data.id));
  return {
    ...answer,
    answer: { ...answer.answer, items: answer.answer.items.filter((i) => keep((i as { docId?: unknown }).docId)) },
    evidence: answer.evidence.filter((e) => keep(e.docId)),
    elements: elements.filter((e) => !e.data.source || (ids.has(String(e.data.source)) && ids.has(String(e.data.target)))),
  };
}

export const api = {
  stats: () => call<Stats>('/api/stats'),
  documents: () => call<{ documents: DocumentSummary[] }>('/api/documents'),
  node: (id: string) => call<GraphNode>(`/api/nodes/${encodeURIComponent(id)}`),
  query: scopedQuery,
  ask: (question: string) => {
    const docs = scope.docs;
    return post<AskResponse>('/api/ask', docs ? { question, scope: scope.value } : { question }).then((a) => narrowAnswer(a, docs));
  },
  exportJson,
  align: (from: string, to: string) =>
    call<{ pairs: PairAlignment[] }>(`/api/align?${new URLSearchParams({ from, to })}`),
  /** Every pair the server finds related (one cites the other, or names a higher jurisdiction). */
  alignPairs: () => call<{ pairs: PairAlignment[] }>('/api/align'),
  compare: (before: string, after: string) => call<Comparison>(`/api/compare?${new URLSearchParams({ before, after })}`),
  /** A document's normalised text (the string evidence offsets index into), fetched once per page. */
  documentText(docId: string): Promise<string> {
    let text = textCache.get(docId);
    if (!text) {
      text = call<{ id: string; text: string }>(`/api/documents/${encodeURIComponent(docId)}/text`).then((r) => r.text);
      text.catch(() => textCache.delete(docId));
      textCache.set(docId, text);
    }
    return text;
  },
};
