/**
 * The update rules of SGD, Adam, AdamW (as PyTorch 1.13's single-tensor implementations) and Lion
 * (Chen et al. 2023, Algorithm 2) on a flat Float64Array of parameters of any length. The 2-D
 * trajectories and the MLP trainer share them, so both views show one and the same rule.
 */
import { requireInRange, requireNonNegative, requireOneOf, requirePositive, describe } from '../numerics/checks';

/** Optimizer names. */
export type OptimizerName = 'sgd' | 'adam' | 'adamw' | 'lion';

/** An optimizer and its hyper-parameters; unset ones take PyTorch's (or, for Lion, the paper's) defaults. */
export interface OptimizerConfig {
  name: OptimizerName;
  lr: number;
  beta1?: number;
  beta2?: number;
  eps?: number;
  weightDecay?: number;
  momentum?: number;
}

/** A config with every field filled in and checked. */
export type ResolvedOptimizer = Required<OptimizerConfig>;

/** Every optimizer name, in menu order. */
export const OPTIMIZER_NAMES: readonly OptimizerName[] = ['sgd', 'adam', 'adamw', 'lion'];

/**
 * Defaults: torch.optim.SGD (momentum 0, wd 0), Adam (β 0.9/0.999, eps 1e-8, wd 0), AdamW (the same
 * but wd 0.01), and Lion per Chen et al. 2023 (β 0.9/0.99, wd 0). Fields a rule ignores are listed
 * too, so a resolved config is always complete.
 */
export const OPTIMIZER_DEFAULTS: Record<OptimizerName, Omit<ResolvedOptimizer, 'name' | 'lr'>> = {
  sgd: { beta1: 0.9, beta2: 0.999, eps: 1e-8, weightDecay: 0, momentum: 0 },
  adam: { beta1: 0.9, beta2: 0.999, eps: 1e-8, weightDecay: 0, momentum: 0 },
  adamw: { beta1: 0.9, beta2: 0.999, eps: 1e-8, weightDecay: 0.01, momentum: 0 },
  lion: { beta1: 0.9, beta2: 0.99, eps: 1e-8, weightDecay: 0, momentum: 0 },
};

/** Fills in defaults and checks every field: lr > 0, β ∈ [0, 1), eps > 0, wd ≥ 0, momentum ∈ [0, 1). */
export function resolveOptimizer(config: OptimizerConfig, label = 'optimizer'): ResolvedOptimizer {
  if (typeof config !== 'object' || config === null) throw new Error(`${label} must be an object, got ${describe(config)}`);
  const name = requireOneOf(`${label}.name`, config.name, OPTIMIZER_NAMES);
  const d = OPTIMIZER_DEFAULTS[name];
  return {
    name,
    lr: requirePositive(`${label}.lr`, config.lr),
    beta1: requireInRange(`${label}.beta1`, config.beta1 ?? d.beta1, 0, 1, { openHigh: true }),
    beta2: requireInRange(`${label}.beta2`, config.beta2 ?? d.beta2, 0, 1, { openHigh: true }),
    eps: requirePositive(`${label}.eps`, config.eps ?? d.eps),
    weightDecay: requireNonNegative(`${label}.weightDecay`, config.weightDecay ?? d.weightDecay),
    momentum: requireInRange(`${label}.momentum`, config.momentum ?? d.momentum, 0, 1, { openHigh: true }),
  };
}

/** An optimizer with its state (momentum buffers, step count) for a fixed number of parameters. */
export interface Optimizer {
  readonly config: ResolvedOptimizer;
  /** Updates `params` in place from `grad` (which is not modified); one call = one optimizer step. */
  step(params: Float64Array, grad: Float64Array): void;
}

/**
 * Creates an optimizer for `size` parameters. `decayMask[i] = 0` exempts parameter i from weight
 * decay (e.g. biases); without a mask every parameter decays, as in PyTorch's default param group.
 */
export function createOptimizer(config: OptimizerConfig, size: number, decayMask?: Uint8Array): Optimizer {
  const c = resolveOptimizer(config);
  if (!Number.isInteger(size) || size < 1) throw new Error(`size must be a positive integer, got ${describe(size)}`);
  if (decayMask && decayMask.length !== size) {
    throw new Error(`decayMask must have length size (${size}), got ${decayMask.length}`);
  }
  const { lr, beta1, beta2, eps, weightDecay, momentum } = c;
  const wd = (i: number): number => (decayMask && decayMask[i] === 0 ? 0 : weightDecay);
  const m = new Float64Array(size); // SGD momentum buffer, Adam's exp_avg, Lion's momentum
  const v = new Float64Array(size); // Adam's exp_avg_sq
  let t = 0;
  let beta1Power = 1;
  let beta2Power = 1;

  const sgd = (p: Float64Array, g: Float64Array): void => {
    for (let i = 0; i < size; i++) {
      let d = g[i] + wd(i) * p[i];
      if (momentum !== 0) {
        // PyTorch starts the buffer at the first gradient itself (not (1 − dampening)·g), no Nesterov.
        m[i] = t === 1 ? d : momentum * m[i] + d;
        d = m[i];
      }
      p[i] -= lr * d;
    }
  };

  const adam = (p: Float64Array, g: Float64Array, decoupled: boolean): void => {
    // Bias corrections as torch.optim.Adam: step = lr / bc1, denom = √v / √bc2 + eps. βᵗ is kept as a
    // running product because Math.pow costs ~70 ns in V8 (it tripled a 2-D run's time); after 10⁵
    // steps the product is within ~10⁻¹¹ relative of the exact power.
    beta1Power *= beta1;
    beta2Power *= beta2;
    const stepSize = lr / (1 - beta1Power);
    const bc2Sqrt = Math.sqrt(1 - beta2Power);
    for (let i = 0; i < size; i++) {
      let gi = g[i];
      if (decoupled) p[i] *= 1 - lr * wd(i);
      else gi += wd(i) * p[i];
      m[i] = beta1 * m[i] + (1 - beta1) * gi;
      v[i] = beta2 * v[i] + (1 - beta2) * (gi * gi);
      p[i] -= stepSize * (m[i] / (Math.sqrt(v[i]) / bc2Sqrt + eps));
    }
  };

  const lion = (p: Float64Array, g: Float64Array): void => {
    for (let i = 0; i < size; i++) {
      p[i] *= 1 - lr * wd(i);
      // Math.sign(0) is 0: a zero interpolated momentum leaves the coordinate alone, as in the paper.
      p[i] -= lr * Math.sign(beta1 * m[i] + (1 - beta1) * g[i]);
      m[i] = beta2 * m[i] + (1 - beta2) * g[i];
    }
  };

  return {
    config: c,
    step(params, grad) {
      if (params.length !== size || grad.length !== size) {
        throw new Error(`params and grad must have length ${size}, got ${params.length} and ${grad.length}`);
      }
      t += 1;
      if (c.name === 'sgd') sgd(params, grad);
      else if (c.name === 'lion') lion(params, grad);
      else adam(params, grad, c.name === 'adamw');
    },
  };
}

/**
 * Lion hyper-parameters from tuned AdamW ones, by the rule of thumb of Chen et al. 2023 ("Symbolic
 * Discovery of Optimization Algorithms", arXiv:2302.06675, section "Hyperparameter Tuning"): Lion's
 * sign update has a larger norm, so take lr `ratio`× smaller and λ `ratio`× larger (they suggest
 * 3–10×), keeping the effective decay lr·λ unchanged; β = (0.9, 0.99).
 */
export function lionFromAdamW(adamw: { lr: number; weightDecay?: number }, ratio = 10): OptimizerConfig {
  const lr = requirePositive('adamw.lr', adamw.lr);
  const weightDecay = requireNonNegative('adamw.weightDecay', adamw.weightDecay ?? OPTIMIZER_DEFAULTS.adamw.weightDecay);
  const k = requireInRange('ratio', ratio, 1, 100);
  return { name: 'lion', lr: lr / k, beta1: 0.9, beta2: 0.99, weightDecay: weightDecay * k };
}
