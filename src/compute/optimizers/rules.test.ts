import { describe, expect, test } from 'vitest';
import { createOptimizer, lionFromAdamW, OPTIMIZER_NAMES, resolveOptimizer } from './rules';

describe('resolveOptimizer', () => {
  test('fills PyTorch defaults, and the paper defaults for Lion', () => {
    expect(resolveOptimizer({ name: 'adamw', lr: 1e-3 })).toMatchObject({ beta1: 0.9, beta2: 0.999, eps: 1e-8, weightDecay: 0.01 });
    expect(resolveOptimizer({ name: 'adam', lr: 1e-3 })).toMatchObject({ weightDecay: 0 });
    expect(resolveOptimizer({ name: 'sgd', lr: 1e-3 })).toMatchObject({ momentum: 0, weightDecay: 0 });
    expect(resolveOptimizer({ name: 'lion', lr: 1e-4 })).toMatchObject({ beta1: 0.9, beta2: 0.99, weightDecay: 0 });
  });

  test('names the argument in its label', () => {
    expect(() => resolveOptimizer({ name: 'adam', lr: -1 }, 'runs[2].optimizer')).toThrow('runs[2].optimizer.lr must be a positive finite number, got -1');
    expect(() => resolveOptimizer(null as never)).toThrow(/optimizer must be an object, got null/);
  });
});

describe('createOptimizer', () => {
  test('one step from θ = 1 with g = 1 follows each rule by hand', () => {
    const after = (config: Parameters<typeof createOptimizer>[0]): number => {
      const theta = Float64Array.of(1);
      createOptimizer(config, 1).step(theta, Float64Array.of(1));
      return theta[0];
    };
    expect(after({ name: 'sgd', lr: 0.1, weightDecay: 0.5 })).toBeCloseTo(1 - 0.1 * 1.5, 15);
    // Adam's first step is lr·sign(g) (up to eps): m̂ = g, v̂ = g².
    expect(after({ name: 'adam', lr: 0.1 })).toBeCloseTo(0.9, 7);
    expect(after({ name: 'adamw', lr: 0.1, weightDecay: 0.5 })).toBeCloseTo(1 * (1 - 0.05) - 0.1, 7);
    expect(after({ name: 'lion', lr: 0.1, weightDecay: 0.5 })).toBeCloseTo(0.95 - 0.1, 15);
  });

  test('SGD momentum: buffer starts at g, then μ·buf + g', () => {
    const theta = Float64Array.of(0);
    const sgd = createOptimizer({ name: 'sgd', lr: 1, momentum: 0.5 }, 1);
    sgd.step(theta, Float64Array.of(1)); // buf = 1
    sgd.step(theta, Float64Array.of(1)); // buf = 1.5
    expect(theta[0]).toBe(-2.5);
  });

  test('decayMask exempts masked parameters from decay, for every rule', () => {
    for (const name of OPTIMIZER_NAMES) {
      const theta = Float64Array.of(2, 2);
      createOptimizer({ name, lr: 0.1, weightDecay: 1 }, 2, Uint8Array.of(1, 0)).step(theta, new Float64Array(2));
      expect(theta[1], name).toBe(2); // zero gradient and no decay: it stays put
      expect(theta[0], name).toBeLessThan(2);
    }
  });

  test('does not modify the gradient, and checks sizes', () => {
    const grad = Float64Array.of(1, -2);
    createOptimizer({ name: 'adam', lr: 0.1, weightDecay: 0.3 }, 2).step(Float64Array.of(1, 1), grad);
    expect(Array.from(grad)).toEqual([1, -2]);
    expect(() => createOptimizer({ name: 'sgd', lr: 1 }, 0)).toThrow(/size must be a positive integer, got 0/);
    expect(() => createOptimizer({ name: 'sgd', lr: 1 }, 2, new Uint8Array(3))).toThrow(/decayMask must have length size \(2\), got 3/);
    expect(() => createOptimizer({ name: 'sgd', lr: 1 }, 2).step(new Float64Array(2), new Float64Array(1))).toThrow(
      /params and grad must have length 2, got 2 and 1/,
    );
  });
});

describe('lionFromAdamW (Chen et al. 2023 rule of thumb)', () => {
  test('lr k× smaller, λ k× larger, lr·λ unchanged', () => {
    const lion = lionFromAdamW({ lr: 3e-3, weightDecay: 0.05 }, 5);
    expect(lion).toEqual({ name: 'lion', lr: expect.closeTo(6e-4, 18), beta1: 0.9, beta2: 0.99, weightDecay: 0.25 });
    expect(lion.lr * (lion.weightDecay as number)).toBeCloseTo(3e-3 * 0.05, 18);
  });

  test('defaults: ratio 10 and AdamW’s default weight decay 0.01', () => {
    const lion = lionFromAdamW({ lr: 1e-3 });
    expect(lion.lr).toBeCloseTo(1e-4, 18);
    expect(lion.weightDecay).toBeCloseTo(0.1, 15);
  });

  test('validates its arguments', () => {
    expect(() => lionFromAdamW({ lr: 0 })).toThrow(/adamw\.lr must be a positive finite number, got 0/);
    expect(() => lionFromAdamW({ lr: 1, weightDecay: -1 })).toThrow(/adamw\.weightDecay must be a non-negative/);
    expect(() => lionFromAdamW({ lr: 1 }, 0.5)).toThrow(/ratio must be a finite number in \[1, 100\], got 0.5/);
  });
});
