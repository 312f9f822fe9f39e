import { describe, expect, test } from 'vitest';
import { createRng } from '../numerics/random';
import { makeSequence, makeVocabulary, retrievalLengths, trainRetrieval, VOCABULARY } from './retrieval';
import { RETRIEVAL_VARIANTS, RetrievalModel } from './retrievalModel';

const shape = { inputDim: 6, headDim: 4 };

describe('retrieval model', () => {
  test('hand-written gradients match central differences for every normalisation, at and off the training length', () => {
    const rng = createRng(11);
    const vocabulary = makeVocabulary(rng, shape.inputDim);
    const params = Float64Array.from({ length: 2 * 4 * 6 }, () => 1.5 * rng.normal());
    for (const variant of RETRIEVAL_VARIANTS) {
      for (const n of [12, 40]) {
        const model = new RetrievalModel(shape, variant, 12);
        const seq = makeSequence(rng, vocabulary, n, shape.inputDim, 0.3);
        const loss = (p: Float64Array) => 0.5 * (model.forward(p, seq) - seq.values[seq.target]) ** 2;
        const grad = new Float64Array(params.length);
        model.backward(params, seq, model.forward(params, seq), grad, 1);
        for (let i = 0; i < params.length; i++) {
          const h = 1e-6;
          const up = Float64Array.from(params);
          const down = Float64Array.from(params);
          up[i] += h;
          down[i] -= h;
          const numeric = (loss(up) - loss(down)) / (2 * h);
          expect(Math.abs(grad[i] - numeric), `${variant}, n = ${n}, parameter ${i}`).toBeLessThan(1e-6 * Math.max(1, Math.abs(numeric)));
        }
      }
    }
  });

  test('sequences hold the target token exactly once and the query near it', () => {
    const rng = createRng(2);
    const vocabulary = makeVocabulary(rng, 8);
    expect(vocabulary.length).toBe(VOCABULARY * 8);
    const seq = makeSequence(rng, vocabulary, 500, 8, 0.1);
    const key = (j: number) => Array.from(seq.keys.subarray(j * 8, j * 8 + 8));
    const same = Array.from({ length: 500 }, (_, j) => j).filter((j) => key(j).every((x, b) => x === key(seq.target)[b]));
    expect(same).toEqual([seq.target]);
    const cos = key(seq.target).reduce((s, x, b) => s + x * seq.query[b], 0);
    expect(cos).toBeGreaterThan(0.95);
  });
});

describe('trainRetrieval', () => {
  const args = {
    inputDim: 16, headDim: 8, trainLength: 16, steps: 400, batch: 8, lr: 0.05, weightDecay: 0.01, noise: 0.2,
    maxFactor: 4, testSequences: 60, seed: 4, variants: ['softmax', 'softmax-logn', 'relu2-n', 'relu2-train'] as ('softmax' | 'softmax-logn' | 'relu2-n' | 'relu2-train')[],
  };

  test('learns the lookup, reports progress up to 1, and is seeded', () => {
    const progress: number[] = [];
    const r = trainRetrieval(args, (f) => progress.push(f));
    expect(Array.from(r.lengths)).toEqual([2, 4, 8, 16, 32, 64]);
    const soft = r.runs[0];
    expect(soft.trainLoss[soft.trainLoss.length - 1]).toBeLessThan(soft.trainLoss[0] / 2);
    expect(soft.accuracy[3]).toBeGreaterThan(0.9);
    expect(progress[progress.length - 1]).toBe(1);
    for (let i = 1; i < progress.length; i++) expect(progress[i]).toBeGreaterThanOrEqual(progress[i - 1]);
    expect(trainRetrieval(args)).toEqual(r);
  });

  test('relu²/n and relu²/L share weights up to a factor, so they get the signs equally right', () => {
    const r = trainRetrieval(args);
    const [, , n, train] = r.runs;
    expect(Array.from(n.accuracy)).toEqual(Array.from(train.accuracy));
    // At the training length the two divisions coincide exactly.
    expect(n.mse[3]).toBeCloseTo(train.mse[3], 12);
  });

  test('test lengths and limits', () => {
    expect(retrievalLengths(64, 32)).toEqual([8, 16, 32, 64, 128, 256, 512, 1024, 2048]);
    expect(() => trainRetrieval({ ...args, trainLength: 1024, maxFactor: 64 })).toThrow('trainLength × maxFactor must be at most 8192, got 1024 × 64');
    expect(() => trainRetrieval({ ...args, variants: ['tanh' as never] })).toThrow('variants[0] must be one of softmax');
    expect(() => trainRetrieval({ ...args, lr: 0 })).toThrow('lr must be a finite number in (0, 1]');
  });
});
