/**
 * Symbols bound to controls, and the controls they are bound to, light up together: hovering or
 * focusing a bound symbol (`data-param="widgetId.param"`, or `".param"` inside a figure, meaning its
 * own widget) marks its control, moving a control marks its symbols, and Enter on a symbol takes the
 * reader to the control. A widget's controls are found by their ids (`<idPrefix>-<param>`, as
 * Controls.svelte makes them) inside its slot, which carries `data-id-prefix`.
 */

/** The class both ends of a link wear while lit (styled in app.css). */
export const ACTIVE = 'param-active';

/** The slot of a widget by its id on a notebook page. */
const slotOf = (id: string): HTMLElement | null => document.getElementById(`widget-${id}`);

/** The control (its text field, or select, or checkbox) of `key` in a slot. */
export function controlIn(slot: Element | null, key: string): HTMLElement | null {
  const idPrefix = (slot as HTMLElement | null)?.dataset.idPrefix;
  return idPrefix ? slot!.querySelector<HTMLElement>(`#${CSS.escape(`${idPrefix}-${key}`)}`) : null;
}

/** The control a bound symbol names: in its own figure (".key"), or on the page ("id.key"). */
export function controlOfSymbol(symbol: Element): HTMLElement | null {
  const ref = symbol.getAttribute('data-param') ?? '';
  const dot = ref.lastIndexOf('.');
  if (dot < 0) return null;
  const slot = dot === 0 ? symbol.closest('.slot') : slotOf(ref.slice(0, dot));
  return controlIn(slot, ref.slice(dot + 1));
}

/** The box around a control that lights up (its label, slider and field). */
const boxOf = (control: HTMLElement): HTMLElement => control.closest<HTMLElement>('.control') ?? control.parentElement ?? control;

/** The parameter a control element belongs to, as a page reference and as a figure-relative one. */
export function refsOfControl(control: Element): { slot: HTMLElement; key: string; page: string } | null {
  const slot = control.closest<HTMLElement>('.slot');
  const idPrefix = slot?.dataset.idPrefix;
  if (!slot || !idPrefix || !control.id.startsWith(`${idPrefix}-`)) return null;
  const key = control.id.slice(idPrefix.length + 1).replace(/-range$/, '');
  return { slot, key, page: `${slot.id.replace(/^widget-/, '')}.${key}` };
}

/** Every symbol bound to the control's parameter: in prose and equations, and in its own figure. */
export function symbolsOfControl(control: Element): Element[] {
  const refs = refsOfControl(control);
  if (!refs) return [];
  return [...document.querySelectorAll(`[data-param="${CSS.escape(refs.page)}"]`), ...refs.slot.querySelectorAll(`[data-param=".${CSS.escape(refs.key)}"]`)];
}

const timers = new WeakMap<Element, ReturnType<typeof setTimeout>>();

/** Lights elements up; with `forMs`, they go dark again after that long (unless lit again meanwhile). */
export function light(elements: Iterable<Element>, on: boolean, forMs?: number): void {
  for (const el of elements) {
    clearTimeout(timers.get(el));
    el.classList.toggle(ACTIVE, on);
    if (on && forMs) timers.set(el, setTimeout(() => el.classList.remove(ACTIVE), forMs));
  }
}

/**
 * Wires the links inside `root` (a page's article, or one figure): hover and focus on bound symbols,
 * Enter on them, and input on controls. Returns the function that removes the listeners.
 */
export function linkParams(root: HTMLElement): () => void {
  const symbolOf = (e: Event) => (e.target as Element | null)?.closest?.('[data-param]') ?? null;
  // A figure links its own symbols and the page links the rest: an event both see is handled once.
  const once = <E extends Event>(handle: (e: E) => void) => (e: E) => {
    if (handled.has(e)) return;
    handled.add(e);
    handle(e);
  };
  const lightSymbol = (e: Event, on: boolean) => {
    const symbol = symbolOf(e);
    const control = symbol && controlOfSymbol(symbol);
    if (!symbol || !control) return;
    light([symbol, boxOf(control)], on);
  };
  const over = (e: Event) => lightSymbol(e, true);
  const out = (e: Event) => lightSymbol(e, false);
  const key = (e: KeyboardEvent) => {
    if (e.key !== 'Enter' && e.key !== ' ') return;
    const symbol = symbolOf(e);
    const control = symbol && controlOfSymbol(symbol);
    if (!control) return;
    e.preventDefault();
    const slider = document.getElementById(`${control.id}-range`) ?? control;
    slider.scrollIntoView({ block: 'center' });
    slider.focus();
  };
  const moved = (e: Event) => {
    const target = e.target as HTMLElement | null;
    if (!target?.id) return;
    light(symbolsOfControl(target), true, 1200);
  };
  const focusControl = (e: Event, on: boolean) => {
    const target = e.target as HTMLElement | null;
    if (target?.id && !symbolOf(e)) light(symbolsOfControl(target), on);
  };
  const focusIn = (e: Event) => (symbolOf(e) ? over(e) : focusControl(e, true));
  const focusOut = (e: Event) => (symbolOf(e) ? out(e) : focusControl(e, false));
  const listeners: [string, (e: never) => void][] = [
    ['pointerover', once(over)],
    ['pointerout', once(out)],
    ['focusin', once(focusIn)],
    ['focusout', once(focusOut)],
    ['keydown', once(key)],
    ['input', once(moved)],
  ];
  for (const [type, fn] of listeners) root.addEventListener(type, fn as EventListener);
  return () => {
    for (const [type, fn] of listeners) root.removeEventListener(type, fn as EventListener);
  };
}

const handled = new WeakSet<Event>();
