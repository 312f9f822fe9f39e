/**
 * Message catalogues: English is the source of keys, Chinese is typed from it, so a key missing in
 * either language, an extra one, or a message whose parameters differ is a type error. Messages with
 * parameters are functions that return the whole sentence, never fragments for the caller to glue.
 *
 *   const en = { copied: 'Link copied.', computedIn: (ms: string) => `Computed in ${ms} ms.` };
 *   export const m = defineMessages(en, { copied: '链接已复制。', computedIn: (ms) => `用时 ${ms} 毫秒。` });
 *   m.copied; m.computedIn('3.2')   // in the language in force
 *
 * Short texts that live inside a declaration (a widget spec's labels and help) are `Text` pairs instead.
 */
import { lang, type Lang } from './lang';

/** A message: a whole text, or a function of its parameters that returns one. */
export type Message = string | ((...args: never[]) => string);
export type Catalogue = { readonly [key: string]: Message };

/** A catalogue in another language: every key of `E`, each with the same parameters. */
export type Translation<E extends Catalogue> = {
  readonly [K in keyof E]: E[K] extends (...args: infer A) => string ? (...args: A) => string : string;
};

/** Every catalogue made by `defineMessages`, for the tests that check them all. */
export const catalogues: { en: Catalogue; zh: Catalogue }[] = [];

/**
 * One catalogue in both languages; reading a key gives the message in the language in force (and,
 * inside a Svelte effect or derived, re-runs it when the language changes).
 */
export function defineMessages<E extends Catalogue>(en: E, zh: NoInfer<Translation<E>>): Translation<E> {
  catalogues.push({ en, zh });
  const out: Record<string, Message> = {};
  for (const key of Object.keys(en)) {
    Object.defineProperty(out, key, { enumerable: true, get: () => (lang() === 'zh' ? zh : en)[key] });
  }
  return out as Translation<E>;
}

/** A short text in both languages: a spec's label, help, option or title. */
export interface Text {
  readonly en: string;
  readonly zh: string;
}

/** A text in the language in force (or in `in`). */
export function tr(text: Text, inLang: Lang = lang()): string {
  return text[inLang];
}

/** A text that reads the same in both languages: a symbol (`α`), a name (`YaRN`), a data format. */
export function same(text: string): Text {
  return { en: text, zh: text };
}
