/** The compute contract (DESIGN.md): other checks import these names from each family's index. */
import { describe, expect, test } from 'vitest';
import * as rope from './rope';
import * as optimizers from './optimizers';
import * as scaling from './scaling';
import * as partitions from './partitions';
import * as tokenize from './tokenize';
import * as primes from './primes';

describe('compute contract', () => {
  test.each([
    ['rope', rope as unknown, ['ropeInvFreq', 'parseRopeConfig']],
    ['optimizers', optimizers as unknown, ['runOptimizer']],
    ['scaling', scaling as unknown, ['fitChinchilla']],
    ['partitions', partitions as unknown, ['gfCoefficients', 'partitionsP']],
    ['tokenize', tokenize as unknown, ['segmentationDistribution', 'sampleSegmentations']],
    ['primes', primes as unknown, ['primeSums', 'nthPrime', 'sumFirstPrimes']],
  ] as [string, unknown, string[]][])('%s/index.ts exports the contract functions', (_, family, names) => {
    for (const name of names) expect(typeof (family as Record<string, unknown>)[name], name).toBe('function');
  });

  test('the contract functions answer as specified', () => {
    expect(rope.ropeInvFreq({ head_dim: 4 }).invFreq).toEqual(new Float64Array([1, 0.01]));
    expect(rope.parseRopeConfig('{"head_dim": 64, "rope_theta": 500000, "max_position_embeddings": 8192}').config.rope_theta).toBe(500000);
    expect(Array.from(optimizers.runOptimizer({ objective: 'himmelblau', start: [3, 2], steps: 2, optimizer: { name: 'sgd', lr: 0.01 } })))
      .toEqual([3, 2, 3, 2, 3, 2]); // (3, 2) is a minimum of Himmelblau's function: the gradient is 0
    expect(partitions.partitionsP(100)).toBe(190569292n);
    expect(partitions.gfCoefficients([{ step: 1 }, { step: 1 }, { step: 1 }], 4)).toEqual([1n, 3n, 6n, 10n, 15n]);
    // The article's tie: three equally likely segmentations of "watching".
    const tie = { w: 0.1, wat: 0.1, watch: 0.1, atching: 0.1, ching: 0.1, ing: 0.1 };
    expect(tokenize.segmentationDistribution('watching', tie).map((s) => s.p)).toEqual([1 / 3, 1 / 3, 1 / 3].map((p) => expect.closeTo(p, 14)));
    expect(tokenize.sampleSegmentations('watching', tie, { method: 'perfect', samples: 3, seed: 1 }).reduce((s, x) => s + x.p, 0)).toBeCloseTo(1, 15);
    // The article's two questions: the primes up to two million, and the first two million primes.
    expect(primes.primeSums(2_000_000)).toEqual({ count: 148933n, sum: 142913828922n });
    expect(primes.primeSums(10n ** 12n)).toEqual({ count: 37607912018n, sum: 18435588552550705911377n });
    expect(primes.nthPrime(2_000_000)).toBe(32452843);
    expect(primes.sumFirstPrimes(2_000_000)).toBe(31381137530481n);
  });
});
