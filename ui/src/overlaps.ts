// The overlaps page: unit × unit shared-task heatmap, ranked pairs, a pair's shared tasks, workload and gaps.
import { api, type QueryOutput } from './api.ts';
import { append, clear, download, h } from './dom.ts';
import { CROWDED_THRESHOLD, renderGaps } from './gaps.ts';
import { t, term } from './i18n.ts';
import { loadSections, sectionTitle } from './sections.ts';
import { matrixXlsx } from './sheets.ts';
import { evidenceLink } from './source-view.ts';
import { renderWorkload } from './workload-chart.ts';

/** Wider matrices stop being readable; the busiest units are kept. */
const MATRIX_MAX_UNITS = 60;
const PAIRS_SHOWN = 30;
const PAIRS_FETCHED = 500;

type Pair = QueryOutput<'overlaps'>['pairs']['items'][number];
interface UnitRow { id: string; name: string; total: number }
type SortKey = 'name' | 'total';

interface OverlapsPage {
  /** Fetch (once) and draw. */
  show(): Promise<void>;
  render(): void;
  /** The scope changed: fetch again on the next show. */
  reset(): void;
}

function pairKey(a: string, b: string): string {
  return a < b ? `${a}|${b}` : `${b}|${a}`;
}

const CELL_RGB = [198, 40, 40];

/** Relative luminance (WCAG) of an sRGB colour. */
function luminance(rgb: number[]): number {
  const [r, g, b] = rgb.map((c) => { const v = c / 255; return v <= 0.03928 ? v / 12.92 : ((v + 0.055) / 1.055) ** 2.4; });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

/** The cell's red, stronger with more shared tasks, and whichever text colour (white or black) reads better on it: never under 4.58:1. */
export function cellColours(share: number): { background: string; color: string } {
  const alpha = 0.15 + 0.85 * share;
  const rgb = CELL_RGB.map((c) => Math.round(255 + (c - 255) * alpha));
  const l = luminance(rgb);
  const onWhite = 1.05 / (l + 0.05);
  const onBlack = (l + 0.05) / 0.05;
  return { background: `rgb(${rgb.join(', ')})`, color: onWhite > onBlack ? '#fff' : '#000' };
}

export function createOverlapsPage(root: HTMLElement, openNode: (id: string) => void): OverlapsPage {
  let pairs: Pair[] | null = null;
  let truncated = false;
  let workload: QueryOutput<'workload'> | null = null;
  let gaps: QueryOutput<'accountabilityGaps'> | null = null;
  let sort: SortKey = 'total';
  let selected: [UnitRow, UnitRow] | null = null;
  const sharedBox = h('section', { id: 'shared-tasks', class: 'card' });

  const units = (): UnitRow[] => {
    const rows = new Map<string, UnitRow>();
    for (const p of pairs ?? []) {
      for (const u of [p.a, p.b]) {
        const row = rows.get(u.id) ?? { id: u.id, name: u.name, total: 0 };
        row.total += p.shared;
        rows.set(u.id, row);
      }
    }
    const busiest = [...rows.values()].sort((x, y) => y.total - x.total || x.name.localeCompare(y.name, 'zh-Hans-CN')).slice(0, MATRIX_MAX_UNITS);
    return sort === 'name' ? busiest.sort((x, y) => x.name.localeCompare(y.name, 'zh-Hans-CN')) : busiest;
  };

  const showShared = async (a: UnitRow, b: UnitRow) => {
    selected = [a, b];
    append(clear(sharedBox), h('h3', {}, t('ov.shared', { a: a.name, b: b.name })), h('p', { class: 'muted' }, t('loading')));
    const out = await api.query('sharedTasks', { a: a.id, b: b.id });
    await loadSections(out.tasks.items.map((task) => task.docId));
    const duty = (d: { unit: { name: string }; role: string; evidence: { docId: string; start: number; end: number; text: string } }) =>
      h('div', { class: 'quote' }, h('span', { class: `role role-${d.role}` }, term('role', d.role)), ` ${d.unit.name} `, evidenceLink(d.evidence));
    const list = h('ol', { id: 'shared-list' }, ...out.tasks.items.map((task) => h('li', { 'data-id': task.id },
      h('a', { href: `#node=${encodeURIComponent(task.id)}`, onclick: (e: Event) => { e.preventDefault(); openNode(task.id); } }, task.name),
      h('div', { class: 'muted small' }, sectionTitle(task.docId, task.path)), ...task.a.map(duty), ...task.b.map(duty))));
    append(clear(sharedBox), h('h3', {}, `${t('ov.shared', { a: a.name, b: b.name })} · ${t('count.tasks', { n: out.tasks.total })}`), list);
    sharedBox.scrollIntoView({ block: 'nearest' });
  };

  const matrix = (): HTMLElement => {
    const rows = units();
    const shared = new Map((pairs ?? []).map((p) => [pairKey(p.a.id, p.b.id), p.shared]));
    const max = Math.max(1, ...shared.values());
    const head = h('tr', {}, h('th', {}), ...rows.map((u) => h('th', { class: 'col', title: u.name }, h('span', {}, u.name))));
    const body = rows.map((r) => h('tr', {}, h('th', { class: 'row', title: `${r.name} · ${r.total}` }, r.name), ...rows.map((c) => {
      const n = r.id === c.id ? 0 : shared.get(pairKey(r.id, c.id)) ?? 0;
      if (n === 0) return h('td', { class: r.id === c.id ? 'diag' : 'empty' });
      const isSel = selected && pairKey(selected[0].id, selected[1].id) === pairKey(r.id, c.id);
      const { background, color } = cellColours(n / max);
      const open = (e: Event) => {
        root.querySelectorAll('td.sel').forEach((td) => td.classList.remove('sel'));
        (e.currentTarget as HTMLElement).classList.add('sel');
        void showShared(r, c);
      };
      // A cell is a button for keyboards and screen readers: Tab to it, Enter or Space opens the pair.
      const cell = h('td', {
        class: `cell${isSel ? ' sel' : ''}`, 'data-a': r.id, 'data-b': c.id, title: `${r.name} × ${c.name}: ${n}`,
        tabindex: 0, role: 'button', 'aria-label': `${r.name} × ${c.name}: ${t('count.tasks', { n })}`,
        style: `background: ${background}; color: ${color}`, onclick: open,
      }, String(n));
      cell.addEventListener('keydown', (e) => { if (e.key === 'Enter' || e.key === ' ') { e.preventDefault(); open(e); } });
      return cell;
    })));
    const capped = (pairs ?? []).length && (truncated || rows.length === MATRIX_MAX_UNITS)
      ? h('p', { class: 'muted small' }, t('ov.capped', { n: rows.length, total: new Set((pairs ?? []).flatMap((p) => [p.a.id, p.b.id])).size }))
      : null;
    const sorter = (key: SortKey, label: Parameters<typeof t>[0]) => h('button', { class: sort === key ? 'on' : '', id: `sort-${key}`, onclick: () => { sort = key; render(); } }, t(label));
    const exportMatrix = async () => {
      const blob = await matrixXlsx({ units: rows, shared: (x, y) => shared.get(pairKey(x, y)) ?? 0 });
      download(`职责交叉矩阵-${new Date().toISOString().slice(0, 10)}.xlsx`, blob);
    };
    return h('section', { class: 'card matrix-card' }, h('h3', {}, t('ov.matrix')),
      h('div', { class: 'actions' }, sorter('name', 'ov.sortName'), sorter('total', 'ov.sortTotal'),
        h('button', { id: 'export-matrix', onclick: () => void exportMatrix() }, t('export.matrixXlsx'))), capped,
      rows.length ? h('div', { class: 'matrix-wrap' }, h('table', { id: 'overlap-matrix', class: 'matrix' }, h('thead', {}, head), h('tbody', {}, ...body))) : h('p', {}, t('ov.empty')));
  };

  const pairList = (): HTMLElement => h('section', { class: 'card' }, h('h3', {}, t('ov.pairs')),
    h('ol', { id: 'pair-list' }, ...(pairs ?? []).slice(0, PAIRS_SHOWN).map((p) => h('li', {},
      h('a', { href: '#', onclick: (e: Event) => { e.preventDefault(); void showShared({ ...p.a, total: 0 }, { ...p.b, total: 0 }); } }, `${p.a.name} × ${p.b.name}`),
      h('span', { class: 'muted' }, ` ${p.shared}`)))));

  const render = () => {
    if (!pairs) return;
    if (!selected) append(clear(sharedBox), h('h3', {}, t('ov.pickCell')));
    append(clear(root), 
      h('div', { class: 'ov-grid' }, matrix(), h('div', { class: 'ov-side' }, sharedBox, pairList())),
      h('div', { class: 'ov-grid' },
        h('section', { class: 'card', id: 'workload' }, h('h3', {}, t('ov.workload')), workload ? renderWorkload(workload, openNode) : null),
        h('section', { class: 'card', id: 'gaps' }, h('h3', {}, t('ov.gaps')), gaps ? renderGaps(gaps, openNode) : null)),
    );
    if (selected) void showShared(...selected);
  };

  return {
    async show() {
      if (pairs) return;
      append(clear(root), h('p', { class: 'muted' }, t('loading')));
      const [o, w, g] = await Promise.all([
        api.query('overlaps', { minShared: 1, limit: PAIRS_FETCHED }),
        api.query('workload', { limit: 50 }),
        api.query('accountabilityGaps', { crowdedThreshold: CROWDED_THRESHOLD }),
      ]);
      pairs = o.pairs.items;
      truncated = o.pairs.truncated;
      workload = w;
      gaps = g;
      await loadSections([...g.noLead.items, ...g.multiLead.items, ...g.crowded.items].map((x) => x.docId));
      render();
    },
    render,
    reset() {
      pairs = null;
      selected = null;
    },
  };
}
