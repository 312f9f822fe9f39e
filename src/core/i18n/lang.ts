/**
 * The reader's language. The address decides (`?lang=zh`, `?lang=en`); without it, the reader's last
 * choice in the header's switch (remembered in localStorage), and without that, the browser's own
 * languages in the reader's order of preference. A plain module (not `.svelte.ts`) so pure code that
 * builds figures and notes can read it in Node tests; reads inside Svelte effects and deriveds are
 * tracked, so a change of language redraws what depends on it.
 */
import { createSubscriber } from 'svelte/reactivity';

export type Lang = 'en' | 'zh';
export const LANGS: readonly Lang[] = ['en', 'zh'];

/** The query key that carries the language. */
export const LANG_KEY = 'lang';
const STORAGE_KEY = 'kexue-lang';

/** The value of `<html lang>` (and of `lang` attributes) for each language. */
export const HTML_LANG: Readonly<Record<Lang, string>> = { en: 'en', zh: 'zh-CN' };

/** Whether a string names one of our languages exactly as the address spells it. */
export function isLang(value: unknown): value is Lang {
  return value === 'en' || value === 'zh';
}

/**
 * The language to show: the address's, else the reader's remembered choice, else the first of the
 * browser's languages that is Chinese or English (any `zh-*`, Traditional included, reads the
 * Simplified text better than an English one), else English.
 */
export function pickLang(from: { query: string | null; stored: string | null; browser: readonly string[] }): Lang {
  if (isLang(from.query)) return from.query;
  if (isLang(from.stored)) return from.stored;
  for (const tag of from.browser) {
    const primary = tag.toLowerCase().split('-')[0];
    if (isLang(primary)) return primary;
  }
  return 'en';
}

let current: Lang = 'en';
let changed: (() => void) | undefined;
const track = createSubscriber((update) => {
  changed = update;
  return () => (changed = undefined);
});

/** The language in force; inside a Svelte effect or derived, a later change re-runs it. */
export function lang(): Lang {
  track();
  return current;
}

/** Puts a language in force (from the address; see `route.svelte.ts`) and sets `<html lang>`. */
export function setLang(next: Lang): void {
  if (typeof document !== 'undefined') document.documentElement.lang = HTML_LANG[next];
  if (next === current) return;
  current = next;
  changed?.();
}

/** The reader's remembered choice, if any (storage can be blocked: private mode, sandboxed frames). */
export function storedLang(): string | null {
  try {
    return localStorage.getItem(STORAGE_KEY);
  } catch {
    return null;
  }
}

/** Remembers a choice the reader made in the header, for visits whose address names no language. */
export function rememberLang(choice: Lang): void {
  try {
    localStorage.setItem(STORAGE_KEY, choice);
  } catch {
    // The choice still holds for this visit through the address.
  }
}

/** The browser's languages, most preferred first. */
export function browserLangs(): readonly string[] {
  if (typeof navigator === 'undefined') return [];
  return navigator.languages?.length ? navigator.languages : [navigator.language ?? ''];
}
