/**
 * A notebook's prose and equations that answer its widgets, loaded only once a reader needs them (a
 * widget moved off its starting values, or a bound symbol hovered or focused): live numbers in prose
 * (`{=id: formula}`) and `\paramvalue` follow the widget's parameters, and bound symbols and their
 * controls light up together (ui/paramLinks.ts). The formulas are checked trees from the build,
 * evaluated here in microseconds (compute/formula/evaluate.ts); nothing is parsed.
 */
import { evaluateOnce } from '../compute/formula/evaluate';
import { formatLive } from '../core/liveFormat';
import { formatValue, type WidgetSpec } from '../core/params';
import type { NotebookPage, WidgetSlot } from '../notebook/compile';
import { linkParams } from '../ui/paramLinks';
import { syncedValues } from '../ui/widgetState.svelte';
import { numericValues } from '../widgets/formula-shared/values';
import { widgetSpecs } from '../widgets/specs';

/** Starts the page's bindings; returns the function that stops them. */
export function startBindings(article: HTMLElement, page: NotebookPage): () => void {
  const slots = new Map<string, WidgetSlot>();
  for (const s of page.segments) if (s.kind === 'widget') slots.set(s.slot.id, s.slot);
  const specOf = (slot: WidgetSlot): WidgetSpec | undefined => slot.figure?.spec ?? widgetSpecs[slot.widget];

  const update = (prefix: string, values: Record<string, unknown>) => {
    const slot = slots.get(prefix);
    const spec = slot && specOf(slot);
    if (!spec) return;
    const numbers = numericValues(spec.params, values);
    for (const el of article.querySelectorAll<HTMLElement>('.live-value[data-live]')) {
      const live = page.live[Number(el.dataset.live)];
      if (live?.widget !== prefix) continue;
      const text = formatLive(evaluateOnce(live.tree, numbers), live.format);
      if (el.textContent !== text) el.textContent = text;
    }
    for (const [key, param] of Object.entries(spec.params)) {
      const shown = article.querySelectorAll(`[data-paramvalue="${CSS.escape(`${prefix}.${key}`)}"]`);
      if (!shown.length) continue;
      const text = formatValue(param, values[key]);
      for (const el of shown) {
        // The MathML <mn> holds the number; in KaTeX's HTML it is the innermost span.
        const target = el.tagName.toLowerCase() === 'mn' ? el : [...el.querySelectorAll('*')].pop() ?? el;
        if (target.textContent !== text) target.textContent = text;
      }
    }
  };

  for (const prefix of slots.keys()) {
    const values = syncedValues(prefix);
    if (values) update(prefix, values);
  }
  const onParams = (e: Event) => {
    const { prefix, values } = (e as CustomEvent<{ prefix: string; values: Record<string, unknown> }>).detail;
    update(prefix, values);
  };
  document.addEventListener('kexue:params', onParams);
  const unlink = linkParams(article);
  return () => {
    document.removeEventListener('kexue:params', onParams);
    unlink();
  };
}
