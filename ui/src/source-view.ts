// The source-text view: a document's normalised text with one evidence span highlighted and scrolled into view.
import { api } from './api.ts';
import { byId, h, setStatus } from './dom.ts';
import { t } from './i18n.ts';

/** Characters shown around the span when a document is very long (keeps the dialog light). */
const CONTEXT_CHARS = 20_000;

let titles: Map<string, string> | undefined;

export function setDocumentTitles(map: Map<string, string>): void {
  titles = map;
}

export function initSourceView(): void {
  const dialog = byId<HTMLDialogElement>('source-dialog');
  byId('source-close').addEventListener('click', () => dialog.close());
  dialog.addEventListener('click', (event) => { if (event.target === dialog) dialog.close(); });
}

export async function openSource(docId: string, start: number, end: number): Promise<void> {
  const dialog = byId<HTMLDialogElement>('source-dialog');
  const pre = byId('source-text');
  let text: string;
  try {
    text = await api.documentText(docId);
  } catch (error) {
    setStatus(`${t('error.prefix')}: ${(error as Error).message}`, 'error');
    return;
  }
  const from = Math.max(0, start - CONTEXT_CHARS);
  const to = Math.min(text.length, end + CONTEXT_CHARS);
  const mark = h('mark', { id: 'source-mark', 'data-start': start, 'data-end': end }, text.slice(start, end));
  pre.replaceChildren(from > 0 ? '…' : '', text.slice(from, start), mark, text.slice(end, to), to < text.length ? '…' : '');
  byId('source-title').textContent = `${titles?.get(docId) ?? docId} · ${start}–${end}`;
  if (!dialog.open) dialog.showModal();
  mark.scrollIntoView({ block: 'center' });
}

/** A link that opens the source view at an evidence span. */
export function evidenceLink(ev: { docId: string; start: number; end: number; text: string }, label?: string): HTMLElement {
  return h('a', {
    href: '#', class: 'evidence', title: `${ev.start}–${ev.end}`, 'data-doc': ev.docId, 'data-start': ev.start,
    onclick: (event: Event) => { event.preventDefault(); void openSource(ev.docId, ev.start, ev.end); },
  }, label ?? `「${ev.text.replace(/\s+/g, ' ')}」`);
}
