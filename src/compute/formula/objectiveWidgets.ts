/**
 * The landscape widget's kernels for a reader's formula: its surface, and the optimizers' runs on it
 * with its symbolic gradient. Loaded by widgets.ts on first call, so mathjs reaches the worker only
 * when a reader types an objective.
 */
import { gridAxes, type GridSpec } from '../optimizers/grid';
import { fail } from '../errors';
import { logGrid } from '../optimizers/objectives';
import { compareTrajectories, type CompareArgs, type ObjectiveSurface, type OptimizerRun } from '../optimizers/widgets';
import { formulaObjective } from './objective';

/** log₁₀(f − f_low + 10⁻³) on the grid, f_low the grid's lowest finite value (the true minimum is unknown). */
export function customObjectiveSurface(args: { formula: string } & GridSpec): ObjectiveSurface & { gradientText: [string, string] } {
  const f = formulaObjective(args.formula);
  const { xs, ys } = gridAxes(args);
  const values = new Float64Array(xs.length * ys.length);
  let low = Infinity;
  for (let j = 0; j < ys.length; j++) {
    for (let i = 0; i < xs.length; i++) {
      const v = f.value(xs[i], ys[j]);
      values[j * xs.length + i] = v;
      if (v < low) low = v;
    }
  }
  if (!Number.isFinite(low)) fail('objectiveNowhereFinite');
  return { x: xs, y: ys, logGap: logGrid(values.map((v) => (Number.isFinite(v) ? v : NaN)), low), minima: new Float64Array(0), minValue: low, gradientText: f.gradientText };
}

/** The optimizers on the reader's formula (compareTrajectories with its compiled objective). */
export function compareCustomTrajectories(args: Omit<CompareArgs, 'objective'> & { formula: string }): { minValue: number; runs: OptimizerRun[] } {
  const { formula, ...rest } = args;
  return compareTrajectories({ ...rest, objective: formulaObjective(formula) });
}
