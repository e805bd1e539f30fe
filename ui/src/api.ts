// Typed client of the policy-graph HTTP API; query shapes come straight from the catalogue's zod schemas.
import type { QueryInput, QueryName, QueryOutput } from '../../graph/catalogue/catalogue.ts';
import type { DocumentSummary } from '../../graph/catalogue/schemas.ts';
import type { GraphExport, GraphNode } from '../../graph/model.ts';
import type { AskAnswer } from '../../server/ask/schema.ts';
import { t } from './i18n.ts';

export type { QueryOutput } from '../../graph/catalogue/catalogue.ts';

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

async function call<T>(path: string, init?: RequestInit): Promise<T> {
  let response: Response;
  try {
    response = await fetch(path, { ...init, headers: { accept: 'application/json', ...(init?.body ? { 'content-type': 'application/json' } : {}) } });
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

export const api = {
  stats: () => call<Stats>('/api/stats'),
  documents: () => call<{ documents: DocumentSummary[] }>('/api/documents'),
  node: (id: string) => call<GraphNode>(`/api/nodes/${encodeURIComponent(id)}`),
  query: <N extends QueryName>(name: N, input: QueryInput<N>) => post<QueryOutput<N>>(`/api/query/${name}`, input),
  ask: (question: string) => post<AskResponse>('/api/ask', { question }),
  exportJson: () => call<GraphExport>('/api/export?format=json'),
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
