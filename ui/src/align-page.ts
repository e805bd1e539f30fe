// The alignment view: a higher plan's tasks beside the lower plan's, each link with its score and evidence, gaps and orphans marked, accept/reject.
import type { LinkStatus, PairAlignment, TaskBrief } from '../../graph/align/schemas.ts';
import { api } from './api.ts';
import { withToken } from './dialogs.ts';
import { h } from './dom.ts';
import { t } from './i18n.ts';
import { createPairPage, failureText, type PageHooks, type PairContext, type PairPage } from './pair-page.ts';
import { implementsPairs } from './pair-picker.ts';
import { reviewLink } from './writes.ts';

type Link = PairAlignment['links'][number];
type Row = { higher: TaskBrief | null; link: Link | null; lower: TaskBrief | null; kind: 'link' | 'gap' | 'orphan' };

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

function evidenceList(link: Link): HTMLElement {
  const part = (label: string, items: string[]) => items.length === 0 ? null :
    h('div', { class: 'ev-part' }, h('span', { class: 'muted' }, `${label}：`), ...items.map((w) => h('span', { class: 'chip' }, w)));
  const e = link.evidence;
  // A report section is long: the sentence the lower task quotes is what a reviewer checks.
  const passage = e.passage ? h('blockquote', { class: 'ev-passage' }, h('span', { class: 'muted' }, `${t('align.passage')}：`), e.passage.text) : null;
  return h('div', { class: 'evidence' }, passage,
    part(t('align.words'), e.words), part(t('align.entities'), e.entities.map((x) => x.replace(/^\w+:/, ''))), part(t('align.indicators'), e.indicators),
    part(t('align.figures'), e.passage?.figures ?? []));
}

/** One link's cell: score, status, evidence, and the reviewer's two buttons. */
function linkCell(link: Link, ctx: PairContext): HTMLElement {
  const review = async (status: LinkStatus) => {
    try {
      await withToken(() => reviewLink(link.id, status));
      ctx.say(t(status === 'accepted' ? 'align.acceptedOne' : 'align.rejectedOne', { task: link.sourceTask.title }));
      // The server recounts gaps and orphans with the decision applied.
      await ctx.reload();
    } catch (error) {
      ctx.say(failureText(error, 'PUT /api/links'), true);
    }
  };
  const button = (status: 'accepted' | 'rejected', cls: string, label: string) => h('button', {
    type: 'button', class: cls, 'aria-pressed': String(link.status === status), 'aria-label': `${label} ${link.sourceTask.title}`, onclick: () => void review(status),
  }, label);
  return h('td', { class: `link-cell status-${link.status}` },
    h('div', { class: 'link-head' },
      h('span', { class: 'score' }, t('align.score', { score: link.score.toFixed(2) })),
      h('span', { class: `badge link-status ${link.status}` }, t(`align.status.${link.status}`))),
    evidenceList(link),
    h('div', { class: 'review' }, button('accepted', 'accept', t('align.accept')), button('rejected', 'reject', t('align.reject'))));
}

function draw(p: PairAlignment, ctx: PairContext, focus: (id: string) => void): HTMLElement[] {
  const taskCell = (task: TaskBrief | null, badge?: 'gap' | 'orphan') => h('td', { class: task ? 'task-cell' : 'task-cell empty' },
    task ? h('button', { type: 'button', class: 'link task-link', 'data-id': task.id, onclick: () => focus(task.id) }, `${task.number}. ${task.title}`) : null,
    badge ? h('span', { class: `badge ${badge}` }, t(`align.${badge}`)) : null);
  const table = h('table', { class: 'pair-table align-table' },
    h('thead', {}, h('tr', {}, h('th', { scope: 'col' }, t('align.higher'), h('div', { class: 'muted small' }, p.higher.title)),
      h('th', { scope: 'col' }, t('align.link')), h('th', { scope: 'col' }, t('align.lower'), h('div', { class: 'muted small' }, p.lower.title)))),
    h('tbody', {}, ...alignmentRows(p).map((r) => h('tr', { class: `row-${r.kind}`, 'data-link': r.link?.id },
      taskCell(r.higher, r.kind === 'gap' ? 'gap' : undefined),
      r.link ? linkCell(r.link, ctx) : h('td', { class: 'link-cell muted' }, r.kind === 'gap' ? t('align.gapText') : t('align.orphanText')),
      taskCell(r.lower, r.kind === 'orphan' ? 'orphan' : undefined)))));
  return [
    h('p', { class: 'pair-titles' }, `${t('align.higherDoc')}：${p.higher.title} · ${t('align.lowerDoc')}：${p.lower.title}`),
    h('p', { class: 'pair-summary' }, t('align.summary', { links: p.links.length, gaps: p.gaps.length, orphans: p.orphans.length })),
    table,
  ];
}

export function createAlignPage(root: HTMLElement, hooks: PageHooks): PairPage {
  return createPairPage(root, {
    id: 'align', title: 'align.title', intro: 'align.intro', labels: ['align.lowerDoc', 'align.higherDoc'], endpoint: 'GET /api/align',
    suggest: implementsPairs,
    async fetch([lower, higher]) {
      const found = (await api.align(lower, higher)).pairs[0];
      if (!found) throw new Error(t('align.none'));
      return found;
    },
    draw: (p, ctx) => draw(p, ctx, hooks.focus),
  }, hooks);
}
