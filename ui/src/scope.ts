// The scope every view honours (documents, jurisdictions, levels, years): its URL form, the API's query form, and which documents it keeps.
import type { DocumentSummary } from '../../graph/catalogue/schemas.ts';
import { DOCUMENT_LEVELS, type DocumentLevel } from '../../graph/metadata/document-meta.ts';

/** The shared contract: absent or empty lists mean "all". */
export interface Scope {
  docIds?: string[];
  jurisdictions?: string[];
  levels?: DocumentLevel[];
  years?: number[];
}

type Doc = Pick<DocumentSummary, 'id' | 'title' | 'jurisdiction' | 'metadata'>;

// The GET catalogue routes and /api/export read these names (the contract's query form).
const PARAM = { docIds: 'docs', jurisdictions: 'jurisdictions', levels: 'levels', years: 'years' } as const;

export function isEmptyScope(scope: Scope): boolean {
  return !scope.docIds?.length && !scope.jurisdictions?.length && !scope.levels?.length && !scope.years?.length;
}

/** `docs=ID,ID&jurisdictions=A,B&levels=区,市&years=2023` (only the parts that are set). */
export function scopeParams(scope: Scope): URLSearchParams {
  const params = new URLSearchParams();
  for (const [key, name] of Object.entries(PARAM) as [keyof Scope, string][]) {
    const list = scope[key];
    if (list?.length) params.set(name, list.join(','));
  }
  return params;
}

/** The inverse of scopeParams, dropping what is not a level or a year. */
export function readScope(params: URLSearchParams): Scope {
  const list = (name: string) => (params.get(name) ?? '').split(',').map((s) => s.trim()).filter((s) => s !== '');
  const scope: Scope = {};
  const docIds = list(PARAM.docIds);
  const jurisdictions = list(PARAM.jurisdictions);
  const levels = list(PARAM.levels).filter((l): l is DocumentLevel => (DOCUMENT_LEVELS as readonly string[]).includes(l));
  const years = list(PARAM.years).map(Number).filter((y) => Number.isInteger(y) && y >= 1900 && y <= 2200);
  if (docIds.length) scope.docIds = docIds;
  if (jurisdictions.length) scope.jurisdictions = jurisdictions;
  if (levels.length) scope.levels = levels;
  if (years.length) scope.years = years;
  return scope;
}

/** The year a document is of: its date's year, else its period's first year. */
function documentYear(doc: Doc): number | null {
  const from = doc.metadata.date ?? doc.metadata.period;
  return from ? Number(from.slice(0, 4)) : null;
}

/** Of year Y: its date is in Y, its period names Y, or its title does (the query language's rule, graph/query/memory-filter.ts). */
function ofYear(doc: Doc, year: number): boolean {
  const y = String(year);
  return !!doc.metadata.date?.startsWith(y) || !!doc.metadata.period?.includes(y) || doc.title.includes(y);
}

/** Whether a document passes every part of the scope that is set. */
export function inScope(scope: Scope, doc: Doc): boolean {
  if (scope.docIds?.length && !scope.docIds.includes(doc.id)) return false;
  if (scope.jurisdictions?.length && !scope.jurisdictions.includes(doc.jurisdiction)) return false;
  if (scope.levels?.length && !(doc.metadata.level && scope.levels.includes(doc.metadata.level))) return false;
  if (scope.years?.length && !scope.years.some((y) => ofYear(doc, y))) return false;
  return true;
}

/** The ids of the documents in scope, or null for "all" (no filtering needed). */
export function scopedDocIds(scope: Scope, docs: readonly Doc[]): Set<string> | null {
  if (isEmptyScope(scope)) return null;
  return new Set(docs.filter((d) => inScope(scope, d)).map((d) => d.id));
}

/** The choices the selector offers, from the loaded documents: sorted, each once. */
export function scopeChoices(docs: readonly Doc[]): { jurisdictions: string[]; levels: DocumentLevel[]; years: number[] } {
  const jurisdictions = [...new Set(docs.map((d) => d.jurisdiction).filter((j) => j))].sort((a, b) => a.localeCompare(b, 'zh-CN'));
  const present = new Set(docs.map((d) => d.metadata.level));
  const years = [...new Set(docs.map(documentYear).filter((y): y is number => y !== null))].sort((a, b) => a - b);
  return { jurisdictions, levels: DOCUMENT_LEVELS.filter((l) => present.has(l)), years };
}

export interface Option<V> { value: V; label: string }

/**
 * Which options a long list shows: every chosen one, then those whose label holds the typed text, up to `cap`;
 * `hidden` counts the rest, so a library of a thousand plans offers a filter instead of a thousand checkboxes.
 */
export function visibleOptions<V>(options: readonly Option<V>[], chosen: readonly V[], text: string, cap: number): { shown: Option<V>[]; hidden: number } {
  const needle = text.trim().toLowerCase();
  const picked = options.filter((o) => chosen.includes(o.value));
  const matching = options.filter((o) => !chosen.includes(o.value) && (!needle || o.label.toLowerCase().includes(needle)));
  const room = Math.max(0, cap - picked.length);
  return { shown: [...picked, ...matching.slice(0, room)], hidden: options.length - picked.length - Math.min(room, matching.length) };
}
