/**
 * The widget parameter contract. A widget declares its parameters once (a `ParamSpecs` object in its
 * `spec.ts`); everything else — controls, URL parsing, notebook validation, embed links, the gallery —
 * is derived from that declaration by the functions here. Pure: imported by the build and the browser.
 * Every word a reader sees is a `Text` in both languages (`{ en, zh }`; `same('α')` for a symbol).
 */
import { tr, ui, type Text } from './i18n';

export { same, type Text } from './i18n';

/** While widgets move to `Text` (issue 23), a plain string is still read as it is. */
type SpecText = Text | string;
/** A spec's text in the language in force. */
export function specText(text: SpecText): string {
  return typeof text === 'string' ? text : tr(text);
}

interface BaseParam<T> {
  label: SpecText;
  default: T;
  /** One sentence for the gallery and the control's description. */
  help?: SpecText;
}
export interface NumberParam extends BaseParam<number> {
  kind: 'number' | 'integer';
  min: number;
  max: number;
  step?: number;
  /** Slider moves on a log scale (of v − min + 1 when min ≤ 0, so the start stays reachable). */
  log?: boolean;
  unit?: SpecText;
}
export interface ChoiceParam<V extends string = string> extends BaseParam<V> {
  kind: 'choice';
  options: readonly { value: V; label: SpecText }[];
}
export interface BooleanParam extends BaseParam<boolean> {
  kind: 'boolean';
}
export interface TextParam extends BaseParam<string> {
  kind: 'text';
  maxLength: number;
  multiline?: boolean;
  /**
   * Natural-language text, kept exactly as typed. Other text boxes (coin sets, formulas, partitions)
   * read full-width digits and punctuation as ASCII, as a Chinese keyboard types them; a sentence to
   * segment must keep its ，and ！.
   */
  verbatim?: boolean;
  placeholder?: SpecText;
}
export type ParamSpec = NumberParam | ChoiceParam | BooleanParam | TextParam;
export type ParamSpecs = Record<string, ParamSpec>;

/** The value type a spec declares: number, boolean, string, or the union of a choice's values. */
export type ParamValue<P> = P extends ChoiceParam<infer V>
  ? V
  : P extends NumberParam
    ? number
    : P extends BooleanParam
      ? boolean
      : string;
export type ParamValues<S extends ParamSpecs> = { -readonly [K in keyof S]: ParamValue<S[K]> };

/** A widget's identity card: its name (= folder = notebook fence name), title and parameters. */
export interface WidgetSpec<S extends ParamSpecs = ParamSpecs> {
  name: string;
  title: SpecText;
  description: SpecText;
  /** Slug of the notebook the widget belongs to (for the embed page's link back). */
  notebook: string;
  /** Height in px the plot area reserves before it loads, so the page never jumps. */
  height: number;
  /**
   * Height in px of the whole widget at its defaults, at the page widths of FOOTPRINT_WIDTHS (the
   * notebook's full column, and a phone): a slot reserves it until its view loads.
   * e2e/platform.spec.ts measures it.
   */
  footprint: HeightAtWidths;
  params: S;
  /**
   * Former names of parameters, former → current, so links shared before a rename still open the same
   * state (the address is then rewritten with the current names). Never remove an entry.
   */
  renamed?: Readonly<Record<string, string>>;
  /** The embed page's address when it is not `name`: a notebook's own figure is `<slug>/<id>`. */
  embedAs?: string;
}

/** What a page knows of a widget before its spec and view load (the build reads it from the spec). */
export type WidgetCard = Pick<WidgetSpec, 'title' | 'notebook' | 'footprint'>;

/** Page widths (px) at which a footprint is measured; a slot interpolates between them. */
export const FOOTPRINT_WIDTHS = { narrow: 360, wide: 752 } as const;

/** A height in px at each of FOOTPRINT_WIDTHS: a widget's footprint, a stretch of prose's estimate. */
export interface HeightAtWidths {
  narrow: number;
  wide: number;
}

/** A height given at both FOOTPRINT_WIDTHS, at page width `width` (linear between them, held outside). */
export function heightAtWidth(size: HeightAtWidths, width: number): number {
  const { narrow, wide } = FOOTPRINT_WIDTHS;
  const t = Math.min(1, Math.max(0, (width - narrow) / (wide - narrow)));
  return Math.round(size.narrow + t * (size.wide - size.narrow));
}

/** The DOM id of a widget on its page (its slot; the hash of its copied link). */
export function widgetDomId(prefix: string, name: string): string {
  return prefix ? `widget-${prefix}` : `widget-${name}`;
}

/** Identity helper that keeps the literal types of a spec (so `ParamValues` can see choice values). */
export function defineWidget<const S extends ParamSpecs>(spec: WidgetSpec<S>): WidgetSpec<S> {
  return spec;
}

/** Result of reading one raw value: the value to use, and a note when the input was not taken as is. */
export interface ParsedParam<T> {
  value: T;
  note?: string;
  /** `invalid`: junk, fell back to the default. `clamped`: out of range, moved inside it. */
  problem?: 'invalid' | 'clamped';
  /** What was wrong with the input, without the control's name or the value used instead. */
  reason?: string;
}

const trimNumber = (x: number) => Number(x.toPrecision(12));

/** A control's label as a sentence's subject: "Count up to n =" reads "Count up to n". */
export function labelText(spec: ParamSpec): string {
  return specText(spec.label).replace(/\s*[=:：]\s*$/, '');
}

/**
 * Text as a reader on a Chinese keyboard types it, read as ASCII: full-width forms (２０２３, １，２，５,
 * ＋, －) and the ideographic space and commas (、). This is NFKC for these characters only: NFKC of
 * the whole text would also read a superscript such as 10⁶ as 106.
 */
export function normaliseTyped(text: string): string {
  return text.replace(/[\uFF01-\uFF5E\u3000]/g, (c) => c.normalize('NFKC')).replace(/[\u3001\uFF64]/g, ',');
}

/** A plain decimal or scientific number: Number() alone would also take '0x10', '0b1', 'Infinity'. */
const DECIMAL = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

/** A number from YAML, the URL or a box: decimal only; too large for float64 (1e400) reads as ±Infinity. */
function readNumber(raw: unknown): { x: number; text: string } | { why: string } {
  if (typeof raw === 'number') return Number.isNaN(raw) ? { why: ui.nanNotNumber } : { x: raw, text: String(raw) };
  if (typeof raw !== 'string') return { why: ui.notNumber(describe(raw)) };
  const text = normaliseTyped(raw).trim();
  if (DECIMAL.test(text)) return { x: Number(text), text };
  if (/^[+-]?0[xob]/i.test(text)) return { why: ui.notDecimal(describe(raw)) };
  return { why: ui.notNumber(describe(raw)) };
}

/** Reads one raw value (from YAML, the URL or a control) against its spec; never throws. */
export function parseParam(spec: ParamSpec, raw: unknown): ParsedParam<number | string | boolean> {
  const label = labelText(spec);
  const fallback = (why: string): ParsedParam<number | string | boolean> => ({
    value: spec.default,
    problem: 'invalid',
    reason: why,
    note: ui.usingDefault(label, why, formatValue(spec, spec.default)),
  });
  switch (spec.kind) {
    case 'number':
    case 'integer': {
      const read = readNumber(raw);
      if ('why' in read) return fallback(read.why);
      const { x } = read;
      if (x < spec.min || x > spec.max) {
        const v = clamp(x, spec);
        const reason = ui.outside(Number.isFinite(x) ? String(trimNumber(x)) : read.text, spec.min, spec.max);
        return { value: v, problem: 'clamped', reason, note: ui.usingClamped(label, reason, String(v)) };
      }
      const v = spec.kind === 'integer' ? clamp(snapInteger(x, spec), spec) : x;
      if (v !== x) {
        const shown = String(trimNumber(x));
        const reason = Number.isInteger(x) ? ui.notMultiple(shown, spec.step ?? 1, spec.min) : ui.notWhole(shown);
        return { value: v, problem: 'clamped', reason, note: ui.usingClamped(label, reason, String(v)) };
      }
      return { value: v };
    }
    case 'choice': {
      const s = String(raw);
      if (spec.options.some((o) => o.value === s)) return { value: s };
      return fallback(ui.notOneOf(describe(raw), spec.options.map((o) => o.value).join(', ')));
    }
    case 'boolean': {
      if (typeof raw === 'boolean') return { value: raw };
      if (raw === 'true' || raw === '1') return { value: true };
      if (raw === 'false' || raw === '0') return { value: false };
      return fallback(ui.notBoolean(describe(raw)));
    }
    case 'text': {
      if (typeof raw !== 'string' && typeof raw !== 'number') return fallback(ui.notText(describe(raw)));
      const s = spec.verbatim ? String(raw) : normaliseTyped(String(raw));
      if (s.length > spec.maxLength) return fallback(ui.tooLong(spec.maxLength));
      return { value: s };
    }
  }
}

/** Integers snap to the spec's step grid (e.g. even head dimensions: min 2, step 2). */
function snapInteger(x: number, spec: NumberParam): number {
  const step = spec.step && Number.isInteger(spec.step) ? spec.step : 1;
  return spec.min + Math.round((x - spec.min) / step) * step;
}

function clamp(v: number, spec: NumberParam): number {
  return Math.min(spec.max, Math.max(spec.min, v));
}

function describe(raw: unknown): string {
  const s = typeof raw === 'string' ? JSON.stringify(raw.length > 40 ? raw.slice(0, 40) + '…' : raw) : String(raw);
  return s;
}

/** Formats a value for text (URL, YAML, notes): numbers without float noise. */
export function formatValue(spec: ParamSpec, value: unknown): string {
  if (typeof value === 'number' && (spec.kind === 'number' || spec.kind === 'integer')) return String(trimNumber(value));
  return String(value);
}

/** The defaults of every parameter. */
export function defaultValues<S extends ParamSpecs>(specs: S): ParamValues<S> {
  const out: Record<string, unknown> = {};
  for (const [key, spec] of Object.entries(specs)) out[key] = spec.default;
  return out as ParamValues<S>;
}

/** Reads a whole set of raw values (e.g. a URL's query, minus the prefix) over the defaults. */
export function parseValues<S extends ParamSpecs>(
  specs: S,
  raw: Record<string, unknown>,
  base: ParamValues<S> = defaultValues(specs),
): { values: ParamValues<S>; notes: Partial<Record<keyof S, string>> } {
  const values = { ...base } as Record<string, unknown>;
  const notes: Record<string, string> = {};
  for (const [key, spec] of Object.entries(specs)) {
    if (!(key in raw)) continue;
    const parsed = parseParam(spec, raw[key]);
    values[key] = parsed.value;
    if (parsed.note) notes[key] = parsed.note;
  }
  return { values: values as ParamValues<S>, notes: notes as Partial<Record<keyof S, string>> };
}

/** Strict check for authored input (notebook blocks): unknown keys and any problem are errors. */
export function validateValues(specs: ParamSpecs, raw: Record<string, unknown>): { key: string; message: string }[] {
  const errors: { key: string; message: string }[] = [];
  for (const [key, value] of Object.entries(raw)) {
    const spec = specs[key];
    if (!spec) {
      errors.push({ key, message: `unknown parameter "${key}" (known: ${Object.keys(specs).join(', ')})` });
      continue;
    }
    // The build stops at the error, so the message says what is wrong, not which value would be used.
    const parsed = parseParam(spec, value);
    if (parsed.problem) errors.push({ key, message: `parameter "${key}": ${labelText(spec)}: ${parsed.reason}` });
  }
  return errors;
}

/** Query entries for the values that differ from `base`, keys prefixed (`prefix.key`) when given. */
export function encodeValues(
  specs: ParamSpecs,
  values: Record<string, unknown>,
  base: Record<string, unknown>,
  prefix = '',
): [string, string][] {
  const entries: [string, string][] = [];
  for (const [key, spec] of Object.entries(specs)) {
    if (values[key] === base[key]) continue;
    entries.push([prefix ? `${prefix}.${key}` : key, formatValue(spec, values[key])]);
  }
  return entries;
}

/** Picks the entries of a query that belong to one widget (`prefix.key`, or bare keys without prefix). */
export function pickQuery(query: URLSearchParams, prefix = ''): Record<string, string> {
  const out: Record<string, string> = {};
  for (const [k, v] of query) {
    if (!prefix) out[k] = v;
    else if (k.startsWith(prefix + '.')) out[k.slice(prefix.length + 1)] = v;
  }
  return out;
}

/**
 * A widget's values in the address, by their current names: a parameter's former name (the spec's
 * `renamed` table) reads as its current one, which wins when a link holds both.
 */
export function pickWidgetQuery(spec: Pick<WidgetSpec, 'renamed'>, query: URLSearchParams, prefix = ''): Record<string, string> {
  const raw = pickQuery(query, prefix);
  for (const [former, current] of Object.entries(spec.renamed ?? {})) {
    if (former in raw && !(current in raw)) raw[current] = raw[former];
    delete raw[former];
  }
  return raw;
}
