// The ask panel: a Chinese question to /api/ask, its answer and items, the evidence, and the answer lit up in the graph.
import { api, type AskResponse } from './api.ts';
import { append, clear, h } from './dom.ts';
import { askElements } from './elements.ts';
import type { Explorer } from './explore.ts';
import type { GraphView } from './graph-view.ts';
import { t, term } from './i18n.ts';
import { evidenceLink } from './source-view.ts';

const EXAMPLES = ['区水利局牵头哪些任务？', '哪些单位共同负责的任务最多？', '哪些项目涉及涪江？', '哪些任务没有牵头单位？'];
const EVIDENCE_SHOWN = 30;

interface AskPanel {
  element: HTMLElement;
  /** Ask (also used when a `#q=` link is opened). */
  ask(question: string): Promise<void>;
  render(): void;
}

export function createAskPanel(view: GraphView, explorer: Explorer, onAsked: (question: string) => void): AskPanel {
  const input = h('textarea', { id: 'ask-input', rows: 2, 'data-i18n-placeholder': 'ask.placeholder', placeholder: t('ask.placeholder'), 'data-i18n-label': 'ask.label', 'aria-label': t('ask.label') });
  const result = h('div', { id: 'ask-result', 'aria-live': 'polite' });
  const form = h('form', { id: 'ask-form' }, input, h('button', { type: 'submit', id: 'ask-submit' }, t('ask.submit')));
  const examples = h('div', { class: 'examples' });
  const element = h('div', {}, form, examples, result);
  let last: AskResponse | null = null;

  const renderExamples = () => {
    append(clear(examples), h('span', { class: 'muted small' }, `${t('ask.examples')}：`),
      ...EXAMPLES.map((q) => h('button', { class: 'link small', type: 'button', onclick: () => void ask(q) }, q)));
  };

  const renderAnswer = (res: AskResponse) => {
    const items = h('ol', { id: 'ask-items' }, ...res.answer.items.map((item) => h('li', { 'data-id': item.id },
      h('a', { href: `#node=${encodeURIComponent(item.id)}`, onclick: (e: Event) => { e.preventDefault(); void explorer.focus(item.id); } }, item.name),
      ' ', h('span', { class: 'chip' }, term('label', item.label)))));
    const evidence = h('ul', { id: 'ask-evidence' }, ...res.evidence.slice(0, EVIDENCE_SHOWN).map((ev) => h('li', {}, evidenceLink(ev))));
    const suggestions = res.suggestions?.length
      ? h('div', { class: 'suggest' }, h('h4', {}, t('ask.suggestions')), ...res.suggestions.map((q) => h('button', { class: 'link', type: 'button', onclick: () => void ask(q) }, q)))
      : null;
    append(clear(result), 
      h('p', { id: 'ask-answer', class: 'answer' }, res.answer.text),
      // The server says in words how it read the question; its internal plan name is not for readers.
      res.understood ? h('p', { id: 'ask-understood', class: 'muted small' }, /理解为/.test(res.understood.slice(0, 8)) ? res.understood : t('ask.understood', { text: res.understood })) : null,
      // A bounded answer lists the best items and says how many were found (answer.total).
      res.answer.items.length ? h('h4', {}, `${t('ask.items')} (${res.answer.total !== undefined
        ? t('ask.itemsShown', { shown: String(res.answer.items.length), total: String(res.answer.total) })
        : res.answer.items.length})`) : null,
      res.answer.items.length ? items : null,
      res.evidence.length ? h('h4', {}, `${t('ask.evidence')} (${res.evidence.length})`) : null,
      res.evidence.length ? evidence : null,
      suggestions,
    );
  };

  const ask = async (question: string) => {
    const q = question.trim();
    if (!q) return;
    input.value = q;
    append(clear(result), h('p', { class: 'muted' }, t('loading')));
    let res: AskResponse;
    try {
      res = await api.ask(q);
    } catch (error) {
      append(clear(result), h('p', { class: 'error' }, `${t('error.prefix')}: ${(error as Error).message}`));
      return;
    }
    last = res;
    onAsked(q);
    renderAnswer(res);
    const elements = askElements(res.elements);
    const added = view.add(elements);
    const ids = new Set([...elements.map((el) => String(el.data.id)), ...res.answer.items.map((i) => i.id)]);
    await explorer.highlightElements([...ids].filter((id) => view.has(id)), added);
  };

  form.addEventListener('submit', (event) => { event.preventDefault(); void ask(input.value); });
  input.addEventListener('keydown', (event) => {
    if (event.key === 'Enter' && !event.shiftKey && !event.isComposing) { event.preventDefault(); void ask(input.value); }
  });
  renderExamples();
  return {
    element,
    ask,
    render() {
      renderExamples();
      form.querySelector('button')!.textContent = t('ask.submit');
      if (last) renderAnswer(last);
    },
  };
}
