/**
 * Authors' own formulas: mathjs reads and checks them (check.ts, build time and the reader's objective),
 * and checked trees are evaluated as float64 or exact BigInt closures (evaluate.ts, exact.ts; a figure's
 * many points a column at a time, columns.ts) for the plot, map and sequence figures a notebook declares
 * (figures.ts).
 */
export { checkFormula, checkRecurrence, type CheckedFormula, type CheckedRecurrence, type FormulaScope } from './check';
export { compileFloat, evaluateOnce, slotsFor, type Compiled } from './evaluate';
export { compileExact, MAX_BITS } from './exact';
export { samplePlot, sampleMap, sampleSequence, sampleRange } from './figures';
export { contourLines, contourLevels } from './contours';
export { findGaps, formatNumber } from './gaps';
export type { FigureCut, FigureNote, GapKind, GapPlace, GapRun } from './notes';
export { formulaMessages, FormulaError } from './messages';
export { symbolsOf, readsTerms, CONSTANTS, FUNCTION_NAMES, type Expr } from './tree';
export { formulaPlot, formulaMap, formulaSequence } from './widgets';
export type { FigurePlan, PlotPlan, MapPlan, SequencePlan } from './plan';
