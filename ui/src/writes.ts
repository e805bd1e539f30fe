// Writes to the API (upload with progress, delete) with the API token asked once and kept for the browser session.
import type { z } from 'zod';
import type { AlignmentLink, LinkStatus } from '../../graph/align/schemas.ts';
import type { IngestWarning } from '../../graph/model.ts';
import type { documentReportSchema } from '../../server/http/openapi.ts';

/** What an upload reports: derived from the server's own schema. */
export type DocumentReport = z.infer<typeof documentReportSchema>;

const TOKEN_KEY = 'policy-graph.token';

export class WriteError extends Error {
  override name = 'WriteError';
  constructor(readonly status: number, message: string) {
    super(message);
  }
}

function sessionToken(): string | null {
  try { return sessionStorage.getItem(TOKEN_KEY); } catch { return null; }
}

export function keepToken(token: string | null): void {
  try {
    if (token) sessionStorage.setItem(TOKEN_KEY, token);
    else sessionStorage.removeItem(TOKEN_KEY);
  } catch { /* storage blocked: the token lives until the next reload */ }
}

function errorOf(status: number, body: string): WriteError {
  let message = `HTTP ${status}`;
  try { message = (JSON.parse(body) as { error?: { message?: string } }).error?.message ?? message; } catch { /* not JSON */ }
  return new WriteError(status, message);
}

/** POST /api/documents as multipart, reporting upload progress (fetch cannot, XMLHttpRequest can). */
export function uploadDocument(file: File, onProgress: (fraction: number) => void): Promise<DocumentReport> {
  return new Promise((resolve, reject) => {
    const xhr = new XMLHttpRequest();
    xhr.open('POST', '/api/documents');
    const token = sessionToken();
    if (token) xhr.setRequestHeader('authorization', `Bearer ${token}`);
    xhr.upload.addEventListener('progress', (e) => { if (e.lengthComputable) onProgress(e.loaded / e.total); });
    xhr.addEventListener('load', () => {
      if (xhr.status >= 200 && xhr.status < 300) resolve(JSON.parse(xhr.responseText) as DocumentReport);
      else reject(errorOf(xhr.status, xhr.responseText));
    });
    xhr.addEventListener('error', () => reject(new WriteError(0, 'network')));
    const form = new FormData();
    form.append('file', file, file.name);
    xhr.send(form);
  });
}

export async function deleteDocument(id: string): Promise<void> {
  const token = sessionToken();
  const res = await fetch(`/api/documents/${encodeURIComponent(id)}`, { method: 'DELETE', headers: token ? { authorization: `Bearer ${token}` } : {} });
  if (!res.ok) throw errorOf(res.status, await res.text());
}

export async function documentWarnings(docId: string): Promise<IngestWarning[]> {
  const res = await fetch(`/api/report?docId=${encodeURIComponent(docId)}`);
  if (!res.ok) throw errorOf(res.status, await res.text());
  return ((await res.json()) as { warnings: IngestWarning[] }).warnings;
}

/** PUT /api/links/{id}: a reviewer accepts or rejects a suggested link (returns the updated link). */
export async function reviewLink(id: string, status: LinkStatus, note?: string): Promise<AlignmentLink> {
  const token = sessionToken();
  const res = await fetch(`/api/links/${encodeURIComponent(id)}`, {
    method: 'PUT',
    headers: { 'content-type': 'application/json', accept: 'application/json', ...(token ? { authorization: `Bearer ${token}` } : {}) },
    body: JSON.stringify(note ? { status, note } : { status }),
  });
  if (!res.ok) throw errorOf(res.status, await res.text());
  return (await res.json()) as AlignmentLink;
}
