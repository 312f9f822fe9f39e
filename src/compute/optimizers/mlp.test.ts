import { describe, expect, test } from 'vitest';
import { makeDataset } from './trainingData';
import { createMlp, sigmoid, softplus } from './mlp';

const data = makeDataset({ kind: 'moons', samples: 40, seed: 3 });

describe.each(['tanh', 'relu'] as const)('createMlp(5, %s)', (activation) => {
  const mlp = createMlp(5, activation);

  test('has h² + 5h + 1 parameters; the weight mask covers W₁, W₂, w₃ only', () => {
    expect(mlp.size).toBe(25 + 25 + 1);
    const masked = Array.from(mlp.weightMask).reduce((a, b) => a + b, 0);
    expect(masked).toBe(2 * 5 + 5 * 5 + 5);
    expect(mlp.weightMask[mlp.size - 1]).toBe(0); // output bias
  });

  test('backprop matches central differences of the mean loss, full batch and a mini-batch', () => {
    const params = mlp.init(4);
    for (let i = 0; i < params.length; i++) params[i] += 0.1 * Math.sin(3 * i + 1); // non-zero biases too
    const grad = new Float64Array(mlp.size);
    for (const batch of [null, Int32Array.of(3, 0, 17, 17, 5)]) {
      const loss = mlp.lossAndGradient(params, data.trainX, data.trainY, batch, grad);
      expect(Number.isFinite(loss)).toBe(true);
      const probe = new Float64Array(mlp.size);
      const lossAt = (i: number, delta: number): number => {
        params[i] += delta;
        const value = mlp.lossAndGradient(params, data.trainX, data.trainY, batch, probe);
        params[i] -= delta;
        return value;
      };
      for (let i = 0; i < mlp.size; i++) {
        const fd = (lossAt(i, 1e-6) - lossAt(i, -1e-6)) / 2e-6;
        // ReLU kinks make differences at a kink wrong; none of these points sit within 1e-6 of one.
        expect(Math.abs(grad[i] - fd), `parameter ${i}`).toBeLessThan(1e-7);
      }
    }
  });

  test('score agrees with lossAndGradient and counts logit ≥ 0 as class 1', () => {
    const params = mlp.init(9);
    const grad = new Float64Array(mlp.size);
    const { loss, accuracy } = mlp.score(params, data.trainX, data.trainY);
    expect(loss).toBeCloseTo(mlp.lossAndGradient(params, data.trainX, data.trainY, null, grad), 14);
    let correct = 0;
    for (let n = 0; n < data.trainY.length; n++) {
      const z = mlp.logit(params, data.trainX[2 * n], data.trainX[2 * n + 1]);
      if ((z >= 0 ? 1 : 0) === data.trainY[n]) correct++;
    }
    expect(accuracy).toBe(correct / data.trainY.length);
  });

  test('init is seeded and leaves biases at zero', () => {
    expect(mlp.init(1)).toEqual(mlp.init(1));
    expect(mlp.init(1)).not.toEqual(mlp.init(2));
    const p = mlp.init(1);
    for (let i = 0; i < mlp.size; i++) if (mlp.weightMask[i] === 0) expect(p[i]).toBe(0);
  });
});

describe('numerics', () => {
  test('softplus and sigmoid are stable at large |z|', () => {
    expect(softplus(1000)).toBe(1000);
    expect(softplus(-1000)).toBe(0);
    expect(softplus(0)).toBeCloseTo(Math.LN2, 15);
    expect(sigmoid(-1000)).toBe(0);
    expect(sigmoid(1000)).toBe(1);
    expect(sigmoid(0)).toBe(0.5);
    expect(sigmoid(-2) + sigmoid(2)).toBeCloseTo(1, 15);
  });

  test('shape arguments are checked', () => {
    expect(() => createMlp(0, 'tanh')).toThrow(/hidden must be a positive integer ≤ 64, got 0/);
    expect(() => createMlp(65, 'tanh')).toThrow(/hidden must be a positive integer ≤ 64, got 65/);
    expect(() => createMlp(4, 'gelu' as never)).toThrow(/activation must be one of tanh, relu, got 'gelu'/);
  });
});
