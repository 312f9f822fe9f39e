/**
 * Stage 2c: an author's own live figure, from Markdown alone. A ```` ```widget plot|map|sequence #id ````
 * block declares parameters (formulaParams.ts), the variable(s) and the formulas; this stage checks
 * every formula with mathjs (compute/formula/check.ts: unknown symbols, syntax, anything hostile),
 * typesets it with KaTeX from the same parse, computes the figure once at its starting values (so a
 * range that is empty or a recurrence that cannot start fails here, not in a reader's browser), and
 * hands the page a FormulaFigure: a widget spec, the worker's plan and the typeset formulas.
 */
import { FormulaError } from '../compute/formula/messages';
import { checkFormula, checkRecurrence, type FormulaScope } from '../compute/formula/check';
import { sampleMap, samplePlot, sampleSequence } from '../compute/formula/figures';
import { LIMITS, type CurvePlan, type FigurePlan, type ReadoutPlan, type SequenceDef } from '../compute/formula/plan';
import type { Expr } from '../compute/formula/tree';
import { symbolTex } from '../compute/formula/symbolTex';
import { defaultValues, type ParamSpecs } from '../core/params';
import { numericValues } from '../widgets/formula-shared/values';
import { BlockYaml, isPlainMap, type Path } from './blockYaml';
import { NotebookError, messages } from './errors';
import { figureFootprint } from './formulaFootprint';
import type { FigureAxis, FormulaFigure, FormulaKind, TypesetFormula } from './formulaFigure';
import { checkSymbolName, readParams } from './formulaParams';
import type { CompileEnv } from './markdown';
import { renderTex } from './math';

const KEYS: Record<FormulaKind, readonly string[]> = {
  plot: ['title', 'description', 'params', 'x', 'y', 'curves', 'readout', 'height'],
  map: ['title', 'description', 'params', 'x', 'y', 'z', 'contours', 'readout', 'height'],
  sequence: ['title', 'description', 'params', 'n', 'y', 'term', 'recurrence', 'initial', 'sequences', 'exact', 'readout', 'height'],
};
const RANGE_KEYS = ['symbol', 'from', 'to', 'points', 'log', 'title'];
const Y_KEYS = ['title', 'log', 'from', 'to'];

/** Reads one formula block into its figure; throws NotebookError at the offending line. */
/** A figure's title when its block gives none, in the page's language. */
const DEFAULT_TITLES = {
  en: {
    plot: (labels: string[]) => `Plot of ${labels.join(', ')}`,
    map: (z: string) => `Map of ${z}`,
    sequence: (labels: string[]) => `Sequence ${labels.join(', ')}`,
    value: 'value',
  },
  zh: {
    plot: (labels: string[]) => `${labels.join('、')} 的曲线`,
    map: (z: string) => `${z} 的热力图`,
    sequence: (labels: string[]) => `数列 ${labels.join('、')}`,
    value: '值',
  },
} as const;

export function readFormulaBlock(kind: FormulaKind, id: string, content: string, fenceLine: number, env: CompileEnv): FormulaFigure {
  const yaml = new BlockYaml(content, env.file, fenceLine + 1);
  const block = yaml.value ?? {};
  const where = `the ${kind} block`;
  if (!isPlainMap(block)) return yaml.fail([], messages.formulaBadValue(where, 'a set of "key: value" lines'));
  for (const key of Object.keys(block)) if (!KEYS[kind].includes(key)) yaml.fail([key], messages.formulaUnknownKey(where, key, KEYS[kind]));
  const params = readParams(yaml, block.params);
  const names = Object.keys(params);
  const r = new Reader(yaml, env, id, names);

  const text = (key: string, fallback: string): string => {
    const v = block[key];
    if (v === undefined) return fallback;
    if (typeof v !== 'string' || !v.trim()) return yaml.fail([key], messages.formulaBadValue(key, 'text'));
    return v.trim();
  };
  const height = block.height === undefined ? 360 : r.integer(['height'], block.height, 200, 800);
  const readout = r.readout(block.readout);

  const defaults = DEFAULT_TITLES[env.lang];
  let plan: FigurePlan;
  let formulas: TypesetFormula[];
  let axes: FormulaFigure['axes'];
  let title: string;
  if (kind === 'plot') {
    const x = r.range(['x'], block.x, 'x', 400, LIMITS.plotPoints, true);
    const curves = r.curves(block.curves, x.symbol);
    plan = { kind, params: names, x, curves: curves.map((c) => c.plan), readout: readout.plans };
    formulas = curves.map((c) => c.typeset);
    axes = { x: r.axisOf(['x'], block.x, x.symbol), y: r.yAxis(block.y, curves.length === 1 ? curves[0].plan.label : 'y') };
    title = text('title', defaults.plot(curves.map((c) => c.plan.label)));
  } else if (kind === 'map') {
    const x = r.range(['x'], block.x, 'x', 100, LIMITS.mapSide, false);
    const y = r.range(['y'], block.y, 'y', 100, LIMITS.mapSide, false);
    if (y.symbol === x.symbol) yaml.fail(['y', 'symbol'], messages.formulaBadValue('y.symbol', `a name other than the x variable "${x.symbol}"`));
    const z = r.zFormula(block.z, [x.symbol, y.symbol]);
    const contours = block.contours === undefined ? 10 : r.integer(['contours'], block.contours, 0, 40);
    plan = { kind, params: names, x, y, z: z.tree, contours, readout: readout.plans };
    formulas = [z.typeset];
    axes = { x: r.axisOf(['x'], block.x, x.symbol), y: r.axisOf(['y'], block.y, y.symbol), z: z.axis };
    title = text('title', defaults.map(z.axis.title));
  } else {
    const seq = r.sequences(block);
    plan = { kind, params: names, n: seq.n, exact: seq.exact, sequences: seq.defs, readout: readout.plans };
    formulas = seq.typeset;
    axes = { x: { title: seq.n.symbol, log: false }, y: r.yAxis(block.y, seq.defs.length === 1 ? seq.defs[0].label : defaults.value) };
    title = text('title', defaults.sequence(seq.defs.map((d) => d.label)));
  }

  dryRun(plan, params, env, fenceLine);
  const spec = {
    name: kind,
    title,
    description: text('description', formulas.map((f) => f.label).join('; ')),
    notebook: env.slug,
    height,
    footprint: figureFootprint({ params: Object.keys(params).length, formulas: formulas.length, readout: readout.typeset.length, height }),
    params,
  };
  return { kind, address: `${env.slug}/${id}`, home: env.home, spec, plan, formulas, readout: readout.typeset, axes };
}

/** Computes the figure once at its starting values: what fails here would fail for every reader (reported at the fence). */
function dryRun(plan: FigurePlan, params: ParamSpecs, env: CompileEnv, fenceLine: number): void {
  const values = numericValues(params, defaultValues(params));
  try {
    if (plan.kind === 'plot') samplePlot(plan, values);
    else if (plan.kind === 'map') sampleMap(plan, values);
    else sampleSequence(plan, values);
  } catch (err) {
    throw new NotebookError(env.file, fenceLine, messages.formulaAtDefaults(err instanceof Error ? err.message : String(err)));
  }
}

/** The block's parts, each checked at its own line. */
class Reader {
  constructor(
    private readonly yaml: BlockYaml,
    private readonly env: CompileEnv,
    private readonly id: string,
    private readonly params: string[],
  ) {}

  integer(path: Path, v: unknown, min: number, max: number): number {
    if (typeof v !== 'number' || !Number.isInteger(v) || v < min || v > max) this.yaml.fail(path, messages.formulaBadValue(path.join('.'), `a whole number from ${min} to ${max}`));
    return v;
  }

  flag(path: Path, v: unknown): boolean {
    if (v === undefined) return false;
    if (typeof v !== 'boolean') this.yaml.fail(path, messages.formulaBadValue(path.join('.'), 'true or false'));
    return v;
  }

  label(path: Path, v: unknown, fallback: string): string {
    if (v === undefined) return fallback;
    if (typeof v !== 'string' || !v.trim()) this.yaml.fail(path, messages.formulaBadValue(path.join('.'), 'text'));
    return v.trim();
  }

  /** A formula at `path`, checked against `symbols` (parameters first); throws at its line. */
  formula(path: Path, v: unknown, symbols: string[], exact = false): { tree: Expr; tex: string } {
    if (typeof v !== 'string' && typeof v !== 'number') this.yaml.fail(path, messages.formulaBadValue(path.join('.'), 'a formula in quotes, e.g. "a * sin(t)"'));
    try {
      return checkFormula(String(v), this.scope(symbols, exact));
    } catch (err) {
      if (err instanceof FormulaError) this.yaml.fail(path, `${path.join('.')}: ${err.message}`);
      throw err;
    }
  }

  /** Scope of a formula; its parameters typeset as bound to this figure's controls. */
  scope(symbols: string[], exact: boolean): FormulaScope {
    const params = new Set(this.params);
    return { symbols, exact, symbolTex: (name) => (params.has(name) ? `{\\htmlData{param=.${name}}{${symbolTex(name)}}}` : undefined) };
  }

  tex(path: Path, tex: string): string {
    return renderTex(tex, false, this.env, this.yaml.line(path));
  }

  /** A variable's range: symbol, ends (numbers or formulas of the parameters), points, log. */
  range(path: Path, v: unknown, symbol: string, points: number, maxPoints: number, needed: boolean) {
    if (v === undefined && needed) this.yaml.fail([], messages.formulaMissingKey(`the block`, String(path[0])));
    if (!isPlainMap(v)) return this.yaml.fail(path, messages.formulaBadValue(path.join('.'), '{symbol: t, from: 0, to: 10}'));
    for (const key of Object.keys(v)) if (!RANGE_KEYS.includes(key)) this.yaml.fail([...path, key], messages.formulaUnknownKey(path.join('.'), key, RANGE_KEYS));
    const name = v.symbol === undefined ? symbol : checkSymbolName(this.yaml, [...path, 'symbol'], v.symbol);
    if (this.params.includes(name)) this.yaml.fail([...path, 'symbol'], messages.formulaBadValue(`${path.join('.')}.symbol`, `a name no parameter has ("${name}" is one)`));
    for (const end of ['from', 'to']) if (v[end] === undefined) this.yaml.fail(path, messages.formulaMissingKey(path.join('.'), end));
    const from = this.formula([...path, 'from'], v.from, this.params).tree;
    const to = this.formula([...path, 'to'], v.to, this.params).tree;
    if (from.k === 'num' && to.k === 'num' && !(to.v > from.v)) this.yaml.fail([...path, 'to'], messages.emptyRange(name, from.v, to.v));
    return {
      symbol: name,
      from,
      to,
      points: v.points === undefined ? points : this.integer([...path, 'points'], v.points, 2, maxPoints),
      log: this.flag([...path, 'log'], v.log),
    };
  }

  axisOf(path: Path, v: unknown, symbol: string): FigureAxis {
    const m = v as Record<string, unknown>;
    return { title: this.label([...path, 'title'], m.title, symbol), log: this.flag([...path, 'log'], m.log) };
  }

  /** The y axis of a plot or sequence: title, log, and an optional fixed range. */
  yAxis(v: unknown, fallback: string): FigureAxis {
    if (v === undefined) return { title: fallback, log: false };
    if (!isPlainMap(v)) return this.yaml.fail(['y'], messages.formulaBadValue('y', '{title: …, log: true, from: 0, to: 1}'));
    for (const key of Object.keys(v)) if (!Y_KEYS.includes(key)) this.yaml.fail(['y', key], messages.formulaUnknownKey('y', key, Y_KEYS));
    const axis = this.axisOf(['y'], v, fallback);
    if ((v.from === undefined) !== (v.to === undefined)) this.yaml.fail(['y'], messages.formulaMissingKey('y', v.from === undefined ? 'from' : 'to'));
    if (v.from !== undefined) {
      const num = (k: 'from' | 'to') => {
        if (typeof v[k] !== 'number' || !Number.isFinite(v[k])) this.yaml.fail(['y', k], messages.formulaBadValue(`y.${k}`, 'a number'));
        return v[k] as number;
      };
      const lo = num('from'), hi = num('to');
      if (!(hi > lo)) this.yaml.fail(['y', 'to'], messages.emptyRange('y', lo, hi));
      if (axis.log && lo <= 0) this.yaml.fail(['y', 'from'], messages.formulaBadValue('y.from', 'above 0 on a log axis'));
      axis.range = axis.log ? [Math.log10(lo), Math.log10(hi)] : [lo, hi];
    }
    return axis;
  }

  /** A plot's curves: y(x), or parametric x(t), y(t); each with a label and style. */
  curves(v: unknown, symbol: string): { plan: CurvePlan; typeset: TypesetFormula }[] {
    if (v === undefined) this.yaml.fail([], messages.formulaMissingKey('the plot block', 'curves'));
    if (!Array.isArray(v) || v.length === 0 || v.length > LIMITS.curves) this.yaml.fail(['curves'], messages.formulaBadValue('curves', `a list of 1 to ${LIMITS.curves} curves`));
    const keys = ['y', 'x', 'label', 'dash', 'markers'];
    return v.map((raw, i) => {
      const path = ['curves', i];
      const c: Record<string, unknown> = isPlainMap(raw) ? raw : { y: raw };
      for (const key of Object.keys(c)) if (!keys.includes(key)) this.yaml.fail([...path, key], messages.formulaUnknownKey(`curves[${i}]`, key, keys));
      if (c.y === undefined) this.yaml.fail(path, messages.formulaMissingKey(`curves[${i}]`, 'y'));
      const symbols = [...this.params, symbol];
      const y = this.formula([...path, 'y'], c.y, symbols);
      const x = c.x === undefined ? null : this.formula([...path, 'x'], c.x, symbols);
      const label = this.label([...path, 'label'], c.label, String(c.y));
      const dash = c.dash === undefined ? 'solid' : c.dash;
      if (dash !== 'solid' && dash !== 'dash' && dash !== 'dot') this.yaml.fail([...path, 'dash'], messages.formulaBadValue(`curves[${i}].dash`, 'solid, dash or dot'));
      const tex = x ? `(x, y) = \\left(${x.tex},\\; ${y.tex}\\right)` : `y = ${y.tex}`;
      return {
        plan: { label, y: y.tree, ...(x ? { x: x.tree } : {}) },
        typeset: { label, html: this.tex([...path, 'y'], tex), dash, markers: this.flag([...path, 'markers'], c.markers) },
      };
    });
  }

  zFormula(v: unknown, variables: string[]): { tree: Expr; typeset: TypesetFormula; axis: FigureAxis } {
    if (v === undefined) this.yaml.fail([], messages.formulaMissingKey('the map block', 'z'));
    const m = isPlainMap(v) ? v : { formula: v };
    const keys = ['formula', 'title', 'log'];
    for (const key of Object.keys(m)) if (!keys.includes(key)) this.yaml.fail(['z', key], messages.formulaUnknownKey('z', key, keys));
    const path = isPlainMap(v) ? ['z', 'formula'] : ['z'];
    const z = this.formula(path, m.formula, [...this.params, ...variables]);
    const axis = { title: this.label(['z', 'title'], m.title, 'z'), log: this.flag(['z', 'log'], m.log) };
    return { tree: z.tree, axis, typeset: { label: axis.title, html: this.tex(path, `z = ${z.tex}`) } };
  }

  readout(v: unknown): { plans: ReadoutPlan[]; typeset: { label: string; html: string }[] } {
    if (v === undefined) return { plans: [], typeset: [] };
    if (!Array.isArray(v) || v.length > LIMITS.readout) this.yaml.fail(['readout'], messages.formulaBadValue('readout', `a list of up to ${LIMITS.readout} {label, value} rows`));
    const rows = v.map((raw, i) => {
      const path = ['readout', i];
      if (!isPlainMap(raw)) return this.yaml.fail(path, messages.formulaBadValue(`readout[${i}]`, '{label: …, value: "formula"}'));
      for (const key of Object.keys(raw)) if (!['label', 'value'].includes(key)) this.yaml.fail([...path, key], messages.formulaUnknownKey(`readout[${i}]`, key, ['label', 'value']));
      if (raw.value === undefined) this.yaml.fail(path, messages.formulaMissingKey(`readout[${i}]`, 'value'));
      const f = this.formula([...path, 'value'], raw.value, this.params);
      const label = this.label([...path, 'label'], raw.label, String(raw.value));
      return { plan: { label, value: f.tree }, typeset: { label, html: this.tex([...path, 'value'], f.tex) } };
    });
    return { plans: rows.map((r) => r.plan), typeset: rows.map((r) => r.typeset) };
  }

  /** A sequence block: n's range, then one term or recurrence, or a list of them; exact or float. */
  sequences(block: Record<string, unknown>) {
    const n = block.n;
    if (n === undefined) this.yaml.fail([], messages.formulaMissingKey('the sequence block', 'n'));
    if (!isPlainMap(n)) return this.yaml.fail(['n'], messages.formulaBadValue('n', '{symbol: n, from: 0, to: 30}'));
    for (const key of Object.keys(n)) if (!['symbol', 'from', 'to'].includes(key)) this.yaml.fail(['n', key], messages.formulaUnknownKey('n', key, ['symbol', 'from', 'to']));
    const symbol = n.symbol === undefined ? 'n' : checkSymbolName(this.yaml, ['n', 'symbol'], n.symbol);
    if (n.to === undefined) this.yaml.fail(['n'], messages.formulaMissingKey('n', 'to'));
    const from = this.formula(['n', 'from'], n.from ?? 0, this.params).tree;
    const to = this.formula(['n', 'to'], n.to, this.params).tree;
    if (from.k === 'num' && to.k === 'num' && to.v < from.v) this.yaml.fail(['n', 'to'], messages.emptyRange(symbol, from.v, to.v));
    const exact = this.flag(['exact'], block.exact);
    const single = block.term !== undefined || block.recurrence !== undefined;
    if (single && block.sequences !== undefined) this.yaml.fail(['sequences'], messages.formulaBadValue('sequences', 'given alone: either one term or recurrence, or a list of sequences'));
    if (!single && block.sequences === undefined) this.yaml.fail([], messages.formulaMissingKey('the sequence block', 'term, recurrence or sequences'));
    const list: { raw: Record<string, unknown>; path: Path }[] = single
      ? [{ raw: { term: block.term, recurrence: block.recurrence, initial: block.initial }, path: [] }]
      : Array.isArray(block.sequences) && block.sequences.length > 0 && block.sequences.length <= LIMITS.sequences
        ? block.sequences.map((raw, i) => ({ raw: isPlainMap(raw) ? raw : {}, path: ['sequences', i] }))
        : this.yaml.fail(['sequences'], messages.formulaBadValue('sequences', `a list of 1 to ${LIMITS.sequences} {term or recurrence, initial, label}`));
    const defs: SequenceDef[] = [], typeset: TypesetFormula[] = [];
    for (const { raw, path } of list) {
      const at = (key: string) => [...path, key];
      for (const key of Object.keys(raw)) if (!['term', 'recurrence', 'initial', 'label'].includes(key)) this.yaml.fail(at(key), messages.formulaUnknownKey('a sequence', key, ['term', 'recurrence', 'initial', 'label']));
      const symbols = [...this.params, symbol];
      if (raw.term !== undefined && raw.recurrence !== undefined) this.yaml.fail(at('recurrence'), messages.formulaBadValue('recurrence', 'given without a term'));
      if (raw.term !== undefined) {
        const f = this.formula(at('term'), raw.term, symbols, exact);
        const label = this.label(at('label'), raw.label, `a(${symbol})`);
        defs.push({ label, term: f.tree });
        typeset.push({ label, html: this.tex(at('term'), `a_{${symbolTex(symbol)}} = ${f.tex}`), markers: true });
        continue;
      }
      if (typeof raw.recurrence !== 'string') this.yaml.fail(at('recurrence'), messages.formulaBadValue('recurrence', 'a formula in quotes, e.g. "a[n] = a[n-1] + a[n-2]"'));
      let rec;
      try {
        rec = checkRecurrence(raw.recurrence as string, this.scope(this.params, exact));
      } catch (err) {
        if (err instanceof FormulaError) this.yaml.fail(at('recurrence'), `recurrence: ${err.message}`);
        throw err;
      }
      if (rec.index !== symbol) this.yaml.fail(at('recurrence'), messages.formulaBadValue('recurrence', `indexed by ${symbol}, the sequence's variable: ${rec.name}[${symbol}] = …`));
      const initial = raw.initial;
      if (!Array.isArray(initial) || initial.length === 0) this.yaml.fail(at('initial'), messages.formulaMissingKey('a recurrence', 'initial (its first values, a list)'));
      const values = (initial as unknown[]).map((v, i) => {
        const ok = exact ? (typeof v === 'number' && Number.isSafeInteger(v)) || (typeof v === 'string' && /^-?\d+$/.test(v)) : typeof v === 'number' && Number.isFinite(v);
        if (!ok) this.yaml.fail([...at('initial'), i], messages.formulaBadValue(`initial[${i}]`, exact ? 'a whole number (in quotes past 2^53)' : 'a number'));
        return String(v);
      });
      const label = this.label(at('label'), raw.label, rec.name);
      defs.push({ label, name: rec.name, recurrence: rec.tree, initial: values });
      typeset.push({ label, html: this.tex(at('recurrence'), rec.tex), markers: true });
    }
    return { n: { symbol, from, to }, exact, defs, typeset };
  }
}
