/**
 * A notebook and its translation (`<slug>.zh.md` beside `<slug>.md`) show the same widgets and number
 * the same equations, so that a link, an embed or a reference like "(3)" means the same thing in either
 * language. The prose is free; widget blocks (name, id, parameters), equation labels (in order) and the
 * front matter's order and original article must match. A mismatch is reported at the translation's
 * line, naming the English file's line it should match.
 */
import type { NotebookMeta } from './frontMatter';
import { NotebookError, messages } from './errors';
import type { WidgetSlot } from './widgetBlocks';

/** What a translation must keep of its English file. */
export interface Outline {
  file: string;
  meta: NotebookMeta;
  slots: WidgetSlot[];
  labels: { label: string; line: number }[];
}

/** The translation of `slug.md` is `slug.zh.md`. */
export const TRANSLATION_SUFFIX = '.zh.md';

const describeSlot = (s: WidgetSlot) => `the widget block "${s.widget}${s.id === s.widget ? '' : ` #${s.id}`}"`;

/** What must match in a block: the widget, its id, and its parameters (a formula figure: its plan). */
function blockKey(s: WidgetSlot): string {
  const body = s.figure ? { params: s.figure.spec.params, plan: s.figure.plan } : s.params;
  return JSON.stringify([s.widget, s.id, body]);
}

/** Throws a NotebookError at the translation's line when it does not keep the English outline. */
export function checkPairing(english: Outline, translation: Outline): void {
  const { file } = translation;
  const en = english.file;
  const n = Math.max(english.slots.length, translation.slots.length);
  for (let i = 0; i < n; i++) {
    const e = english.slots[i];
    const t = translation.slots[i];
    if (!t) throw new NotebookError(file, lastLine(translation), messages.pairWidgetMissing(en, e.line, describeSlot(e)));
    if (!e) throw new NotebookError(file, t.line, messages.pairWidgetExtra(en, describeSlot(t)));
    if (e.widget !== t.widget || e.id !== t.id) {
      const inEnglish = english.slots.some((s) => s.widget === t.widget && s.id === t.id);
      if (inEnglish) throw new NotebookError(file, t.line, messages.pairWidgetMissing(en, e.line, describeSlot(e)));
      throw new NotebookError(file, t.line, messages.pairWidgetExtra(en, describeSlot(t)));
    }
    if (blockKey(e) !== blockKey(t)) throw new NotebookError(file, t.line, messages.pairWidgetDiffers(en, e.line, 'its parameters'));
  }
  const m = Math.max(english.labels.length, translation.labels.length);
  for (let i = 0; i < m; i++) {
    const e = english.labels[i];
    const t = translation.labels[i];
    if (t && e && t.label === e.label) continue;
    if (!t || (e && translation.labels.some((l) => l.label === e.label) === false)) {
      throw new NotebookError(file, t?.line ?? lastLine(translation), messages.pairLabelMissing(en, e.line, e.label));
    }
    throw new NotebookError(file, t.line, messages.pairLabelExtra(en, t.label));
  }
  if (english.meta.order !== translation.meta.order) throw new NotebookError(file, 2, messages.pairFrontMatter(en, 'order'));
  if (JSON.stringify(english.meta.original) !== JSON.stringify(translation.meta.original)) {
    throw new NotebookError(file, 2, messages.pairFrontMatter(en, 'original'));
  }
}

/** The line of the translation's last block or label: where something missing at its end would go. */
function lastLine(o: Outline): number {
  return Math.max(2, ...o.slots.map((s) => s.line), ...o.labels.map((l) => l.line));
}
