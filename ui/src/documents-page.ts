// The library (文件 tab): upload by drop or pick (with progress), every document with its metadata, filters, warnings, delete and "only this one".
import { api } from './api.ts';
import { append, clear, h } from './dom.ts';
import { confirmDialog, withToken } from './dialogs.ts';
import { t, term } from './i18n.ts';
import { documentItem, filterBar, filterLibrary, type LibraryFilters } from './library-list.ts';
import { deleteDocument, documentWarnings, uploadDocument, type DocumentReport } from './writes.ts';

const ACCEPT = '.txt,.md,.docx';
const WARNINGS_SHOWN = 50;

interface DocumentsPage {
  show(): Promise<void>;
  render(): void;
}

interface DocumentsPageHooks {
  /** After an upload or delete. */
  onChange(): void;
  /** "Only this document": set the scope of every view. */
  scopeTo(docId: string): void;
}

export function createDocumentsPage(root: HTMLElement, hooks: DocumentsPageHooks): DocumentsPage {
  const input = h('input', { type: 'file', id: 'upload-input', accept: ACCEPT, multiple: true, class: 'visually-hidden', tabindex: -1, 'aria-label': t('docs.pick') });
  const reports = h('div', { id: 'upload-reports', 'aria-live': 'polite' });
  const filtersSlot = h('div', { id: 'library-filters' });
  const countLine = h('p', { id: 'library-count', class: 'muted small', 'aria-live': 'polite' });
  const list = h('ul', { id: 'document-list', class: 'doc-list' });
  let docs: Awaited<ReturnType<typeof api.documents>>['documents'] | null = null;
  let filters: LibraryFilters = {};
  let lastReports: { report: DocumentReport; warnings: Awaited<ReturnType<typeof documentWarnings>> }[] = [];

  const refresh = async () => {
    docs = (await api.documents()).documents;
    renderList();
  };

  const renderList = () => {
    if (!docs) return;
    append(clear(filtersSlot), filterBar(docs, filters, (next) => { filters = next; renderList(); }));
    const shown = filterLibrary(docs, filters);
    countLine.textContent = t('library.count', { shown: shown.length, n: docs.length });
    const actions = { remove: (id: string, title: string) => void remove(id, title), scopeTo: hooks.scopeTo };
    append(clear(list), ...(shown.length ? shown.map((d) => documentItem(d, actions)) : [h('li', { class: 'muted' }, t(docs.length ? 'library.noneMatch' : 'docs.none'))]));
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
      hooks.onChange();
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
      hooks.onChange();
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
    append(clear(root), h('h2', {}, t('docs.title')), zone, reports, filtersSlot, countLine, list);
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
