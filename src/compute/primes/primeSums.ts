import { MAX_X, requireWhole } from './args';
import { fastPrimeSums } from './fast';

/**
 * π(x) and the sum of the primes ≤ x, exactly, for an integer 0 ≤ x ≤ 10^13 (number or bigint), by
 * the fast method (fast.ts). primeSums(2_000_000).sum is 142913828922, Project Euler problem 10's
 * "sum of the primes below two million".
 */
export function primeSums(x: bigint | number): { count: bigint; sum: bigint } {
  const { count, sum } = fastPrimeSums(requireWhole('x', x, 0, MAX_X));
  return { count, sum };
}
