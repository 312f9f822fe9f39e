/** Scaling-law kernels (the scaling-* widgets); the fits read the built-in Chinchilla points. */
import { scalingKernels } from '../../compute/scaling/widgets';
import chinchillaCsv from '../../data/chinchilla.csv?raw';

/** The scaling jobs that read the built-in Chinchilla points (Epoch AI's extraction), bound to its text. */
const scaling = scalingKernels(chinchillaCsv);

export const scalingFit = scaling.fit;
export const scalingBootstrap = scaling.bootstrap;
export const scalingFrontierBands = scaling.frontierBands;
export { optimalFrontiers, quantaCurves } from '../../compute/scaling/widgets';
