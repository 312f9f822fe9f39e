import { describe, expect, test } from 'vitest';
import { annealedReluSquaredEntropy, annealedSoftmaxEntropy } from './annealed';
import { entropySweep, sweepLengths } from './lengthSweep';
import { summariseWeights, variantWeights, VARIANTS } from './variants';

const ALL = [...VARIANTS];

describe('variants', () => {
  test('n equal scores: entropy ln n under every variant; the totals follow each division', () => {
    const n = 300;
    const cos = new Float64Array(n).fill(0.5);
    const a = 6;
    for (const v of ALL) expect(summariseWeights(v, cos, a, 100, 0).entropy).toBeCloseTo(Math.log(n), 12);
    expect(summariseWeights('softmax', cos, a, 100, 0).total).toBeCloseTo(1, 14);
    expect(summariseWeights('relu2-n', cos, a, 100, 0).total).toBeCloseTo(9, 12); // (a·cos)² = 9, averaged
    expect(summariseWeights('relu2-train', cos, a, 100, 0).total).toBeCloseTo((9 * n) / 100, 12);
    expect(summariseWeights('relu2-sum', cos, a, 100, 0).total).toBeCloseTo(1, 14);
  });

  test('the log n scale is log_L n: equal to the fixed scale at the training length', () => {
    const cos = Float64Array.from({ length: 64 }, (_, j) => Math.cos(j));
    expect(variantWeights('softmax-logn', cos, 5, 64)).toEqual(variantWeights('softmax', cos, 5, 64));
    const longer = Float64Array.from({ length: 256 }, (_, j) => Math.cos(j));
    const sharper = variantWeights('softmax', longer, 5 * (Math.log(256) / Math.log(64)), 64);
    variantWeights('softmax-logn', longer, 5, 64).forEach((w, j) => expect(w).toBeCloseTo(sharper[j], 14));
    expect(() => variantWeights('gelu' as never, cos, 5, 64)).toThrow('variant must be one of');
  });
});

describe('mean-field estimate (8823)', () => {
  test('large d: the angle becomes Gaussian, H → ln n − a²/(2d) and, for relu², ln n − 2 + γ', () => {
    const d = 4096;
    const a = Math.sqrt(d); // logits a·cos θ with standard deviation 1
    expect(annealedSoftmaxEntropy(1000, a, d)).toBeCloseTo(Math.log(1000) - 0.5, 3);
    expect(annealedReluSquaredEntropy(1000, d)).toBeCloseTo(Math.log(1000) - 2 + 0.5772156649, 2);
    expect(annealedSoftmaxEntropy(50, 0, 8)).toBeCloseTo(Math.log(50), 12);
  });
});

describe('entropySweep', () => {
  const base = { d: 64, kappa: 1 / 0.24, trainLength: 512, relevant: { count: 0, cosine: 0 }, seeds: 3, seed: 1, variants: ALL };

  test('lengths run from 16 to the maximum and include the training length', () => {
    expect(sweepLengths(100, 1, 256)).toEqual([16, 32, 64, 100, 128, 256]);
  });

  test('is seeded: the same arguments give the same curves, another seed others', () => {
    const args = { ...base, maxLength: 2048 };
    expect(entropySweep(args)).toEqual(entropySweep(args));
    expect(entropySweep({ ...args, seed: 2 }).variants[0].entropy.mean).not.toEqual(entropySweep(args).variants[0].entropy.mean);
  });

  test("at the article's κ = 1/0.24 the log n scale holds the entropy within a nat while the fixed scale climbs", () => {
    const r = entropySweep(base);
    const at = (v: string, n: number) => r.variants.find((x) => x.variant === v)!.entropy.mean[Array.from(r.n).indexOf(n)];
    expect(Math.abs(at('softmax-logn', 65536) - at('softmax-logn', 512))).toBeLessThan(1);
    expect(at('softmax', 65536) - at('softmax', 512)).toBeGreaterThan(3);
    // relu² has one shape whatever it is divided by, and its entropy grows like ln n.
    expect(at('relu2-n', 65536)).toBeCloseTo(at('relu2-sum', 65536), 12);
    expect(at('relu2-n', 65536) - at('relu2-n', 512)).toBeCloseTo(Math.log(128), 0);
    expect(r.rho).toBeCloseTo(Math.log(512) / (0.24 * 8), 12);
  });

  test('where the logits are Gaussian-like (large d), the measured entropy follows the mean-field estimate', () => {
    const r = entropySweep({ ...base, d: 1024, kappa: 32 / Math.log(512), maxLength: 8192 });
    const soft = r.variants[0];
    const last = r.n.length - 1;
    expect(Math.abs(soft.entropy.mean[last] - soft.meanField[last])).toBeLessThan(0.05);
    expect(soft.meanField[last]).toBeCloseTo(Math.log(8192) - 0.5, 1);
  });

  test('planted keys: relu²/n dilutes them as 1/n, relu²/L keeps their weight, the log n softmax keeps most of it', () => {
    const r = entropySweep({ ...base, relevant: { count: 1, cosine: 0.6 } });
    const n = Array.from(r.n);
    const rel = (v: string, at: number) => r.variants.find((x) => x.variant === v)!.relevant.mean[n.indexOf(at)];
    expect(rel('relu2-n', 65536) / rel('relu2-n', 512)).toBeCloseTo(512 / 65536, 12);
    expect(rel('relu2-train', 65536)).toBeCloseTo(rel('relu2-train', 512), 12);
    expect(rel('softmax-logn', 65536)).toBeGreaterThan(rel('softmax', 65536));
    expect(r.variants[0].meanField.every(Number.isNaN)).toBe(true);
  });

  test('rejects bad arguments with their names', () => {
    expect(() => entropySweep({ ...base, seeds: 0 })).toThrow('seeds must be a positive integer ≤ 64, got 0');
    expect(() => entropySweep({ ...base, kappa: -1 })).toThrow('kappa must be a finite number in (0, 1000]');
    expect(() => entropySweep({ ...base, variants: [] })).toThrow('variants must be a non-empty array');
  });
});
