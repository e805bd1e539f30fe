// ARIA tabs: one tab in the Tab order (roving tabindex), arrow keys / Home / End move between tabs and select them.
import type { Tab } from './hash-state.ts';

function tabButtons(): HTMLButtonElement[] {
  return [...document.querySelectorAll<HTMLButtonElement>('.tabs [role="tab"]')];
}

/** Mark `tab` selected: aria-selected, and only the selected tab reachable with Tab. */
export function markTab(tab: Tab): void {
  for (const b of tabButtons()) {
    const on = b.dataset.tab === tab;
    b.setAttribute('aria-selected', String(on));
    b.tabIndex = on ? 0 : -1;
  }
}

const MOVES: Record<string, (i: number, n: number) => number> = {
  ArrowRight: (i, n) => (i + 1) % n,
  ArrowLeft: (i, n) => (i + n - 1) % n,
  Home: () => 0,
  End: (_i, n) => n - 1,
};

export function initTabs(select: (tab: Tab) => void): void {
  const buttons = tabButtons();
  buttons.forEach((b, i) => {
    b.addEventListener('click', () => select(b.dataset.tab as Tab));
    b.addEventListener('keydown', (event) => {
      const move = MOVES[event.key];
      if (!move) return;
      event.preventDefault();
      const next = buttons[move(i, buttons.length)];
      next.focus();
      select(next.dataset.tab as Tab);
    });
  });
}
