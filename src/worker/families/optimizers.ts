/** Optimizer kernels (the lion-* widgets). */
export { compareTrajectories, objectiveSurface } from '../../compute/optimizerViews';
export { trainAll } from '../../compute/trainingJobs';
