/**
 * What a notebook's formula figure asks the worker to compute: the checked trees of its curves, map
 * or sequences, the ranges they run over and its readouts, as plain JSON made at build time
 * (src/notebook/formulaBlocks.ts). Parameter values arrive with each request.
 */
import type { Expr } from './tree';

/** A variable's range: ends may be formulas of the parameters (`to: d/2 - 1`). */
export interface RangePlan {
  symbol: string;
  from: Expr;
  to: Expr;
  /** Sample count over the range (a map's per side). */
  points: number;
  /** Points spaced evenly in log(x). */
  log: boolean;
}

/** A named formula of the parameters shown beside the figure. */
export interface ReadoutPlan {
  label: string;
  value: Expr;
}

/** y = f(x), or a parametric curve (x(t), y(t)) when `x` is given. */
export interface CurvePlan {
  label: string;
  y: Expr;
  x?: Expr;
}

export interface PlotPlan {
  kind: 'plot';
  /** Parameter names in the order their values fill `env`. */
  params: string[];
  x: RangePlan;
  curves: CurvePlan[];
  readout: ReadoutPlan[];
}

export interface MapPlan {
  kind: 'map';
  params: string[];
  x: RangePlan;
  y: RangePlan;
  z: Expr;
  /** Number of contour levels drawn over the heatmap (0: none). */
  contours: number;
  readout: ReadoutPlan[];
}

/** A term formula a(n), or a recurrence a[n] = f(a[n-1], …, n) from its initial values. */
export type SequenceDef =
  | { label: string; term: Expr }
  | { label: string; name: string; recurrence: Expr; /** Values at n = from, from + 1, … (digits, for exact mode). */ initial: string[] };

export interface SequencePlan {
  kind: 'sequence';
  params: string[];
  n: { symbol: string; from: Expr; to: Expr };
  /** BigInt arithmetic: every term an exact integer. */
  exact: boolean;
  sequences: SequenceDef[];
  readout: ReadoutPlan[];
}

export type FigurePlan = PlotPlan | MapPlan | SequencePlan;

/** Most points a plot's range may ask for, sides of a map, and terms of a sequence. */
export const LIMITS = { plotPoints: 20_000, mapSide: 400, sequenceTerms: 100_000, curves: 8, sequences: 6, readout: 12 } as const;
