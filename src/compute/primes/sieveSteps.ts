// The sieve of Eratosthenes as the grid widget shows it: every number 2…N on a board, and for each
// prime p with p² ≤ N (one step each) the multiples p², p² + p, … crossed out. Each number records
// the step that first crossed it and how many steps crossed it in all, so any step can be drawn from
// one result; the work per step counts every cross-out, repeats included.
import { requireInteger } from '../numerics/checks';
import { oddPrimesUpTo } from './sieve';

/** Largest board. */
export const MAX_BOARD = 3000;

export interface SieveBoard {
  N: number;
  /** The sieving primes p ≤ √N, in step order (step s crosses the multiples of primes[s − 1]). */
  primes: number[];
  /** firstStep[n]: the step that first crossed n out, 0 if none did (1 and the primes). */
  firstStep: Uint8Array;
  /** timesCrossed[n]: how many steps crossed n out (its prime factors ≤ √n, roughly). */
  timesCrossed: Uint8Array;
  /** Per step: cross-outs made, and how many of them hit a number for the first time. */
  crossOuts: number[];
  firstTime: number[];
  /** π(N). */
  primeCount: number;
}

/** The whole sieve of 2…N (2 ≤ N ≤ MAX_BOARD), step by step. */
export function sieveBoard(N: number): SieveBoard {
  requireInteger('N', N, 2, MAX_BOARD);
  const root = Math.floor(Math.sqrt(N));
  const primes = [2, ...oddPrimesUpTo(root)].filter((p) => p <= root);
  const firstStep = new Uint8Array(N + 1), timesCrossed = new Uint8Array(N + 1);
  const crossOuts: number[] = [], firstTime: number[] = [];
  primes.forEach((p, s) => {
    let made = 0, fresh = 0;
    for (let m = p * p; m <= N; m += p) {
      made++;
      if (timesCrossed[m]++ === 0) {
        firstStep[m] = s + 1;
        fresh++;
      }
    }
    crossOuts.push(made);
    firstTime.push(fresh);
  });
  let primeCount = 0;
  for (let n = 2; n <= N; n++) if (timesCrossed[n] === 0) primeCount++;
  return { N, primes, firstStep, timesCrossed, crossOuts, firstTime, primeCount };
}

/** The sieve's total work up to N against the estimate N·ln ln N, at sample points. */
export interface SieveWorkCurve {
  N: Float64Array;
  /** Σ_{p ≤ √N} (⌊(N − p²)/p⌋ + 1): every cross-out the plain sieve of 2…N makes. */
  crossOuts: Float64Array;
  /** N·ln ln N, the growth of that sum. */
  leading: Float64Array;
  /**
   * N·(ln ln √N + M − 1/ln N), M = 0.2615…: Mertens' Σ_{p ≤ z} 1/p = ln ln z + M + o(1) for the N/p
   * terms, less Σ_{p ≤ √N} p ≈ N/ln N for starting at p² rather than p.
   */
  mertens: Float64Array;
}

/** The Meissel–Mertens constant. */
const MERTENS = 0.2614972128476428;

/** The work curve at `points` log-spaced N from 10 to NMax (10 ≤ NMax ≤ 10^12). */
export function sieveWorkCurve(NMax: number, points = 60): SieveWorkCurve {
  requireInteger('NMax', NMax, 10, 1e12);
  requireInteger('points', points, 2, 1000);
  const primes = [2, ...oddPrimesUpTo(Math.floor(Math.sqrt(NMax)))];
  const N = new Float64Array(points), crossOuts = new Float64Array(points);
  const leading = new Float64Array(points), mertens = new Float64Array(points);
  for (let i = 0; i < points; i++) {
    const n = Math.round(10 * Math.pow(NMax / 10, i / (points - 1)));
    let work = 0;
    for (const p of primes) {
      if (p * p > n) break;
      work += Math.floor((n - p * p) / p) + 1;
    }
    N[i] = n;
    crossOuts[i] = work;
    leading[i] = n * Math.log(Math.log(n));
    mertens[i] = n * (Math.log(Math.log(Math.sqrt(n))) + MERTENS - 1 / Math.log(n));
  }
  return { N, crossOuts, leading, mertens };
}
