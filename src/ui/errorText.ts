/**
 * A kernel's or a cheap parser's refusal in the page's language: a coded one (compute/errors) is worded
 * from the catalogue of the language in force; any other keeps its own (English) message, which the
 * status line marks as such (`ui.kernelError`). Inside a Svelte effect or derived, a change of
 * language re-runs the caller.
 */
import { lang } from '../core/i18n';
import { errorText } from '../worker/errors';

/** What went wrong, in the reader's language when the refusal is coded. */
export function readerErrorText(error: unknown): string {
  return errorText(error, lang());
}
