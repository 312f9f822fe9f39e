/**
 * Math and prose that answer the controls. In TeX, `\param{f.a}{a}` binds the symbol a to parameter
 * `a` of the widget with id `f` (KaTeX's `\htmlData`, under a trust rule that lets only our data
 * attributes through), and `\paramvalue{f.a}` shows its current value. In prose, `{=f: 2*pi*a}` is a
 * number computed from widget f's parameters. Every reference is checked against the page's widgets
 * at build time; the page updates them as the reader moves the controls (src/app/bindings.ts).
 */
import type { MarkdownIt, StateCore, StateInline } from 'markdown-it';
import { formatValue, type ParamSpec, type WidgetSpec } from '../core/params';
import { formatLive, LIVE_DIGITS, LIVE_FORMAT } from '../core/liveFormat';
import { checkFormula } from '../compute/formula/check';
import { evaluateOnce } from '../compute/formula/evaluate';
import { FormulaError } from '../compute/formula/messages';
import type { Expr } from '../compute/formula/tree';
import { NotebookError, messages } from './errors';
import type { CompileEnv } from './markdown';
import type { WidgetSlot } from './widgetBlocks';

/** A live number in prose: widget id, checked formula of its parameters, and its format. */
export interface LiveValue {
  widget: string;
  tree: Expr;
  format: string;
}

/** A binding that names no widget or parameter: the TeX renderer turns it into a NotebookError at its line. */
export class BindingError extends Error {}

const REF = /^([a-z][a-z0-9-]*)\.([A-Za-z][A-Za-z0-9_]*)$/;

function specOf(slot: WidgetSlot, specs: Record<string, WidgetSpec>): WidgetSpec {
  return slot.figure?.spec ?? specs[slot.widget];
}

/** The widget slot and parameter a `widget.param` reference names; throws BindingError. */
export function resolveBinding(env: CompileEnv, ref: string): { slot: WidgetSlot; key: string; spec: ParamSpec; widget: WidgetSpec } {
  const m = REF.exec(ref.trim());
  if (!m) throw new BindingError(messages.unknownBinding(ref, 'write it as widgetId.parameter, e.g. rope-digits.base'));
  const [, id, key] = m;
  const slot = env.slots.find((s) => s.id === id);
  if (!slot) throw new BindingError(messages.unknownBinding(ref, `no widget has the id "${id}" on this page (ids: ${env.slots.map((s) => s.id).join(', ') || 'none'})`));
  const widget = specOf(slot, env.specs);
  const spec = widget.params[key];
  if (!spec) throw new BindingError(messages.unknownBinding(ref, `widget "${id}" has no parameter "${key}" (its parameters: ${Object.keys(widget.params).join(', ')})`));
  return { slot, key, spec, widget };
}

/** The value a slot starts with: the block's, else the spec's default. */
function startValue(slot: WidgetSlot, key: string, spec: ParamSpec): unknown {
  return slot.params[key] ?? spec.default;
}

/** The macros \param and \paramvalue for one compile (they read the page's widgets). */
export function bindingMacros(env: CompileEnv): Record<string, string | ((context: MacroContext) => string)> {
  return {
    '\\param': '\\htmlData{param=#1}{#2}',
    '\\paramvalue': (context) => {
      const ref = context.consumeArgs(1)[0].map((t) => t.text).reverse().join('').replace(/\s+/g, '');
      const { slot, key, spec } = resolveBinding(env, ref);
      if (spec.kind !== 'number' && spec.kind !== 'integer') throw new BindingError(messages.unknownBinding(ref, `\\paramvalue shows numbers, and "${key}" is a ${spec.kind}`));
      // A placeholder the renderer swaps for the value in both the HTML and the MathML (tex below).
      env.values.push({ ref, text: formatValue(spec, startValue(slot, key, spec)) });
      return `\\htmlData{paramvalue=${ref}}{\\text{KXVALUE${env.values.length - 1}X}}`;
    },
  };
}

/** KaTeX's macro context, as much of it as \paramvalue reads. */
export interface MacroContext {
  consumeArgs(n: number): { text: string }[][];
}

/** KaTeX's trust rule: \htmlData with our attributes only (a binding, a value); anything else is an error. */
export function trustBindings(env: CompileEnv) {
  return (context: { command: string; attributes?: Record<string, string> }): boolean => {
    const attributes = Object.entries(context.attributes ?? {});
    if (context.command !== '\\htmlData' || attributes.length !== 1) throw new BindingError(messages.rawHtml(context.command));
    const [[name, value]] = attributes;
    // Made by \paramvalue above, which checked the reference.
    if (name === 'data-paramvalue' && env.values.some((v) => v.ref === value)) return true;
    if (name !== 'data-param') throw new BindingError(messages.rawHtml(context.command));
    // A figure's own formulas bind its parameters as ".name" (the widget around them).
    if (!value.startsWith('.')) resolveBinding(env, value);
    return true;
  };
}

/** Swaps \paramvalue placeholders for their values: a number in the HTML, an <mn> the page can update in the MathML. */
export function fillValues(html: string, env: CompileEnv): string {
  return html.replace(/<mtext>KXVALUE(\d+)X<\/mtext>|KXVALUE(\d+)X/g, (whole, mathml: string | undefined, visual: string | undefined) => {
    const v = env.values[Number(mathml ?? visual)];
    if (!v) return whole;
    return mathml !== undefined ? `<mn data-paramvalue="${v.ref}">${v.text}</mn>` : v.text;
  });
}

/** What a bound symbol's button is called: the control's label and the widget's title. */
export function bindingName(env: CompileEnv, ref: string): string {
  const zh = env.lang === 'zh';
  if (ref.startsWith('.')) return zh ? `${ref.slice(1)}：本图的参数；按 Enter 跳到它的控件` : `${ref.slice(1)}: a parameter of this figure; Enter goes to its control`;
  const { spec, widget } = resolveBinding(env, ref);
  // Spec texts are in both languages; the page's own language names the control.
  const label = typeof spec.label === 'string' ? spec.label : spec.label[env.lang];
  const title = typeof widget.title === 'string' ? widget.title : widget.title[env.lang];
  return zh ? `${label}（${title}）；按 Enter 跳到它的控件` : `${label} (${title}); Enter goes to its control`;
}

const LIVE = /^\{=\s*([a-z][a-z0-9-]*)\s*:\s*([^{}|]+?)\s*(?:\|\s*([^{}|\s]+)\s*)?\}/;

/** Inline rule: `{=id: formula}` or `{=id: formula | digits}`. */
function liveInline(state: StateInline, silent: boolean): boolean {
  if (state.src.charCodeAt(state.pos) !== 0x7b || state.src.charCodeAt(state.pos + 1) !== 0x3d) return false;
  const end = state.src.indexOf('}', state.pos);
  if (end < 0 || end > state.posMax) return false;
  if (!silent) {
    const token = state.push('live_value', 'span', 0);
    token.content = state.src.slice(state.pos, end + 1);
  }
  state.pos = end + 1;
  return true;
}

/** After inline parsing: each live value learns its line (for messages). */
function liveLines(state: StateCore): void {
  const env = state.env as unknown as CompileEnv;
  for (const token of state.tokens) {
    for (const child of token.children ?? []) if (child.type === 'live_value') child.meta = { line: env.bodyLine + (token.map?.[0] ?? 0) };
  }
}

/** Checks and renders one live value: its number at the page's starting values, and its index for the page. */
function renderLive(content: string, env: CompileEnv, line: number): string {
  const m = LIVE.exec(content);
  const fail = (text: string): never => {
    throw new NotebookError(env.file, line, text);
  };
  if (!m) fail(messages.badLiveValue(content));
  const [, id, text, format = String(LIVE_DIGITS)] = m!;
  if (!LIVE_FORMAT.test(format)) fail(messages.badLiveValue(content));
  const slot = env.slots.find((s) => s.id === id);
  if (!slot) fail(messages.unknownBinding(`{=${id}: …}`, `no widget has the id "${id}" on this page (ids: ${env.slots.map((s) => s.id).join(', ') || 'none'})`));
  const widget = specOf(slot!, env.specs);
  const numeric = Object.entries(widget.params).filter(([, p]) => p.kind === 'number' || p.kind === 'integer' || p.kind === 'boolean' || (p.kind === 'choice' && p.options.every((o) => Number.isFinite(Number(o.value)))));
  let tree: Expr;
  try {
    tree = checkFormula(text, { symbols: numeric.map(([k]) => k) }).tree;
  } catch (err) {
    if (err instanceof FormulaError) fail(`{=${id}: …}: ${err.message}`);
    throw err;
  }
  const values = Object.fromEntries(numeric.map(([k, p]) => [k, p.kind === 'boolean' ? Number(startValue(slot!, k, p) === true) : Number(startValue(slot!, k, p))]));
  env.live.push({ widget: id, tree: tree!, format });
  return `<span class="live-value" data-live="${env.live.length - 1}">${formatLive(evaluateOnce(tree!, values), format)}</span>`;
}

/** Installs `{=id: formula}` in prose. */
export function liveValuePlugin(md: MarkdownIt): void {
  md.inline.ruler.before('text', 'live_value', liveInline);
  md.core.ruler.push('live_lines', liveLines);
  md.renderer.rules.live_value = (tokens, i, _o, rawEnv) => {
    const env = rawEnv as unknown as CompileEnv;
    return renderLive(tokens[i].content, env, (tokens[i].meta as { line?: number } | null)?.line ?? env.bodyLine);
  };
}
