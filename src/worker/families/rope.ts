/** RoPE kernels (the rope-* widgets). */
export { ropeDigits } from '../../compute/ropeViews';
export { ropeCosMapFor, ropeDecayCompare, ropeExtension } from '../../compute/ropeCompare';
