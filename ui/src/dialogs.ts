// Modal questions (confirm, ask for the token) on native <dialog>: focus moves in, Escape cancels, focus returns.
import { h } from './dom.ts';
import { t } from './i18n.ts';
import { keepToken, WriteError } from './writes.ts';

function modal(id: string, message: string, field: HTMLInputElement | null): Promise<string | null> {
  const returnTo = document.activeElement as HTMLElement | null;
  const text = h('p', { id: `${id}-text` }, message);
  const ok = h('button', { type: 'submit', id: `${id}-ok`, value: 'ok' }, t('confirm'));
  const cancel = h('button', { type: 'button', id: `${id}-cancel` }, t('cancel'));
  const form = h('form', { method: 'dialog' }, cancel, ok);
  const dialog = h('dialog', { id, class: 'confirm', 'aria-labelledby': `${id}-text` }, text, field, form);
  document.body.append(dialog);
  return new Promise((resolve) => {
    let answer: string | null = null;
    form.addEventListener('submit', () => { answer = field ? field.value : 'ok'; });
    cancel.addEventListener('click', () => dialog.close());
    dialog.addEventListener('close', () => {
      dialog.remove();
      returnTo?.focus?.();
      resolve(answer);
    });
    dialog.showModal();
    (field ?? cancel).focus();
  });
}

/** Yes or no; the safe answer (cancel) has the focus first. */
export async function confirmDialog(message: string): Promise<boolean> {
  return (await modal('confirm-dialog', message, null)) !== null;
}

function askToken(message: string): Promise<string | null> {
  const field = h('input', { type: 'password', id: 'token-input', autocomplete: 'off', 'aria-label': t('docs.tokenLabel') });
  return modal('token-dialog', message, field);
}

/** Run a write; on 401 ask for the token (once per session) and try again until it works or the user cancels. */
export async function withToken<T>(write: () => Promise<T>): Promise<T> {
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
