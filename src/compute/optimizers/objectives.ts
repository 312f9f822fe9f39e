/**
 * Two-dimensional test objectives with exact analytic gradients, plus the metadata a contour widget
 * needs (view box, minima, a default start). The three named in DESIGN.md are joined by an
 * ill-conditioned quadratic and a bounded-below saddle.
 */
import { requireFinite, requireInRange, requireOneOf, requirePositive } from '../numerics/checks';
import { gridAxes, type GridSpec } from './grid';

/** Objective names; the contract's three plus 'quadratic' (κ = 10, axis-aligned) and 'saddle'. */
export type ObjectiveName = 'rosenbrock' | 'beale' | 'himmelblau' | 'quadratic' | 'saddle';

/** The quadratic with its parameters: condition number κ ∈ [1, 1e6] and rotation angle in degrees. */
export interface QuadraticSpec {
  name: 'quadratic';
  condition?: number;
  angleDeg?: number;
}

/** An objective by name, or the quadratic with parameters (the contract's plain names keep working). */
export type ObjectiveSpec = ObjectiveName | QuadraticSpec;

/** A resolved objective: f, ∇f and plot metadata. */
export interface Objective {
  /** A named objective, or 'custom': a reader's formula (formula/objective.ts). */
  name: ObjectiveName | 'custom';
  /** The formula in TeX, for readouts. */
  tex: string;
  value(x: number, y: number): number;
  /** Writes ∇f(x, y) into out[0], out[1] (no allocation: it runs once per optimizer step). */
  gradient(x: number, y: number, out: Float64Array): void;
  /** Global minimum value f*, e.g. for a log contour scale of f − f*. */
  minValue: number;
  /** Global minimisers. */
  minima: [number, number][];
  /** A view box that shows the minima and the default start. */
  view: { x: [number, number]; y: [number, number] };
  defaultStart: [number, number];
}

/** Every objective name, in menu order. */
export const OBJECTIVE_NAMES: readonly ObjectiveName[] = ['rosenbrock', 'beale', 'himmelblau', 'quadratic', 'saddle'];

/** Default condition number of the quadratic when only its name is given. */
export const DEFAULT_CONDITION = 10;

/** Rosenbrock (1960): f = (1−x)² + 100(y−x²)², ∇f = (−2(1−x) − 400x(y−x²), 200(y−x²)). */
const rosenbrock: Objective = {
  name: 'rosenbrock',
  tex: '(1-x)^2 + 100\\,(y-x^2)^2',
  value: (x, y) => (1 - x) ** 2 + 100 * (y - x * x) ** 2,
  gradient(x, y, out) {
    const r = y - x * x;
    out[0] = -2 * (1 - x) - 400 * x * r;
    out[1] = 200 * r;
  },
  minValue: 0,
  minima: [[1, 1]],
  view: { x: [-2, 2], y: [-1, 3] },
  defaultStart: [-1, 1.5],
};

/** Beale (1958): f = Σₖ (cₖ − x + x·yᵏ)², c = (1.5, 2.25, 2.625); ∂/∂x = Σ 2rₖ(yᵏ − 1), ∂/∂y = Σ 2rₖ·k·x·yᵏ⁻¹. */
const beale: Objective = {
  name: 'beale',
  tex: '(1.5-x+xy)^2 + (2.25-x+xy^2)^2 + (2.625-x+xy^3)^2',
  value(x, y) {
    const y2 = y * y;
    return (1.5 - x + x * y) ** 2 + (2.25 - x + x * y2) ** 2 + (2.625 - x + x * y2 * y) ** 2;
  },
  gradient(x, y, out) {
    const y2 = y * y;
    const y3 = y2 * y;
    const r1 = 1.5 - x + x * y;
    const r2 = 2.25 - x + x * y2;
    const r3 = 2.625 - x + x * y3;
    out[0] = 2 * (r1 * (y - 1) + r2 * (y2 - 1) + r3 * (y3 - 1));
    out[1] = 2 * x * (r1 + 2 * r2 * y + 3 * r3 * y2);
  },
  minValue: 0,
  minima: [[3, 0.5]],
  view: { x: [-4.5, 4.5], y: [-4.5, 4.5] },
  defaultStart: [1, 1.5],
};

/** Himmelblau (1972): f = (x²+y−11)² + (x+y²−7)², ∇f = (4x·a + 2b, 2a + 4y·b) with a, b the two residuals. */
const himmelblau: Objective = {
  name: 'himmelblau',
  tex: '(x^2+y-11)^2 + (x+y^2-7)^2',
  value: (x, y) => (x * x + y - 11) ** 2 + (x + y * y - 7) ** 2,
  gradient(x, y, out) {
    const a = x * x + y - 11;
    const b = x + y * y - 7;
    out[0] = 4 * x * a + 2 * b;
    out[1] = 2 * a + 4 * y * b;
  },
  minValue: 0,
  // Four minima, the three irrational ones polished by Newton's method to full double precision.
  minima: [
    [3, 2],
    [-2.805118086952745, 3.131312518250573],
    [-3.779310253377747, -3.283185991286169],
    [3.5844283403304917, -1.8481265269644034],
  ],
  view: { x: [-5, 5], y: [-5, 5] },
  defaultStart: [0, 0],
};

/**
 * f = (x² − y²)/2 + y⁴/4, ∇f = (x, y³ − y): a saddle at the origin whose escape directions end in
 * minima at (0, ±1) with f = −1/4, so runs that escape stay bounded instead of diverging.
 */
const saddle: Objective = {
  name: 'saddle',
  tex: '\\tfrac12(x^2-y^2) + \\tfrac14 y^4',
  value: (x, y) => 0.5 * (x * x - y * y) + 0.25 * y ** 4,
  gradient(x, y, out) {
    out[0] = x;
    out[1] = y * y * y - y;
  },
  minValue: -0.25,
  minima: [
    [0, 1],
    [0, -1],
  ],
  view: { x: [-2, 2], y: [-1.6, 1.6] },
  // Nearly on the stable manifold y = 0: gradient methods crawl away from the saddle, sign methods do not.
  defaultStart: [1.5, 0.001],
};

/**
 * Quadratic f = ½(u² + κv²) in coordinates (u, v) rotated by `angleDeg` from (x, y):
 * u = x cosφ + y sinφ, v = −x sinφ + y cosφ; ∇f = Rᵀ·diag(1, κ)·R·(x, y). At φ = 0 it is
 * ½(x² + κy²), whose Hessian eigenvalues 1 and κ give the condition number κ. A rotation leaves
 * gradient descent unchanged but hurts the per-coordinate methods (Adam, Lion), which like the axes.
 */
export function quadratic(condition = DEFAULT_CONDITION, angleDeg = 0): Objective {
  const kappa = requireInRange('condition', condition, 1, 1e6);
  const phi = (requireInRange('angleDeg', angleDeg, -360, 360) * Math.PI) / 180;
  // cos 0 = 1 and sin 0 = 0 exactly, so at φ = 0 this is ½(x² + κy²) without rounding (the closed-form test relies on it).
  const c = Math.cos(phi);
  const s = Math.sin(phi);
  return {
    name: 'quadratic',
    tex: phi === 0 ? `\\tfrac12(x^2 + ${kappa}\\,y^2)` : `\\tfrac12(u^2 + ${kappa}\\,v^2)`,
    value(x, y) {
      const u = c * x + s * y;
      const v = -s * x + c * y;
      return 0.5 * (u * u + kappa * v * v);
    },
    gradient(x, y, out) {
      const u = c * x + s * y;
      const kv = kappa * (-s * x + c * y);
      out[0] = c * u - s * kv;
      out[1] = s * u + c * kv;
    },
    minValue: 0,
    minima: [[0, 0]],
    view: { x: [-2, 2], y: [-2, 2] },
    defaultStart: [-1.5, 1],
  };
}

const FIXED: Record<Exclude<ObjectiveName, 'quadratic'>, Objective> = { rosenbrock, beale, himmelblau, saddle };

/** Resolves a name or parameterised spec to its Objective; throws on an unknown name or bad parameter. */
export function resolveObjective(spec: ObjectiveSpec): Objective {
  if (typeof spec === 'object' && spec !== null) {
    requireOneOf('objective.name', spec.name, ['quadratic'] as const);
    return quadratic(spec.condition ?? DEFAULT_CONDITION, spec.angleDeg ?? 0);
  }
  const name = requireOneOf('objective', spec, OBJECTIVE_NAMES);
  return name === 'quadratic' ? quadratic() : FIXED[name];
}

/**
 * f on a grid for a contour plot: value j·nx + i is f(xs[i], ys[j]), i.e. rows run along x, one row
 * per y — Plotly's z[j][i] layout, flattened.
 */
export function objectiveGrid(args: { objective: ObjectiveSpec } & GridSpec): Float64Array {
  const f = resolveObjective(args.objective);
  const { xs, ys } = gridAxes(args);
  const out = new Float64Array(xs.length * ys.length);
  for (let j = 0; j < ys.length; j++) {
    for (let i = 0; i < xs.length; i++) out[j * xs.length + i] = f.value(xs[i], ys[j]);
  }
  return out;
}

/**
 * log₁₀(max(f − f*, 0) + floor) elementwise: contours of a banana like Rosenbrock's are only readable
 * on a log scale; `floor` (default 1e-3) keeps the minimum itself finite.
 */
export function logGrid(values: Float64Array, minValue: number, floor = 1e-3): Float64Array {
  requireFinite('minValue', minValue);
  requirePositive('floor', floor);
  const out = new Float64Array(values.length);
  for (let k = 0; k < values.length; k++) out[k] = Math.log10(Math.max(values[k] - minValue, 0) + floor);
  return out;
}
