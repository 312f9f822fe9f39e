/**
 * The settings of a 2-D optimizer race, shared by the landscape and update-size widgets: the objective,
 * the start, the number of steps, and seeded gradient noise, plus the request the kernels take.
 */
import { resolveObjective, type ObjectiveName, type ObjectiveSpec } from '../../compute/optimizers/objectives';
import type { CompareArgs } from '../../compute/optimizers/widgets';
import type { ParamValues, Text } from '../../core/params';
import { optimizerConfigs, optimizerParams, type OptimizerDefaults, type OptimizerName, type OptimizerValues } from './optimizers';

/** Objective menu; the quadratic's κ and rotation are separate parameters. */
export const OBJECTIVE_OPTIONS = [
  { value: 'rosenbrock', label: { en: 'Rosenbrock: a curved valley', zh: 'Rosenbrock：弯曲的山谷' } },
  { value: 'beale', label: { en: 'Beale: flat plateaus, sharp ridges', zh: 'Beale：平坦的高原、陡峭的山脊' } },
  { value: 'himmelblau', label: { en: 'Himmelblau: four minima', zh: 'Himmelblau：四个极小值' } },
  { value: 'quadratic', label: { en: 'Quadratic ½(u² + κv²)', zh: '二次函数 ½(u² + κv²)' } },
  { value: 'saddle', label: { en: 'Saddle with two minima', zh: '带两个极小值的鞍面' } },
] as const satisfies readonly { value: ObjectiveName; label: Text }[];

/** Optimizer settings of the two trajectory widgets: each at its own lr, Lion at AdamW's lr/10 and λ×10. */
export const TRAJECTORY_OPTIMIZERS: Record<OptimizerName, OptimizerDefaults> = {
  sgd: { on: true, lr: 0.001, weightDecay: 0, momentum: 0.9 },
  adam: { on: true, lr: 0.1, weightDecay: 0 },
  adamw: { on: true, lr: 0.1, weightDecay: 0.01 },
  lion: { on: true, lr: 0.01, weightDecay: 0.1 },
};

/** Parameters of a race on a 2-D objective, without the optimizers. */
export const raceParams = {
  objective: { kind: 'choice', label: { en: 'Objective', zh: '目标函数' }, options: OBJECTIVE_OPTIONS, default: 'rosenbrock' },
  condition: { kind: 'number', label: { en: 'Condition number κ', zh: '条件数 κ' }, min: 1, max: 10000, log: true, default: 10, help: { en: 'quadratic only: curvature ratio of the two axes', zh: '仅二次函数：两个轴方向的曲率之比' } },
  angle: { kind: 'number', label: { en: 'Rotation of the axes', zh: '坐标轴旋转' }, min: -90, max: 90, step: 1, default: 0, unit: { en: '°', zh: '°' }, help: { en: 'quadratic only: turns the valley away from the coordinate axes', zh: '仅二次函数：让山谷偏离坐标轴方向' } },
  x0: { kind: 'number', label: { en: 'Start x₀', zh: '起点 x₀' }, min: -5, max: 5, step: 0.01, default: -1, help: { en: 'or click the plot', zh: '也可以点击图' } },
  y0: { kind: 'number', label: { en: 'Start y₀', zh: '起点 y₀' }, min: -5, max: 5, step: 0.01, default: 1.5, help: { en: 'or click the plot', zh: '也可以点击图' } },
  steps: { kind: 'integer', label: { en: 'Steps', zh: '步数' }, min: 1, max: 10000, default: 500, help: { en: 'optimizer steps from the start', zh: '从起点开始的优化步数' } },
  noise: { kind: 'number', label: { en: 'Gradient noise σ', zh: '梯度噪声 σ' }, min: 0, max: 10, step: 0.01, default: 0, help: { en: 'adds σ·N(0, 1) to each gradient coordinate', zh: '给梯度的每个分量加上 σ·N(0, 1)' } },
  seed: { kind: 'integer', label: { en: 'Noise seed', zh: '噪声种子' }, min: 0, max: 99999, default: 0, help: { en: 'the same seed gives the same noise', zh: '相同的种子给出相同的噪声' } },
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
