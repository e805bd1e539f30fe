// Phones: the search/ask panel and the details panel slide over the full-width graph; one open at a time.
import { byId } from './dom.ts';

type Drawer = 'side' | 'details' | '';

const NARROW = '(max-width: 760px)';

export function isNarrow(): boolean {
  return window.matchMedia(NARROW).matches;
}

export function openDrawer(which: Drawer, moveFocus = false): void {
  document.body.dataset.drawer = which;
  if (!which || !moveFocus) return;
  const target = byId(which).querySelector<HTMLElement>('input, textarea, h2, button:not(.link)');
  target?.focus({ preventScroll: true });
}

export function initDrawers(): void {
  byId('side-close').addEventListener('click', () => openDrawer(''));
  byId('details-close').addEventListener('click', () => openDrawer(''));
  document.addEventListener('keydown', (event) => {
    if (event.key === 'Escape' && isNarrow() && document.body.dataset.drawer && !document.querySelector('dialog[open]')) openDrawer('');
  });
}
