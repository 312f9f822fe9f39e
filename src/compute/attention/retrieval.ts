/**
 * The experiment behind the attention-retrieval widget: the one-layer model of retrievalModel.ts is
 * trained at one length L under each normalisation, from the same initial weights on the same batches
 * (AdamW, as optimizers/rules.ts implements it), then every trained model answers the same test
 * sequences at lengths L/8 … L·K. Keys are tokens of a fixed vocabulary of random unit vectors in D
 * dimensions, values ±1, and the query is the target key plus Gaussian noise of norm ≈ ε, normalised. Reported per length: mean squared error
 * of ŷ against the target value (predicting 0 scores 1) and the share of signs right (chance ½).
 */
import { describe, requireFunction, requireInRange, requireInteger, requireOneOf } from '../numerics/checks';
import { createRng, deriveSeed, MAX_SEED, type Rng } from '../numerics/random';
import { createOptimizer } from '../optimizers/rules';
import { fail } from '../errors';
import { RETRIEVAL_VARIANTS, RetrievalModel, type ModelShape, type RetrievalVariant, type Sequence } from './retrievalModel';

export interface RetrievalArgs extends ModelShape {
  trainLength: number;
  steps: number;
  batch: number;
  lr: number;
  weightDecay: number;
  /** ε: norm of the noise added to the target key to make the query. */
  noise: number;
  /** Test lengths run from L/8 to L·maxFactor by doublings. */
  maxFactor: number;
  testSequences: number;
  seed: number;
  variants: RetrievalVariant[];
}

export interface RetrievalRun {
  variant: RetrievalVariant;
  /** Training loss (mean over the batches since the last entry) at `step`. */
  step: Float64Array;
  trainLoss: Float64Array;
  /** Per test length: mean squared error and share of correct signs. */
  mse: Float64Array;
  accuracy: Float64Array;
}

export interface RetrievalResult {
  trainLength: number;
  lengths: Float64Array;
  runs: RetrievalRun[];
}

/** Longest test sequence: keeps one evaluation pass within a few seconds. */
export const RETRIEVAL_MAX_TEST_LENGTH = 8192;

/** Keys come from a fixed vocabulary of this many random unit vectors (tokens), so a sequence costs n draws. */
export const VOCABULARY = 16_384;

/** The vocabulary: VOCABULARY unit vectors in D dimensions, uniform on the sphere (row-major). */
export function makeVocabulary(rng: Rng, D: number): Float64Array {
  const out = new Float64Array(VOCABULARY * D);
  for (let v = 0; v < VOCABULARY; v++) {
    let norm = 0;
    for (let b = 0; b < D; b++) norm += (out[v * D + b] = rng.normal()) ** 2;
    const inv = 1 / Math.sqrt(norm);
    for (let b = 0; b < D; b++) out[v * D + b] *= inv;
  }
  return out;
}

/**
 * A random sequence of n keys from the vocabulary with values ±1; the target's token appears once
 * (other tokens may repeat), so the answer is never ambiguous. The query is the target key plus noise
 * of norm ≈ ε, normalised.
 */
export function makeSequence(rng: Rng, vocabulary: Float64Array, n: number, D: number, noise: number): Sequence {
  const target = rng.int(n);
  const targetToken = rng.int(VOCABULARY);
  const keys = new Float64Array(n * D);
  for (let j = 0; j < n; j++) {
    let token = targetToken;
    while (j !== target && token === targetToken) token = rng.int(VOCABULARY);
    keys.set(vocabulary.subarray(token * D, (token + 1) * D), j * D);
  }
  const values = Float64Array.from({ length: n }, () => (rng.uniform() < 0.5 ? -1 : 1));
  const query = new Float64Array(D);
  let norm = 0;
  for (let b = 0; b < D; b++) norm += (query[b] = keys[target * D + b] + (noise / Math.sqrt(D)) * rng.normal()) ** 2;
  for (let b = 0; b < D; b++) query[b] /= Math.sqrt(norm);
  return { keys, values, query, target };
}

/** Test lengths L/8, L/4, …, L·maxFactor (at least 2 keys each). */
export function retrievalLengths(trainLength: number, maxFactor: number): number[] {
  const out: number[] = [];
  for (let f = 1 / 8; f <= maxFactor; f *= 2) {
    const n = Math.round(trainLength * f);
    if (n >= 2 && !out.includes(n)) out.push(n);
  }
  return out;
}

function checkArgs(args: RetrievalArgs): RetrievalVariant[] {
  if (typeof args !== 'object' || args === null) throw new Error(`args must be an object, got ${describe(args)}`);
  requireInteger('inputDim', args.inputDim, 2, 256);
  requireInteger('headDim', args.headDim, 1, 256);
  requireInteger('trainLength', args.trainLength, 2, 4096);
  requireInteger('steps', args.steps, 1, 100_000);
  requireInteger('batch', args.batch, 1, 1024);
  requireInRange('lr', args.lr, 0, 1, { openLow: true });
  requireInRange('weightDecay', args.weightDecay, 0, 10);
  requireInRange('noise', args.noise, 0, 10);
  requireInteger('maxFactor', args.maxFactor, 1, 1024);
  requireInteger('testSequences', args.testSequences, 1, 10_000);
  requireInteger('seed', args.seed, 0, MAX_SEED);
  if (args.trainLength * args.maxFactor > RETRIEVAL_MAX_TEST_LENGTH) {
    fail('retrievalTooLong', RETRIEVAL_MAX_TEST_LENGTH, args.trainLength, args.maxFactor);
  }
  if (!Array.isArray(args.variants) || args.variants.length === 0) throw new Error('variants must be a non-empty array');
  return args.variants.map((v, i) => requireOneOf(`variants[${i}]`, v, RETRIEVAL_VARIANTS));
}

/** Trains one model per variant at length L and tests each at every length; progress 0…1 as the last argument. */
export function trainRetrieval(args: RetrievalArgs, onProgress?: (fraction: number) => void): RetrievalResult {
  const variants = checkArgs(args);
  const report = onProgress === undefined ? () => {} : requireFunction<(f: number) => void>('onProgress', onProgress);
  const shape = { inputDim: args.inputDim, headDim: args.headDim };
  const lengths = retrievalLengths(args.trainLength, args.maxFactor);
  const trainWork = variants.length * args.steps * args.batch * args.trainLength;
  const testWork = args.testSequences * lengths.reduce((s, n) => s + n, 0) * (variants.length + 1);
  let done = 0;
  let reported = 0;
  const advance = (work: number) => {
    done += work;
    if (done - reported > (trainWork + testWork) / 100) {
      reported = done;
      report(done / (trainWork + testWork));
    }
  };

  const init = createRng(deriveSeed(args.seed, 0));
  const vocabulary = makeVocabulary(init, args.inputDim);
  const initial = Float64Array.from({ length: 2 * args.headDim * args.inputDim }, () => init.normal() / Math.sqrt(args.inputDim));
  const logEvery = Math.max(1, Math.round(args.steps / 100));
  // Every variant starts from the same weights and sees the same batches: trained side by side.
  const models = variants.map((variant) => {
    const params = Float64Array.from(initial);
    return {
      model: new RetrievalModel(shape, variant, args.trainLength),
      params,
      grad: new Float64Array(params.length),
      optimizer: createOptimizer({ name: 'adamw', lr: args.lr, weightDecay: args.weightDecay }, params.length),
      step: [] as number[],
      trainLoss: [] as number[],
      lossSum: 0,
    };
  });
  const data = createRng(deriveSeed(args.seed, 1));
  let lossCount = 0;
  for (let t = 1; t <= args.steps; t++) {
    for (const m of models) m.grad.fill(0);
    for (let b = 0; b < args.batch; b++) {
      const seq = makeSequence(data, vocabulary, args.trainLength, args.inputDim, args.noise);
      for (const m of models) {
        const y = m.model.forward(m.params, seq);
        m.lossSum += 0.5 * (y - seq.values[seq.target]) ** 2;
        m.model.backward(m.params, seq, y, m.grad, 1 / args.batch);
      }
      lossCount++;
    }
    for (const m of models) m.optimizer.step(m.params, m.grad);
    if (t % logEvery === 0 || t === args.steps) {
      for (const m of models) {
        m.step.push(t);
        m.trainLoss.push(m.lossSum / lossCount);
        m.lossSum = 0;
      }
      lossCount = 0;
    }
    advance(args.batch * args.trainLength * variants.length);
  }

  // One pass over shared test sequences: each is drawn once and answered by every model.
  const mse = variants.map(() => new Float64Array(lengths.length));
  const right = variants.map(() => new Float64Array(lengths.length));
  lengths.forEach((n, i) => {
    const test = createRng(deriveSeed(args.seed, 2 + i));
    for (let s = 0; s < args.testSequences; s++) {
      const seq = makeSequence(test, vocabulary, n, args.inputDim, args.noise);
      const truth = seq.values[seq.target];
      models.forEach(({ model, params }, v) => {
        const y = model.forward(params, seq);
        mse[v][i] += (y - truth) ** 2 / args.testSequences;
        if (Math.sign(y) === truth) right[v][i] += 1 / args.testSequences;
      });
      advance(n * (variants.length + 1));
    }
  });
  report(1);
  return {
    trainLength: args.trainLength,
    lengths: Float64Array.from(lengths),
    runs: models.map((m, v) => ({
      variant: m.model.variant,
      step: Float64Array.from(m.step),
      trainLoss: Float64Array.from(m.trainLoss),
      mse: mse[v],
      accuracy: right[v],
    })),
  };
}
