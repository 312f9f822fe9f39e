/**
 * The optimizer settings the three Lion widgets share: one toggle, learning rate and weight decay per
 * optimizer (betas and momentum one level down), declared once here as parameter specs, and turned
 * into the kernels' OptimizerConfig list. Pure: the build reads it through the widgets' specs.
 */
import { OPTIMIZER_DEFAULTS, OPTIMIZER_NAMES, type OptimizerConfig, type OptimizerName } from '../../compute/optimizers/rules';
import type { ControlGroup } from '../../ui/ControlGroups.svelte';
import { same, type BooleanParam, type NumberParam, type ParamValues, type Text } from '../../core/params';

export { OPTIMIZER_NAMES, type OptimizerName };

/** Display names. */
export const OPTIMIZER_LABEL: Record<OptimizerName, string> = { sgd: 'SGD', adam: 'Adam', adamw: 'AdamW', lion: 'Lion' };

/** One colour per optimizer in every Lion figure, readable on light and dark backgrounds. */
export const OPTIMIZER_COLOR: Record<OptimizerName, string> = {
  sgd: '#2f9e44',
  adam: '#3b7dd8',
  adamw: '#e8890c',
  lion: '#d6336c',
};

/** A widget's starting values per optimizer. */
export interface OptimizerDefaults {
  on: boolean;
  lr: number;
  weightDecay: number;
  /** SGD only. */
  momentum?: number;
}

const toggle = (name: OptimizerName, on: boolean): BooleanParam => ({
  kind: 'boolean',
  label: same(OPTIMIZER_LABEL[name]),
  default: on,
  help: { en: `run ${OPTIMIZER_LABEL[name]}`, zh: `运行 ${OPTIMIZER_LABEL[name]}` },
});
const lr = (name: OptimizerName, value: number): NumberParam => ({
  kind: 'number',
  label: { en: `${OPTIMIZER_LABEL[name]} learning rate η`, zh: `${OPTIMIZER_LABEL[name]} 学习率 η` },
  min: 1e-6,
  max: 10,
  log: true,
  default: value,
  help: { en: 'step size; must be positive', zh: '步长；须为正数' },
});
const wd = (name: OptimizerName, value: number, how: Text): NumberParam => ({
  kind: 'number',
  label: { en: `${OPTIMIZER_LABEL[name]} weight decay λ`, zh: `${OPTIMIZER_LABEL[name]} 权重衰减 λ` },
  min: 0,
  max: 10,
  step: 0.001,
  default: value,
  help: how,
});
const beta = (label: Text, value: number, help: Text): NumberParam => ({ kind: 'number', label, min: 0, max: 0.9999, step: 0.001, default: value, help });

const L2: Text = { en: 'L2 penalty, added to the gradient', zh: 'L2 惩罚，加到梯度上' };
const DECOUPLED: Text = { en: 'decoupled: θ ← θ(1 − ηλ) each step', zh: '解耦式：每步 θ ← θ(1 − ηλ)' };
const FIRST_MOMENT: Text = { en: 'decay of the first moment', zh: '一阶矩的衰减率' };
const SECOND_MOMENT: Text = { en: 'decay of the second moment', zh: '二阶矩的衰减率' };

/** Parameter specs for all four optimizers, starting from `d`; keys like `lion`, `lionLr`, `lionWd`, `lionBeta1`. */
export function optimizerParams(d: Record<OptimizerName, OptimizerDefaults>) {
  const adam = OPTIMIZER_DEFAULTS.adam;
  const lion = OPTIMIZER_DEFAULTS.lion;
  return {
    sgd: toggle('sgd', d.sgd.on),
    sgdLr: lr('sgd', d.sgd.lr),
    sgdWd: wd('sgd', d.sgd.weightDecay, L2),
    sgdMomentum: beta({ en: 'SGD momentum μ', zh: 'SGD 动量 μ' }, d.sgd.momentum ?? 0, { en: 'heavy-ball momentum, 0 for plain gradient descent', zh: '重球动量，0 即普通梯度下降' }),
    adam: toggle('adam', d.adam.on),
    adamLr: lr('adam', d.adam.lr),
    adamWd: wd('adam', d.adam.weightDecay, { en: 'L2 penalty, added to the gradient before normalising', zh: 'L2 惩罚，在归一化之前加到梯度上' }),
    adamBeta1: beta(same('Adam β₁'), adam.beta1, FIRST_MOMENT),
    adamBeta2: beta(same('Adam β₂'), adam.beta2, SECOND_MOMENT),
    adamw: toggle('adamw', d.adamw.on),
    adamwLr: lr('adamw', d.adamw.lr),
    adamwWd: wd('adamw', d.adamw.weightDecay, DECOUPLED),
    adamwBeta1: beta(same('AdamW β₁'), adam.beta1, FIRST_MOMENT),
    adamwBeta2: beta(same('AdamW β₂'), adam.beta2, SECOND_MOMENT),
    lion: toggle('lion', d.lion.on),
    lionLr: lr('lion', d.lion.lr),
    lionWd: wd('lion', d.lion.weightDecay, DECOUPLED),
    lionBeta1: beta(same('Lion β₁'), lion.beta1, { en: 'weight of the momentum in the update’s sign', zh: '更新量取符号前，动量所占的权重' }),
    lionBeta2: beta(same('Lion β₂'), lion.beta2, { en: 'decay of the momentum itself', zh: '动量自身的衰减率' }),
  };
}

export type OptimizerParams = ReturnType<typeof optimizerParams>;
export type OptimizerValues = ParamValues<OptimizerParams>;

/** The control keys of each optimizer: its toggle, the main pair, and the rest. */
export const OPTIMIZER_KEYS: Record<OptimizerName, { toggle: keyof OptimizerParams; main: (keyof OptimizerParams)[]; more: (keyof OptimizerParams)[] }> = {
  sgd: { toggle: 'sgd', main: ['sgdLr', 'sgdWd'], more: ['sgdMomentum'] },
  adam: { toggle: 'adam', main: ['adamLr', 'adamWd'], more: ['adamBeta1', 'adamBeta2'] },
  adamw: { toggle: 'adamw', main: ['adamwLr', 'adamwWd'], more: ['adamwBeta1', 'adamwBeta2'] },
  lion: { toggle: 'lion', main: ['lionLr', 'lionWd'], more: ['lionBeta1', 'lionBeta2'] },
};

/** Every optimizer parameter key. */
export const OPTIMIZER_KEY_LIST: (keyof OptimizerParams)[] = OPTIMIZER_NAMES.flatMap((n) => [OPTIMIZER_KEYS[n].toggle, ...OPTIMIZER_KEYS[n].main, ...OPTIMIZER_KEYS[n].more]);

/** The switched-on optimizers' configs, in menu order. */
export function optimizerConfigs(v: OptimizerValues): OptimizerConfig[] {
  const all: Record<OptimizerName, OptimizerConfig> = {
    sgd: { name: 'sgd', lr: v.sgdLr, weightDecay: v.sgdWd, momentum: v.sgdMomentum },
    adam: { name: 'adam', lr: v.adamLr, weightDecay: v.adamWd, beta1: v.adamBeta1, beta2: v.adamBeta2 },
    adamw: { name: 'adamw', lr: v.adamwLr, weightDecay: v.adamwWd, beta1: v.adamwBeta1, beta2: v.adamwBeta2 },
    lion: { name: 'lion', lr: v.lionLr, weightDecay: v.lionWd, beta1: v.lionBeta1, beta2: v.lionBeta2 },
  };
  return OPTIMIZER_NAMES.filter((name) => v[name]).map((name) => all[name]);
}

/** One control group per optimizer (toggle as legend, lr and λ, betas folded), in its series colour. */
export function optimizerGroups(): ControlGroup[] {
  return OPTIMIZER_NAMES.map((name) => ({
    legend: OPTIMIZER_LABEL[name],
    toggle: OPTIMIZER_KEYS[name].toggle,
    keys: OPTIMIZER_KEYS[name].main,
    more: OPTIMIZER_KEYS[name].more,
    accent: OPTIMIZER_COLOR[name],
  }));
}
