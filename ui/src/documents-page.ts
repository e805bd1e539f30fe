// The documents page: drop or pick files to upload (with progress), see each one's summary and warnings, delete with confirmation.
import { api } from './api.ts';
import { append, clear, h } from './dom.ts';
import { askToken, confirmDialog } from './dialogs.ts';
import { t, term } from './i18n.ts';
import { deleteDocument, documentWarnings, keepToken, uploadDocument, WriteError, type DocumentReport } from './writes.ts';

const ACCEPT = '.txt,.md,.docx';
const WARNINGS_SHOWN = 50;

export interface DocumentsPage {
  show(): Promise<void>;
  render(): void;
}

/** Run a write; on 401 ask for the token (once per session) and try again until it works or the user cancels. */
async function withToken<T>(write: () => Promise<T>): Promise<T> {
  let prompt = t('docs.token');
  for (;;) {
    try {
      return await write();
    } catch (error) {
      if (!(error instanceof WriteError) || error.status !== 401) throw error;
      const token = await askToken(prompt);
      if (token === null) throw error;
      keepToken(token.trim() || null);
      prompt = t('docs.tokenWrong');
    }
  }
}

export function createDocumentsPage(root: HTMLElement, onChange: () => void): DocumentsPage {
  const input = h('input', { type: 'file', id: 'upload-input', accept: ACCEPT, multiple: true, class: 'visually-hidden', tabindex: -1, 'aria-label': t('docs.pick') });
  const reports = h('div', { id: 'upload-reports', 'aria-live': 'polite' });
  const list = h('ul', { id: 'document-list', class: 'doc-list' });
  let docs: Awaited<ReturnType<typeof api.documents>>['documents'] | null = null;
  let lastReports: { report: DocumentReport; warnings: Awaited<ReturnType<typeof documentWarnings>> }[] = [];

  const refresh = async () => {
    docs = (await api.documents()).documents;
    renderList();
  };

  const renderList = () => {
    if (!docs) return;
    append(clear(list), ...(docs.length ? docs.map((d) => h('li', { 'data-id': d.id },
      h('span', { class: 'doc-title' }, d.title),
      h('span', { class: 'muted small' }, `${d.source} · ${t('docs.counts', { tasks: d.counts.tasks, units: d.counts.units })}`),
      h('button', { type: 'button', class: 'doc-delete', 'aria-label': `${t('docs.delete')} ${d.title}`, onclick: () => void remove(d.id, d.title) }, t('docs.delete'))))
      : [h('li', { class: 'muted' }, t('docs.none'))]));
  };

  const renderReport = (r: DocumentReport, warnings: Awaited<ReturnType<typeof documentWarnings>>): HTMLElement =>
    h('section', { class: 'card upload-report', 'data-doc': r.docId },
      h('h3', {}, t(r.status === 'unchanged' ? 'docs.unchanged' : 'docs.added', { title: r.title })),
      h('p', { class: 'upload-summary' }, t('docs.summary', { tasks: r.tasks, sections: r.sections, units: r.units, warnings: r.warnings })),
      warnings.length ? h('h4', {}, `${t('docs.warnings')} (${warnings.length})`) : null,
      warnings.length ? h('ul', { class: 'warn-list' }, ...warnings.slice(0, WARNINGS_SHOWN).map((w) =>
        h('li', {}, h('strong', {}, term('warn', w.code)), ' ', w.message))) : null);

  const uploadOne = async (file: File) => {
    const bar = h('progress', { max: 1, value: 0, 'aria-label': file.name });
    const line = h('div', { class: 'upload-progress' }, h('span', {}, t('docs.uploading', { name: file.name })), bar);
    reports.prepend(line);
    try {
      const report = await withToken(() => uploadDocument(file, (f) => { bar.value = f; }));
      const warnings = await documentWarnings(report.docId).catch(() => []);
      lastReports = [{ report, warnings }, ...lastReports];
      line.replaceWith(renderReport(report, warnings));
      onChange();
    } catch (error) {
      line.replaceWith(h('p', { class: 'error', role: 'alert' }, `${t('error.prefix')}: ${file.name}: ${(error as Error).message}`));
    }
  };

  const uploadAll = async (files: FileList | File[]) => {
    for (const file of [...files]) await uploadOne(file);
    await refresh();
  };

  const remove = async (id: string, title: string) => {
    if (!(await confirmDialog(t('docs.deleteConfirm', { title })))) return;
    try {
      await withToken(() => deleteDocument(id));
      reports.prepend(h('p', { class: 'deleted' }, t('docs.deleted', { title })));
      onChange();
    } catch (error) {
      reports.prepend(h('p', { class: 'error', role: 'alert' }, `${t('error.prefix')}: ${(error as Error).message}`));
    }
    await refresh();
  };

  const pick = h('button', { type: 'button', id: 'upload-pick', onclick: () => input.click() }, t('docs.pick'));
  const zone = h('div', { id: 'dropzone', class: 'dropzone' }, h('span', { class: 'drop-text' }, t('docs.drop')), ' ', pick, input);
  input.addEventListener('change', () => { if (input.files?.length) void uploadAll(input.files).finally(() => { input.value = ''; }); });
  zone.addEventListener('dragover', (e) => { e.preventDefault(); zone.classList.add('over'); });
  zone.addEventListener('dragleave', () => zone.classList.remove('over'));
  zone.addEventListener('drop', (e) => {
    e.preventDefault();
    zone.classList.remove('over');
    if (e.dataTransfer?.files.length) void uploadAll(e.dataTransfer.files);
  });

  const render = () => {
    append(clear(root), h('h2', {}, t('docs.title')), zone, reports, list);
    (zone.querySelector('.drop-text') as HTMLElement).textContent = t('docs.drop');
    pick.textContent = t('docs.pick');
    reports.replaceChildren(...lastReports.map((r) => renderReport(r.report, r.warnings)));
    renderList();
  };

  return {
    async show() {
      if (!root.hasChildNodes()) render();
      await refresh();
    },
    render,
  };
}
