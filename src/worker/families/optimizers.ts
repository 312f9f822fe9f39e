/** Optimizer kernels (the lion-* widgets). */
export { compareTrajectories, objectiveSurface, trainAll } from '../../compute/optimizers/widgets';
