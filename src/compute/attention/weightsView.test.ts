import { describe, expect, test } from 'vitest';
import { logitFactor, practiceCurves, yarnLogitFactor } from './practice';
import { attentionWeightsView, logRanks } from './weightsView';

describe('attentionWeightsView', () => {
  const args = { d: 64, kappa: 1 / 0.24, trainLength: 256, factor: 8, relevant: { count: 2, cosine: 0.7 }, seed: 3, variants: ['softmax', 'softmax-logn', 'relu2-n', 'relu2-train'] as const };

  test('two panels at L and k·L; sorted weights fall with rank; the planted keys lead', () => {
    const { panels } = attentionWeightsView({ ...args, variants: [...args.variants] });
    expect(panels.map((p) => p.n)).toEqual([256, 2048]);
    for (const panel of panels) {
      for (const v of panel.variants) {
        for (let i = 1; i < v.weight.length; i++) expect(v.weight[i]).toBeLessThanOrEqual(v.weight[i - 1]);
        expect(Array.from(v.relevantRank)).toEqual([1, 1]); // both planted keys tie at the top
      }
    }
    const soft = (p: number, name: string) => panels[p].variants.find((v) => v.variant === name)!;
    expect(soft(1, 'softmax').relevant).toBeLessThan(soft(0, 'softmax').relevant); // dilution
    expect(soft(1, 'softmax-logn').relevant).toBeGreaterThan(soft(1, 'softmax').relevant);
    expect(soft(1, 'relu2-n').relevant / soft(0, 'relu2-n').relevant).toBeCloseTo(1 / 8, 12);
    expect(soft(0, 'softmax').total).toBeCloseTo(1, 12);
  });

  test('refuses contexts past its limit, with the numbers in the message', () => {
    expect(() => attentionWeightsView({ ...args, variants: ['softmax'], trainLength: 65536, factor: 64 })).toThrow(
      'factor × trainLength must be at most 1048576, got 64 × 65536 = 4194304',
    );
  });

  test('log-spaced ranks start at 1 and end at n', () => {
    const r = logRanks(1000, 20);
    expect(r[0]).toBe(1);
    expect(r[r.length - 1]).toBe(1000);
  });
});

describe('logit factors in practice', () => {
  const s = { trainLength: 4096, factor: 8 };
  test('entropy-invariant log_L n, Qwen 1 up to L then log_L n, YaRN (0.1 ln k + 1)², Llama 4 steps at 8192', () => {
    expect(logitFactor('entropy', 4096, s)).toBeCloseTo(1, 15);
    expect(logitFactor('entropy', 4096 ** 2, s)).toBeCloseTo(2, 15);
    expect(logitFactor('qwen', 100, s)).toBe(1);
    expect(logitFactor('qwen', 4096, s)).toBe(1);
    expect(logitFactor('qwen', 8192, s)).toBeCloseTo(13 / 12, 15);
    expect(logitFactor('yarn', 1, s)).toBeCloseTo((0.1 * Math.log(8) + 1) ** 2, 15);
    expect(yarnLogitFactor(1, 4096)).toBe(1);
    expect(logitFactor('llama4', 8191, s)).toBe(1);
    expect(logitFactor('llama4', 8192, s)).toBeCloseTo(1 + 0.1 * Math.log(2), 15);
    expect(() => logitFactor('qwen', 0, s)).toThrow('n must be a positive integer');
  });
  test('curves over log-spaced lengths', () => {
    const c = practiceCurves({ ...s, maxLength: 131072 });
    expect(c.n[0]).toBe(1);
    expect(c.n[c.n.length - 1]).toBe(131072);
    expect(c.curves.map((x) => x.method)).toEqual(['entropy', 'qwen', 'yarn', 'llama4']);
  });
});
