/**
 * What a figure's computation reports beside its numbers, as data rather than sentences: the widget
 * words each note in the reader's language (src/widgets/formula-shared/notes.ts). Numbers on an axis
 * come written by `formatNumber` (gaps.ts: digits, −, e, ∞, the same in every language).
 */

import type { Coded } from '../errors';

/** What a run of missing values holds: NaN, ±∞, or both. */
export type GapKind = 'undefined' | 'infinite' | 'both';

/** Where a run lies on the variable's axis: at one point, below or above a value, or between two. */
export type GapPlace = { at: string } | { below: string } | { above: string } | { from: string; to: string };

export interface GapRun {
  kind: GapKind;
  place: GapPlace;
}

export type FigureNote =
  /** A curve's gaps: the first few runs, and how many more. `exact`: an exact sequence, whose ±∞ are terms past float64. */
  | { kind: 'gaps'; label: string; symbol: string; runs: GapRun[]; more: number; exact: boolean }
  /** A curve with no finite value at all. */
  | { kind: 'noValues'; label: string }
  /** A map's cells without a finite z (`missing` of `total`; all of them: nothing to draw). */
  | { kind: 'blankCells'; missing: number; total: number }
  /** A sequence that stopped at term `at` of `symbol`, and why (coded: the page words it). */
  | { kind: 'stopped'; label: string; symbol: string; at: number; why: Coded };

/** A computation cut short by its time budget: after `seconds`, at `symbol` = `at`; what was left out. */
export interface FigureCut {
  seconds: string;
  symbol: string;
  at: string;
  rest: 'curves' | 'cells' | 'terms';
}
