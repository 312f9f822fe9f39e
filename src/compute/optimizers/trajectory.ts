/**
 * Optimizer trajectories on 2-D objectives (DESIGN.md, compute contract): `runOptimizer` is the
 * contract's function; `runTrajectory` adds gradient noise, per-step loss and update norms, and the
 * step at which a run diverged.
 */
import { resolveObjective, type Objective, type ObjectiveSpec } from './objectives';
import { requireFinite, requireInteger, requireNonNegative, describe } from '../numerics/checks';
import { createOptimizer, type OptimizerConfig } from './rules';
import { createRng } from '../numerics/random';

export type { ObjectiveName, ObjectiveSpec } from './objectives';
export type { OptimizerConfig } from './rules';

/** Most steps one run may take. */
export const MAX_STEPS = 100_000;

/** An iterate with a coordinate beyond this magnitude (or NaN/±∞) counts as diverged. */
export const DIVERGENCE_BOUND = 1e12;

/** One run: the contract's fields, a wider objective, and optional seeded gradient noise. */
export interface TrajectoryRun {
  /** A name, a parameterised spec, or a resolved Objective (e.g. compiled from a user formula). */
  objective: ObjectiveSpec | Objective;
  start: [number, number];
  steps: number;
  optimizer: OptimizerConfig;
  /** Each step uses ∇f + σ·N(0, 1) per coordinate, drawn from createRng(seed). */
  noise?: { sigma: number; seed: number };
}

/** A run's trajectory; entries from the divergent step on are NaN. */
export interface Trajectory {
  /** (steps+1)·2 values x₀, y₀, x₁, y₁, …, the start first. */
  path: Float64Array;
  /** f(θₜ) for t = 0 … steps (noise-free, so runs with and without noise compare). */
  loss: Float64Array;
  /** ‖θₜ₊₁ − θₜ‖₂ for t = 0 … steps−1, weight decay included. */
  updateNorm: Float64Array;
  /** First step t whose iterate θₜ was non-finite or beyond DIVERGENCE_BOUND, or null. */
  divergedAt: number | null;
}

function toObjective(spec: ObjectiveSpec | Objective): Objective {
  if (typeof spec === 'object' && spec !== null && 'gradient' in spec) return spec;
  return resolveObjective(spec);
}

/**
 * Runs `steps` optimizer steps from `start` (rules in optimizerRules.ts). A divergent run stops and
 * is reported, not thrown: NaN from the first bad iterate on, and `divergedAt` names that step.
 */
export function runTrajectory(run: TrajectoryRun): Trajectory {
  if (typeof run !== 'object' || run === null) throw new Error(`run must be an object, got ${describe(run)}`);
  const objective = toObjective(run.objective);
  if (!Array.isArray(run.start) || run.start.length !== 2) {
    throw new Error(`start must be a pair [x, y], got ${describe(run.start)}`);
  }
  const x0 = requireFinite('start[0]', run.start[0]);
  const y0 = requireFinite('start[1]', run.start[1]);
  const steps = requireInteger('steps', run.steps, 0, MAX_STEPS);
  const optimizer = createOptimizer(run.optimizer, 2);
  const sigma = run.noise ? requireNonNegative('noise.sigma', run.noise.sigma) : 0;
  // createRng checks the seed; without noise no generator is needed.
  const rng = run.noise ? createRng(run.noise.seed) : null;

  const path = new Float64Array((steps + 1) * 2).fill(NaN);
  const loss = new Float64Array(steps + 1).fill(NaN);
  const updateNorm = new Float64Array(steps).fill(NaN);
  const theta = Float64Array.of(x0, y0);
  const grad = new Float64Array(2);
  path[0] = x0;
  path[1] = y0;
  loss[0] = objective.value(x0, y0);

  for (let t = 1; t <= steps; t++) {
    const px = theta[0];
    const py = theta[1];
    objective.gradient(px, py, grad);
    if (rng && sigma > 0) {
      grad[0] += sigma * rng.normal();
      grad[1] += sigma * rng.normal();
    }
    optimizer.step(theta, grad);
    const x = theta[0];
    const y = theta[1];
    // NaN fails both comparisons, so the negated form catches NaN as well as ±∞ and the bound.
    if (!(Math.abs(x) <= DIVERGENCE_BOUND && Math.abs(y) <= DIVERGENCE_BOUND)) {
      return { path, loss, updateNorm, divergedAt: t };
    }
    path[2 * t] = x;
    path[2 * t + 1] = y;
    loss[t] = objective.value(x, y);
    updateNorm[t - 1] = Math.sqrt((x - px) ** 2 + (y - py) ** 2);
  }
  return { path, loss, updateNorm, divergedAt: null };
}

/** The contract's run: the path x₀, y₀, x₁, y₁, … of length (steps+1)·2, NaN after a divergence. */
export function runOptimizer(run: TrajectoryRun): Float64Array {
  return runTrajectory(run).path;
}
