// The alignment view: a higher plan's tasks beside the lower plan's, each link with its score and evidence, gaps and orphans marked, accept/reject.
import type { DocumentSummary } from '../../graph/catalogue/schemas.ts';
import type { LinkStatus, PairAlignment, TaskBrief } from '../../graph/align/schemas.ts';
import { api, ApiError } from './api.ts';
import { withToken } from './dialogs.ts';
import { append, clear, h } from './dom.ts';
import { t } from './i18n.ts';
import { implementsPairs, pairPicker, type Pair } from './pair-picker.ts';
import { reviewLink, WriteError } from './writes.ts';

type Link = PairAlignment['links'][number];
type Row = { higher: TaskBrief | null; link: Link | null; lower: TaskBrief | null; kind: 'link' | 'gap' | 'orphan' };

export interface PageHooks {
  /** The pair shown changed (for the URL). */
  onPair(pair: Pair): void;
  /** Show a task in the graph. */
  focus(id: string): void;
}

export interface PairPage {
  show(docs: readonly DocumentSummary[], pair: Partial<Pair>): Promise<void>;
  render(): void;
}

const byNumber = (a: TaskBrief, b: TaskBrief) => a.number.localeCompare(b.number, 'zh-CN', { numeric: true });

/** Higher tasks in their plan's order, each with its links (best first) or its gap; orphans last. */
export function alignmentRows(pair: PairAlignment): Row[] {
  const higher = new Map<string, TaskBrief>();
  for (const l of pair.links) higher.set(l.target, l.targetTask);
  for (const g of pair.gaps) higher.set(g.id, g);
  const rows: Row[] = [];
  for (const task of [...higher.values()].sort(byNumber)) {
    const links = pair.links.filter((l) => l.target === task.id).sort((a, b) => b.score - a.score);
    if (links.length === 0 || pair.gaps.some((g) => g.id === task.id)) rows.push({ higher: task, link: null, lower: null, kind: 'gap' });
    for (const link of links) rows.push({ higher: task, link, lower: link.sourceTask, kind: 'link' });
  }
  for (const o of [...pair.orphans].sort(byNumber)) rows.push({ higher: null, link: null, lower: o, kind: 'orphan' });
  return rows;
}

/** What a failed call means to the reader: an endpoint this server lacks is said so, with the server's own words. */
export function failureText(error: unknown, what: string): string {
  const status = error instanceof ApiError || error instanceof WriteError ? error.status : 0;
  const message = (error as Error).message;
  if (status === 404 && /no route/.test(message)) return t('pair.noEndpoint', { what, status, message });
  if (status === 405) return t('pair.noEndpoint', { what, status, message });
  return `${t('error.prefix')}: ${message}`;
}

function evidenceList(link: Link): HTMLElement {
  const part = (label: string, items: string[]) => items.length === 0 ? null :
    h('div', { class: 'ev-part' }, h('span', { class: 'muted' }, `${label}：`), ...items.map((w) => h('span', { class: 'chip' }, w)));
  const e = link.evidence;
  return h('div', { class: 'evidence' },
    part(t('align.words'), e.words), part(t('align.entities'), e.entities.map((x) => x.replace(/^\w+:/, ''))), part(t('align.indicators'), e.indicators));
}

export function createAlignPage(root: HTMLElement, hooks: PageHooks): PairPage {
  let docs: readonly DocumentSummary[] = [];
  let pair: Partial<Pair> = [];
  let result: PairAlignment | null = null;
  const message = h('p', { id: 'align-message', role: 'status', 'aria-live': 'polite' });

  const taskCell = (task: TaskBrief | null, badge?: 'gap' | 'orphan') => h('td', { class: task ? 'task-cell' : 'task-cell empty' },
    task ? h('button', { type: 'button', class: 'link task-link', 'data-id': task.id, onclick: () => hooks.focus(task.id) }, `${task.number}. ${task.title}`) : null,
    badge ? h('span', { class: `badge ${badge}` }, t(`align.${badge}`)) : null);

  const say = (text: string, error = false) => {
    message.className = error ? 'error' : '';
    message.setAttribute('role', error ? 'alert' : 'status');
    message.textContent = text;
  };

  const review = async (link: Link, status: LinkStatus) => {
    try {
      await withToken(() => reviewLink(link.id, status));
      say(t(status === 'accepted' ? 'align.acceptedOne' : 'align.rejectedOne', { task: link.sourceTask.title }));
      // The server recounts gaps and orphans with the decision applied.
      await load();
    } catch (error) {
      say(failureText(error, 'PUT /api/links'), true);
    }
  };

  const linkCell = (link: Link) => h('td', { class: `link-cell status-${link.status}` },
    h('div', { class: 'link-head' },
      h('span', { class: 'score' }, t('align.score', { score: link.score.toFixed(2) })),
      h('span', { class: `badge link-status ${link.status}` }, t(`align.status.${link.status}`))),
    evidenceList(link),
    h('div', { class: 'review' },
      h('button', { type: 'button', class: 'accept', 'aria-pressed': String(link.status === 'accepted'), 'aria-label': `${t('align.accept')} ${link.sourceTask.title}`, onclick: () => void review(link, 'accepted') }, t('align.accept')),
      h('button', { type: 'button', class: 'reject', 'aria-pressed': String(link.status === 'rejected'), 'aria-label': `${t('align.reject')} ${link.sourceTask.title}`, onclick: () => void review(link, 'rejected') }, t('align.reject'))));

  const table = (p: PairAlignment) => h('table', { class: 'pair-table align-table' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('align.higher'), h('div', { class: 'muted small' }, p.higher.title)),
      h('th', { scope: 'col' }, t('align.link')), h('th', { scope: 'col' }, t('align.lower'), h('div', { class: 'muted small' }, p.lower.title)))),
    h('tbody', {}, ...alignmentRows(p).map((r) => h('tr', { class: `row-${r.kind}`, 'data-link': r.link?.id },
      taskCell(r.higher, r.kind === 'gap' ? 'gap' : undefined),
      r.link ? linkCell(r.link) : h('td', { class: 'link-cell muted' }, r.kind === 'gap' ? t('align.gapText') : t('align.orphanText')),
      taskCell(r.lower, r.kind === 'orphan' ? 'orphan' : undefined)))));

  const results = h('div', { id: 'align-results' });
  const renderResult = () => {
    if (!result) return void clear(results);
    append(clear(results),
      h('p', { class: 'pair-titles' }, `${t('align.higherDoc')}：${result.higher.title} · ${t('align.lowerDoc')}：${result.lower.title}`),
      h('p', { class: 'pair-summary' }, t('align.summary', { links: result.links.length, gaps: result.gaps.length, orphans: result.orphans.length })),
      table(result));
  };

  async function load(): Promise<void> {
    const [lower, higher] = pair;
    if (!lower || !higher) return;
    try {
      result = (await api.align(lower, higher)).pairs[0] ?? null;
      if (!result) throw new Error(t('align.none'));
    } catch (error) {
      result = null;
      say(failureText(error, 'GET /api/align'), true);
    }
    renderResult();
  }

  const render = () => {
    const picker = pairPicker('align', ['align.lowerDoc', 'align.higherDoc'], docs, pair, implementsPairs(docs), (p) => {
      pair = p;
      say('');
      hooks.onPair(p);
      void load();
    });
    append(clear(root), h('h2', {}, t('align.title')), h('p', { class: 'muted' }, t('align.intro')), picker.element, message, results);
    renderResult();
  };

  return {
    async show(nextDocs, nextPair) {
      const changed = nextPair[0] !== pair[0] || nextPair[1] !== pair[1];
      docs = nextDocs;
      pair = nextPair;
      render();
      if (changed || !result) await load();
    },
    render,
  };
}
