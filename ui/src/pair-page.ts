// A page about two documents (alignment, comparison): the picker, a status line, the result; fetched when the pair changes.
import type { DocumentSummary } from '../../graph/catalogue/schemas.ts';
import { ApiError } from './api.ts';
import { append, clear, h } from './dom.ts';
import { t, type MessageKey } from './i18n.ts';
import { pairPicker, type Pair } from './pair-picker.ts';
import { WriteError } from './writes.ts';

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

/** What the page draws with: the status line, and a way to fetch the pair again (after a review). */
export interface PairContext {
  say(text: string, error?: boolean): void;
  reload(): Promise<void>;
}

interface PairPageSpec<R> {
  id: 'align' | 'compare';
  title: MessageKey;
  intro: MessageKey;
  labels: [MessageKey, MessageKey];
  endpoint: string;
  suggest(docs: readonly DocumentSummary[]): Pair[];
  fetch(pair: Pair): Promise<R>;
  draw(result: R, ctx: PairContext): (Node | null)[];
}

/** What a failed call means to the reader: an endpoint this server lacks is said so, with the server's own words. */
export function failureText(error: unknown, what: string): string {
  const status = error instanceof ApiError || error instanceof WriteError ? error.status : 0;
  const message = (error as Error).message;
  if ((status === 404 && /no route/.test(message)) || status === 405) return t('pair.noEndpoint', { what, status, message });
  return `${t('error.prefix')}: ${message}`;
}

export function createPairPage<R>(root: HTMLElement, spec: PairPageSpec<R>, hooks: PageHooks): PairPage {
  let docs: readonly DocumentSummary[] = [];
  let pair: Partial<Pair> = [];
  let result: R | null = null;
  const message = h('p', { id: `${spec.id}-message`, role: 'status', 'aria-live': 'polite' });
  const results = h('div', { id: `${spec.id}-results` });

  const say = (text: string, error = false) => {
    message.className = error ? 'error' : '';
    message.setAttribute('role', error ? 'alert' : 'status');
    message.textContent = text;
  };
  const ctx: PairContext = { say, reload: () => load() };
  const renderResult = () => (result === null ? clear(results) : append(clear(results), ...spec.draw(result, ctx)));

  async function load(): Promise<void> {
    const [a, b] = pair;
    if (!a || !b) return;
    try {
      result = await spec.fetch([a, b]);
    } catch (error) {
      result = null;
      say(failureText(error, spec.endpoint), true);
    }
    renderResult();
  }

  const render = () => {
    const picker = pairPicker(spec.id, spec.labels, docs, pair, spec.suggest(docs), (p) => {
      pair = p;
      say('');
      hooks.onPair(p);
      void load();
    });
    append(clear(root), h('h2', {}, t(spec.title)), h('p', { class: 'muted' }, t(spec.intro)), picker.element, message, results);
    renderResult();
  };

  return {
    async show(nextDocs, nextPair) {
      const changed = nextPair[0] !== pair[0] || nextPair[1] !== pair[1];
      docs = nextDocs;
      pair = nextPair;
      render();
      if (changed || result === null) await load();
    },
    render,
  };
}
