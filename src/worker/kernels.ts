/**
 * Every kernel the widgets may call, by name. The worker exposes exactly this table, so adding a
 * kernel for a new widget is one line here. Kernels taking a progress callback are "jobs" (see client.ts).
 */
import { ropeDigits } from '../compute/ropeViews';
import { ropeCosMapFor, ropeDecayCompare, ropeExtension } from '../compute/ropeCompare';
import { compareTrajectories, objectiveSurface } from '../compute/optimizerViews';
import { trainAll } from '../compute/trainingJobs';
import { builderSeries, eulerCounts, partitionsConvergence, partitionsCurve, partitionsExact } from '../compute/partitionsJobs';
import { listPartitions } from '../compute/partitionsList';
import { optimalFrontiers, quantaCurves, scalingKernels } from '../compute/scalingJobs';
import chinchillaCsv from '../data/chinchilla.csv?raw';

/** The scaling jobs that read the built-in Chinchilla points (Epoch AI's extraction), bound to its text. */
const scaling = scalingKernels(chinchillaCsv);

export const kernels = {
  ropeDigits,
  ropeExtension,
  ropeDecayCompare,
  ropeCosMapFor,
  objectiveSurface,
  compareTrajectories,
  trainAll,
  builderSeries,
  listPartitions,
  eulerCounts,
  partitionsExact,
  partitionsCurve,
  partitionsConvergence,
  scalingFit: scaling.fit,
  scalingBootstrap: scaling.bootstrap,
  optimalFrontiers,
  quantaCurves,
};
