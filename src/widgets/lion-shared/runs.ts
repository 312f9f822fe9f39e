/**
 * The settings of a 2-D optimizer race, shared by the landscape and update-size widgets: the objective,
 * the start, the number of steps, and seeded gradient noise, plus the request the kernels take.
 */
import { resolveObjective, type ObjectiveName, type ObjectiveSpec } from '../../compute/optimizers/objectives';
import type { CompareArgs } from '../../compute/optimizers/widgets';
import type { ParamValues } from '../../core/params';
import { optimizerConfigs, optimizerParams, type OptimizerDefaults, type OptimizerName, type OptimizerValues } from './optimizers';

/** Objective menu; the quadratic's κ and rotation are separate parameters. */
export const OBJECTIVE_OPTIONS = [
  { value: 'rosenbrock', label: 'Rosenbrock: a curved valley' },
  { value: 'beale', label: 'Beale: flat plateaus, sharp ridges' },
  { value: 'himmelblau', label: 'Himmelblau: four minima' },
  { value: 'quadratic', label: 'Quadratic ½(u² + κv²)' },
  { value: 'saddle', label: 'Saddle with two minima' },
] as const satisfies readonly { value: ObjectiveName; label: string }[];

/** Optimizer settings of the two trajectory widgets: each at its own lr, Lion at AdamW's lr/10 and λ×10. */
export const TRAJECTORY_OPTIMIZERS: Record<OptimizerName, OptimizerDefaults> = {
  sgd: { on: true, lr: 0.001, weightDecay: 0, momentum: 0.9 },
  adam: { on: true, lr: 0.1, weightDecay: 0 },
  adamw: { on: true, lr: 0.1, weightDecay: 0.01 },
  lion: { on: true, lr: 0.01, weightDecay: 0.1 },
};

/** Parameters of a race on a 2-D objective, without the optimizers. */
export const raceParams = {
  objective: { kind: 'choice', label: 'Objective', options: OBJECTIVE_OPTIONS, default: 'rosenbrock' },
  condition: { kind: 'number', label: 'Condition number κ', min: 1, max: 10000, log: true, default: 10, help: 'quadratic only: curvature ratio of the two axes' },
  angle: { kind: 'number', label: 'Rotation of the axes', min: -90, max: 90, step: 1, default: 0, unit: '°', help: 'quadratic only: turns the valley away from the coordinate axes' },
  x0: { kind: 'number', label: 'Start x₀', min: -5, max: 5, step: 0.01, default: -1, help: 'or click the plot' },
  y0: { kind: 'number', label: 'Start y₀', min: -5, max: 5, step: 0.01, default: 1.5, help: 'or click the plot' },
  steps: { kind: 'integer', label: 'Steps', min: 1, max: 10000, default: 500, help: 'optimizer steps from the start' },
  noise: { kind: 'number', label: 'Gradient noise σ', min: 0, max: 10, step: 0.01, default: 0, help: 'adds σ·N(0, 1) to each gradient coordinate' },
  seed: { kind: 'integer', label: 'Noise seed', min: 0, max: 99999, default: 0, help: 'the same seed gives the same noise' },
} as const;

/** Race parameters and optimizer parameters together (what both trajectory widgets declare). */
export const trajectoryParams = { ...raceParams, ...optimizerParams(TRAJECTORY_OPTIMIZERS) };

export type RaceValues = ParamValues<typeof raceParams> & OptimizerValues;

/** The objective as the kernels take it (the quadratic carries κ and its rotation). */
export function objectiveSpec(v: Pick<RaceValues, 'objective' | 'condition' | 'angle'>): ObjectiveSpec {
  return v.objective === 'quadratic' ? { name: 'quadratic', condition: v.condition, angleDeg: v.angle } : v.objective;
}

/** The kernel request for a race (compareTrajectories); noise only when σ > 0. */
export function raceArgs(v: RaceValues): CompareArgs {
  return {
    objective: objectiveSpec(v),
    start: [v.x0, v.y0],
    steps: v.steps,
    optimizers: optimizerConfigs(v),
    ...(v.noise > 0 ? { noise: { sigma: v.noise, seed: v.seed } } : {}),
  };
}

/** The start an objective suggests (used when the reader picks a new objective). */
export function suggestedStart(name: ObjectiveName): [number, number] {
  return resolveObjective(name).defaultStart;
}

/** The main control keys of a race: the quadratic's own only when it is chosen. */
export function raceKeys(objective: ObjectiveName): (keyof typeof raceParams)[] {
  return objective === 'quadratic' ? ['objective', 'condition', 'angle', 'steps'] : ['objective', 'steps'];
}

/** The race's further keys, folded on phones: the start and the gradient noise. */
export const START_KEYS: (keyof typeof raceParams)[] = ['x0', 'y0', 'noise', 'seed'];
