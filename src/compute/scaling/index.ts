/**
 * Scaling laws: the Chinchilla fit ("approach 3" of Hoffmann et al. 2022) with its bootstrap and
 * compute-optimal frontier, the quantization model's simulation (Michaud et al. 2023), and CSV input.
 */
export { fitChinchilla, findChinchillaMinima, HOFFMANN_FIT, EPOCH_FIT, type ChinchillaFit, type ScalingPoint } from './chinchilla';
export { bootstrapChinchilla, optimalFrontierBand, percentileSorted } from './bootstrap';
export { computeOptimal, predictLoss, type LossSurface } from './optimal';
export { fitPowerLaw, type PowerLawFit } from './powerLaw';
export { simulateQuanta, type QuantaOptions, type QuantaResult } from './quanta';
export { parseScalingCsv, type CsvResult } from './csv';
export { scalingKernels, optimalFrontiers, quantaCurves } from './widgets';
