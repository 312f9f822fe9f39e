/**
 * Generating functions with exact coefficients, and the partition function p(n) by the
 * Hardy–Ramanujan–Rademacher series, exact for large n.
 */
export { gfCoefficients, gfCoefficientsWithProgress, partitionsP, partitionsTable, ramanujanChecks, type GFFactor } from './counts';
export { partitionsRademacher, MAX_RADEMACHER_N } from './rademacher';
export { hardyRamanujan, rademacherPartialSums, logPartitionsCurve, distinctAndOddCounts } from './asymptotics';
export { listPartitions, oddToDistinct, distinctToOdd } from './list';
export { parseCoinSet } from './builder';
export { builderSeries, eulerCounts, franklinCounts, partitionsExact, partitionsCurve, partitionsConvergence } from './widgets';
export { franklin, franklinMove, distinctPartitions, signedDistinctCounts, eulerCoefficient } from './franklin';
