// The i18n layer: Chinese by default, English on request (remembered), with English plurals; every UI string goes through t().
import { EN } from './messages-en.ts';
import { ZH, type MessageKey } from './messages-zh.ts';

export type { MessageKey } from './messages-zh.ts';
type Lang = 'zh' | 'en';

const DICTS: Record<Lang, Record<MessageKey, string>> = { zh: ZH, en: EN };
const STORAGE_KEY = 'policy-graph.lang';
const listeners = new Set<() => void>();

let lang: Lang = readStoredLang();

function readStoredLang(): Lang {
  try {
    return localStorage.getItem(STORAGE_KEY) === 'en' ? 'en' : 'zh';
  } catch {
    return 'zh';
  }
}

export function getLang(): Lang {
  return lang;
}

export function isMessageKey(key: string): key is MessageKey {
  return Object.hasOwn(ZH, key);
}

/** `[n:one|other]` → the form Intl.PluralRules picks for vars.n (Chinese has one form and no brackets). */
function plural(template: string, vars: Record<string, string | number>, rules: Intl.PluralRules): string {
  return template.replace(/\[(\w+):([^|\]]*)\|([^\]]*)\]/g, (_, name: string, one: string, other: string) =>
    rules.select(Number(vars[name])) === 'one' ? one : other);
}

/** Format a template of `dict` (exported for tests: no global language involved). */
export function format(template: string, vars: Record<string, string | number>, language: Lang): string {
  const rules = new Intl.PluralRules(language === 'zh' ? 'zh-CN' : 'en');
  return plural(template, vars, rules).replace(/\{(\w+)\}/g, (_, name: string) => String(vars[name] ?? `{${name}}`));
}

export function translate(language: Lang, key: MessageKey, vars: Record<string, string | number> = {}): string {
  return format(DICTS[language][key], vars, language);
}

export function t(key: MessageKey, vars: Record<string, string | number> = {}): string {
  return translate(lang, key, vars);
}

/** A label, edge type, role, property, value kind or warning code in the current language; unknown ones come back as given. */
export function term(kind: 'label' | 'edge' | 'role' | 'prop' | 'kind' | 'warn' | 'level', value: string): string {
  const key = `${kind}.${value}`;
  return isMessageKey(key) ? t(key) : value;
}

export function setLang(next: Lang): void {
  if (next === lang) return;
  lang = next;
  try { localStorage.setItem(STORAGE_KEY, next); } catch { /* private mode: keep it for this page only */ }
  document.documentElement.lang = next === 'zh' ? 'zh-CN' : 'en';
  applyI18n(document.body);
  for (const listener of listeners) listener();
}

export function onLangChange(listener: () => void): void {
  listeners.add(listener);
}

/** Fill every `data-i18n` (text), `data-i18n-placeholder`, `-title` and `-label` (aria-label) element under root. */
export function applyI18n(root: ParentNode): void {
  root.querySelectorAll<HTMLElement>('[data-i18n]').forEach((el) => { el.textContent = t(el.dataset.i18n as MessageKey); });
  root.querySelectorAll<HTMLInputElement>('[data-i18n-placeholder]').forEach((el) => { el.placeholder = t(el.dataset.i18nPlaceholder as MessageKey); });
  root.querySelectorAll<HTMLElement>('[data-i18n-title]').forEach((el) => { el.title = t(el.dataset.i18nTitle as MessageKey); });
  root.querySelectorAll<HTMLElement>('[data-i18n-label]').forEach((el) => { el.setAttribute('aria-label', t(el.dataset.i18nLabel as MessageKey)); });
}
