/**
 * Seeded two-class data sets in the plane for the training view: two moons and two spirals, with
 * Gaussian noise and a train/test split. Points are centred near the origin, within about [−2, 2]².
 */
import { requireFiniteArray, requireInRange, requireInteger, requireOneOf, describe } from '../numerics/checks';
import { createRng, deriveSeed, MAX_SEED, shuffleInPlace, type Rng } from '../numerics/random';

/** Data set shapes. */
export type DatasetKind = 'moons' | 'spirals';

/** Every data set shape, in menu order. */
export const DATASET_KINDS: readonly DatasetKind[] = ['moons', 'spirals'];

/** A reader's own labelled points (parsePointsCsv), split as generated data is. */
export interface CustomDatasetOptions {
  kind: 'custom';
  /** Flat x, y pairs: 20 to 2000 points. */
  points: ArrayLike<number>;
  /** 0 or 1 per point. */
  labels: ArrayLike<number>;
  testFraction?: number;
  seed?: number;
}

/** How to generate a data set; unset fields take the defaults in DATASET_DEFAULTS. */
export type DatasetOptions = GeneratedDatasetOptions | CustomDatasetOptions;

/** A generated shape: moons or spirals with noise. */
export interface GeneratedDatasetOptions {
  kind: DatasetKind;
  /** Total points, train and test together: an integer in [20, 2000]. */
  samples?: number;
  /** Standard deviation of the Gaussian noise added to each coordinate: [0, 1]. */
  noise?: number;
  /** Share of the points held out for testing: [0.05, 0.5]. */
  testFraction?: number;
  seed?: number;
}

/** Defaults: 400 points, noise 0.1, a quarter held out, seed 0. */
export const DATASET_DEFAULTS = { samples: 400, noise: 0.1, testFraction: 0.25, seed: 0 } as const;

/** Points as flat (x, y) pairs and labels 0/1, split into train and test. */
export interface Dataset {
  trainX: Float64Array;
  trainY: Uint8Array;
  testX: Float64Array;
  testY: Uint8Array;
}

/** sklearn-style moons: class 0 on (cos t, sin t), class 1 on (1 − cos t, ½ − sin t), t ~ U(0, π), shifted by (−½, −¼). */
function moon(label: number, rng: Rng, out: Float64Array, k: number): void {
  const t = Math.PI * rng.uniform();
  out[k] = (label === 0 ? Math.cos(t) : 1 - Math.cos(t)) - 0.5;
  out[k + 1] = (label === 0 ? Math.sin(t) : 0.5 - Math.sin(t)) - 0.25;
}

/** Interleaved spirals: s ~ U(0, 1), radius 1.5·s, angle 3.5π·s (1¾ turns), class 1 rotated by π. */
function spiral(label: number, rng: Rng, out: Float64Array, k: number): void {
  const s = rng.uniform();
  const angle = 3.5 * Math.PI * s + label * Math.PI;
  out[k] = 1.5 * s * Math.cos(angle);
  out[k + 1] = 1.5 * s * Math.sin(angle);
}

/** Generates a data set: ⌊n/2⌋ points of class 0, the rest class 1, noise σ·N(0, 1), then a seeded split. */
export function makeDataset(options: DatasetOptions): Dataset {
  if (typeof options !== 'object' || options === null) throw new Error(`data must be an object, got ${describe(options)}`);
  if (options.kind === 'custom') {
    // The reader's points are used as they are: no noise, the same seeded split.
    const seed = requireInteger('data.seed', options.seed ?? DATASET_DEFAULTS.seed, 0, MAX_SEED);
    return splitDataset(options.points, options.labels, options.testFraction ?? DATASET_DEFAULTS.testFraction, deriveSeed(seed, 1));
  }
  const kind = requireOneOf('data.kind', options.kind, DATASET_KINDS);
  const n = requireInteger('data.samples', options.samples ?? DATASET_DEFAULTS.samples, 20, 2000);
  const sigma = requireInRange('data.noise', options.noise ?? DATASET_DEFAULTS.noise, 0, 1);
  const testFraction = options.testFraction ?? DATASET_DEFAULTS.testFraction;
  const seed = options.seed ?? DATASET_DEFAULTS.seed;
  // Separate streams for shapes and the split, so changing the test share does not move the points.
  const rng = createRng(deriveSeed(requireInteger('data.seed', seed, 0, MAX_SEED), 0));
  const draw = kind === 'moons' ? moon : spiral;
  const points = new Float64Array(2 * n);
  const labels = new Uint8Array(n);
  for (let k = 0; k < n; k++) {
    labels[k] = k < Math.floor(n / 2) ? 0 : 1;
    draw(labels[k], rng, points, 2 * k);
    points[2 * k] += sigma * rng.normal();
    points[2 * k + 1] += sigma * rng.normal();
  }
  return splitDataset(points, labels, testFraction, deriveSeed(seed, 1));
}

/**
 * Shuffles labelled points with `seed` and holds out round(n·testFraction) of them for testing.
 * Also the entry point for a user's own points (e.g. parsed from CSV): 20 to 2000 of them, labels 0/1.
 */
export function splitDataset(points: ArrayLike<number>, labels: ArrayLike<number>, testFraction: number, seed: number): Dataset {
  const n = requireInteger('labels.length', labels.length, 20, 2000);
  checkLabelled('points', points, 'labels', labels);
  const nTest = Math.round(n * requireInRange('data.testFraction', testFraction, 0.05, 0.5));
  const order = new Int32Array(n);
  for (let k = 0; k < n; k++) order[k] = k;
  shuffleInPlace(order, createRng(seed));

  const take = (from: number, to: number): { x: Float64Array; y: Uint8Array } => {
    const x = new Float64Array(2 * (to - from));
    const y = new Uint8Array(to - from);
    for (let k = from; k < to; k++) {
      const src = order[k];
      x[2 * (k - from)] = points[2 * src];
      x[2 * (k - from) + 1] = points[2 * src + 1];
      y[k - from] = labels[src];
    }
    return { x, y };
  };
  const test = take(0, nTest);
  const train = take(nTest, n);
  return { trainX: train.x, trainY: train.y, testX: test.x, testY: test.y };
}

/** Checks that X holds 2·|Y| finite coordinates and Y only 0 and 1. */
function checkLabelled(xName: string, X: ArrayLike<number>, yName: string, Y: ArrayLike<number>): void {
  if (X.length !== 2 * Y.length) throw new Error(`${xName} must hold 2 × ${yName}.length = ${2 * Y.length} values, got ${X.length}`);
  requireFiniteArray(xName, X);
  for (let k = 0; k < Y.length; k++) {
    if (Y[k] !== 0 && Y[k] !== 1) throw new Error(`${yName}[${k}] must be 0 or 1, got ${describe(Y[k])}`);
  }
}

/** Checks a ready-made data set (typed arrays of matching lengths, finite points, labels 0/1, non-empty) and returns it. */
export function checkDataset(data: Dataset): Dataset {
  if (!(data.trainX instanceof Float64Array) || !(data.testX instanceof Float64Array)) {
    throw new Error('data.trainX and data.testX must be Float64Arrays');
  }
  if (!(data.trainY instanceof Uint8Array) || !(data.testY instanceof Uint8Array)) {
    throw new Error('data.trainY and data.testY must be Uint8Arrays');
  }
  requireInteger('data.trainY.length', data.trainY.length, 1, 2000);
  requireInteger('data.testY.length', data.testY.length, 1, 2000);
  checkLabelled('data.trainX', data.trainX, 'data.trainY', data.trainY);
  checkLabelled('data.testX', data.testX, 'data.testY', data.testY);
  return data;
}
