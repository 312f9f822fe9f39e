/**
 * A notebook's own live figure, as the build hands it to the page: a ```` ```widget plot|map|sequence ````
 * block compiled to a widget spec (its parameters drive controls, URL state and embed like any
 * widget's), the worker's plan (checked formula trees), the formulas typeset by KaTeX, and its axes.
 * Types only: the page imports them with `import type`.
 */
import type { WidgetSpec } from '../core/params';
import type { FigurePlan } from '../compute/formula/plan';

export type FormulaKind = 'plot' | 'map' | 'sequence';

/** The widget names of the three kinds (the fence's name). */
export const FORMULA_KINDS: readonly FormulaKind[] = ['plot', 'map', 'sequence'];

/** An axis as the author declared it. */
export interface FigureAxis {
  title: string;
  log: boolean;
  /** A fixed range (y axes only; x runs over its declared range). */
  range?: [number, number];
}

/** A formula shown above the figure: the curve's label and its TeX as KaTeX HTML (build time). */
export interface TypesetFormula {
  label: string;
  html: string;
  /** Curve style: a dash pattern, and markers instead of a line. */
  dash?: 'solid' | 'dash' | 'dot';
  markers?: boolean;
}

export interface FormulaFigure {
  kind: FormulaKind;
  /** The embed page's address of this figure: `<slug>/<id>` (`?embed=<slug>/<id>`). */
  address: string;
  /** The page that declares it: a notebook, or an app page such as the author guide. */
  home: { kind: 'notebook'; slug: string } | { kind: 'page'; name: string };
  /** The widget spec derived from the block (name = kind, params from the block's `params`). */
  spec: WidgetSpec;
  plan: FigurePlan;
  formulas: TypesetFormula[];
  /** Readout rows: a label, the formula typeset, and (live) its value. */
  readout: { label: string; html: string }[];
  axes: { x: FigureAxis; y: FigureAxis; z?: FigureAxis };
}
