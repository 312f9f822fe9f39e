/**
 * A reader's own objective f(x, y) for the optimizer landscape: read and checked like any formula
 * (check.ts), differentiated symbolically by mathjs (∂f/∂x and ∂f/∂y as expressions, not finite
 * differences), and both compiled to float64 closures (evaluate.ts). The derivatives pass the same
 * checks as the formula, so nothing but arithmetic and known functions ever runs.
 */
import { create, derivativeDependencies, parseDependencies, type MathNode } from 'mathjs';
import type { Objective } from '../optimizers/objectives';
import { failBecause } from '../errors';
import { texOf, toTree } from './check';
import { compileFloat, slotsFor } from './evaluate';
import { refuse } from './messages';

const math = create({ parseDependencies, derivativeDependencies });
const scope = { symbols: ['x', 'y'] };
const slots = slotsFor(['x', 'y']);

/** An objective compiled from a formula, with its gradient as mathjs writes it (TeX and plain text). */
export interface FormulaObjective extends Objective {
  name: 'custom';
  gradientTex: [string, string];
  gradientText: [string, string];
}

function derivative(node: MathNode, variable: 'x' | 'y'): MathNode {
  try {
    return math.derivative(node, variable);
  } catch (err) {
    const fn = /function "(\w+)"/.exec(err instanceof Error ? err.message : '')?.[1];
    failBecause(err, 'noDerivative', variable, fn ?? null);
  }
}

/**
 * Compiles `text` (a formula in x and y) to an Objective with its exact gradient. `view` is the box
 * to show; the minimum is not known, so minValue is NaN and minima empty (the landscape takes the grid's lowest value).
 */
export function formulaObjective(text: string, view: Objective['view'] = { x: [-3, 3], y: [-3, 3] }): FormulaObjective {
  if (!text.trim()) refuse('emptyFormula');
  let node: MathNode;
  try {
    node = math.parse(text);
  } catch (err) {
    refuse('formulaSyntax', err instanceof Error ? err.message : String(err));
  }
  // Checked before mathjs differentiates it: a refused construct never reaches the derivative either.
  const f = compileFloat(toTree(node, scope), slots);
  const dxNode = derivative(node, 'x'), dyNode = derivative(node, 'y');
  const dx = compileFloat(toTree(dxNode, scope), slots), dy = compileFloat(toTree(dyNode, scope), slots);
  const env = new Float64Array(2);
  return {
    name: 'custom',
    tex: texOf(node),
    gradientTex: [texOf(dxNode), texOf(dyNode)],
    gradientText: [dxNode.toString(), dyNode.toString()],
    value(x, y) {
      env[0] = x;
      env[1] = y;
      return f(env);
    },
    gradient(x, y, out) {
      env[0] = x;
      env[1] = y;
      out[0] = dx(env);
      out[1] = dy(env);
    },
    minValue: NaN,
    minima: [],
    view,
    defaultStart: [view.x[0] + 0.2 * (view.x[1] - view.x[0]), view.y[0] + 0.8 * (view.y[1] - view.y[0])],
  };
}
