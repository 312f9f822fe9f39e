/**
 * When to load a notebook's bindings (bindings.ts): not with the page, whose HTML already shows every
 * bound number at its starting value, but once a widget reports values other than those (a reader's
 * drag, or state from the address), or a reader points at or focuses a bound symbol.
 */
import { parseValues } from '../core/params';
import type { NotebookPage } from '../notebook/compile';
import { widgetSpecs } from '../widgets/specs';

/** Watches `article` until the bindings are needed, then loads and starts them; returns the stop function. */
export function watchBindings(article: HTMLElement, page: NotebookPage): () => void {
  if (!page.live.length && !page.bound) return () => {};
  const start = new Map<string, string>();
  for (const s of page.segments) {
    const spec = s.kind === 'widget' ? (s.slot.figure?.spec ?? widgetSpecs[s.slot.widget]) : undefined;
    if (s.kind === 'widget' && spec) start.set(s.slot.id, JSON.stringify(parseValues(spec.params, s.slot.params).values));
  }
  let stop: (() => void) | null = null;
  let stopped = false;
  /** Loads the bindings; the symbol event that asked for them is played again once they listen. */
  const load = (replay?: { target: Element; type: string; key?: string }) => {
    detach();
    void import('./bindings').then((m) => {
      if (stopped) return;
      stop = m.startBindings(article, page);
      if (!replay) return;
      const { target, type, key } = replay;
      target.dispatchEvent(type === 'keydown' ? new KeyboardEvent(type, { key, bubbles: true, cancelable: true }) : new Event(type, { bubbles: true }));
    });
  };
  const onParams = (e: Event) => {
    const { prefix, values } = (e as CustomEvent<{ prefix: string; values: object }>).detail;
    if (start.has(prefix) && start.get(prefix) !== JSON.stringify(values)) load();
  };
  const onSymbol = (e: Event) => {
    const target = (e.target as Element | null)?.closest?.('[data-param]');
    if (!target) return;
    const key = (e as KeyboardEvent).key;
    if (e.type === 'keydown') {
      if (key !== 'Enter' && key !== ' ') return;
      e.preventDefault();
    }
    load({ target, type: e.type, key });
  };
  const detach = () => {
    document.removeEventListener('kexue:params', onParams);
    for (const type of ['pointerover', 'focusin', 'keydown']) article.removeEventListener(type, onSymbol);
  };
  document.addEventListener('kexue:params', onParams);
  for (const type of ['pointerover', 'focusin', 'keydown']) article.addEventListener(type, onSymbol);
  return () => {
    stopped = true;
    detach();
    stop?.();
  };
}
