/** Prime kernels (the primes-* widgets). */
export { lucySteps, questionCurves, raceLap, sieveBoard, sieveWorkCurve, sumOfFirst, sumUpTo } from '../../compute/primes/widgets';
