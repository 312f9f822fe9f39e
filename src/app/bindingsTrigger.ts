/**
 * When to load a notebook's bindings (bindings.ts): not with the page, whose HTML already shows every
 * bound number at its starting value, but once a widget reports values other than those (a reader's
 * drag, or state from the address), or a reader points at or focuses a bound symbol.
 */
import { parseValues, type WidgetSpec } from '../core/params';
import type { NotebookPage } from '../notebook/compile';
import { loadSpec } from '../widgets/registry';
import { syncedValues } from '../ui/widgetState.svelte';

/** Watches `article` until the bindings are needed, then loads and starts them; returns the stop function. */
export function watchBindings(article: HTMLElement, page: NotebookPage): () => void {
  if (!page.live.length && !page.bound) return () => {};
  // Each widget's starting values, worked out when it first reports (its spec has loaded with its view by then).
  const start = new Map<string, () => Promise<string>>();
  for (const s of page.segments) {
    if (s.kind !== 'widget') continue;
    const { figure, widget, params } = s.slot;
    let once: Promise<string> | undefined;
    const values = (spec: WidgetSpec) => JSON.stringify(parseValues(spec.params, params).values);
    start.set(s.slot.id, () => (once ??= figure ? Promise.resolve(values(figure.spec)) : loadSpec(widget).then(values)));
  }
  let stop: (() => void) | null = null;
  let stopped = false;
  let loading = false;
  /** Symbol events that came before the bindings listened: played again once they do. */
  const queued: { target: Element; type: string; key?: string }[] = [];
  const load = () => {
    if (loading) return;
    loading = true;
    void import('./bindings').then((m) => {
      detach();
      if (stopped) return;
      stop = m.startBindings(article, page);
      for (const { target, type, key } of queued.splice(0)) {
        // A pointer that has left, or focus that has moved on, is not played again (it would stay lit).
        if ((type === 'pointerover' && !target.matches(':hover')) || (type === 'focusin' && !target.contains(document.activeElement))) continue;
        target.dispatchEvent(type === 'keydown' ? new KeyboardEvent(type, { key, bubbles: true, cancelable: true }) : new Event(type, { bubbles: true }));
      }
    });
  };
  const onParams = (e: Event) => {
    const { prefix, values } = (e as CustomEvent<{ prefix: string; values: object }>).detail;
    const startOf = start.get(prefix);
    if (!startOf) return;
    const now = JSON.stringify(values);
    startOf().then(
      (first) => first !== now && load(),
      () => undefined, // a widget whose spec cannot load shows its own error; nothing to bind
    );
  };
  const onSymbol = (e: Event) => {
    const target = (e.target as Element | null)?.closest?.('[data-param]');
    if (!target) return;
    const key = (e as KeyboardEvent).key;
    if (e.type === 'keydown') {
      if (key !== 'Enter' && key !== ' ') return;
      e.preventDefault();
    }
    queued.push({ target, type: e.type, key });
    load();
  };
  const detach = () => {
    document.removeEventListener('kexue:params', onParams);
    for (const type of ['pointerover', 'focusin', 'keydown']) article.removeEventListener(type, onSymbol);
  };
  document.addEventListener('kexue:params', onParams);
  for (const type of ['pointerover', 'focusin', 'keydown']) article.addEventListener(type, onSymbol);
  // Widgets that reported before this watch began (the page starts it once all its prose is in).
  for (const prefix of start.keys()) {
    const values = syncedValues(prefix);
    if (values) onParams(new CustomEvent('kexue:params', { detail: { prefix, values } }));
  }
  return () => {
    stopped = true;
    detach();
    stop?.();
  };
}
