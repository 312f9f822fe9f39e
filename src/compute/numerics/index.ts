/** Numerics every family shares: argument checks, the seeded generator, L-BFGS, big floats, CSV records. */
export * from './checks';
export { createRng, deriveSeed, uniformStream, shuffleInPlace, MAX_SEED, type Rng } from './random';
export { minimizeLbfgs, type LbfgsOptions, type LbfgsResult } from './lbfgs';
export { multistartLbfgs } from './lbfgsMultistart';
export { detectDelimiter, splitRecords, type CsvRecord } from './csvRecords';
export { fastCos } from './fastCos';
