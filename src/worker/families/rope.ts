/** RoPE kernels (the rope-* widgets). */
export { ropeDigits } from '../../compute/rope/pairs';
export { ropeCosMapFor, ropeDecayCompare, ropeExtension } from '../../compute/rope/widgets';
