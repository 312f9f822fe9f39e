// Franklin's involution (F. Franklin, Comptes Rendus 92, 1881) on partitions into distinct parts: the
// bijective proof of Euler's pentagonal number theorem Π(1 − x^k) = Σ_j (−1)^j x^{j(3j−1)/2}. It pairs
// each partition with an even number of parts with one with an odd number, by moving cells between the
// smallest part and the "slope" (the run of consecutive parts that starts at the largest one); the only
// partitions it cannot move are (k, k+1, …, 2k−1) and (k+1, …, 2k), of sums k(3k∓1)/2.
import { parsePartition } from './parse';
import { requireInteger } from '../numerics/checks';

/** Largest n whose partitions into distinct parts distinctPartitions lists (q(60) = 966). */
export const MAX_FRANKLIN_LIST_N = 60;
/** Largest N for signedDistinctCounts: q(500) ≈ 7.3·10^14, so every count is an exact float64 integer. */
export const MAX_FRANKLIN_COUNT_N = 500;

/** What Franklin's map does to one partition. */
export type FranklinKind =
  /** The smallest part s ≤ slope σ: its cells go one each onto the ends of the s largest parts. */
  | 'bottom-to-slope'
  /** s > σ: the last cell of each slope part comes off and the σ cells become a new smallest part. */
  | 'slope-to-bottom'
  /** No move is possible: the empty partition or (k, …, 2k−1) / (k+1, …, 2k), at a pentagonal number. */
  | 'fixed';

/** One application of Franklin's map, with the quantities that decide it. */
export interface FranklinMove {
  /** The partition, largest part first. */
  parts: number[];
  /** Its image (equal to `parts` when fixed). */
  image: number[];
  kind: FranklinKind;
  /** The smallest part s (0 for the empty partition). */
  smallest: number;
  /** The slope σ: how many parts continue the largest one down by steps of 1 (0 for the empty partition). */
  slope: number;
  /** For a fixed point: the j with n = j(3j − 1)/2 (k for (k, …, 2k−1), −k for (k+1, …, 2k), 0 for n = 0); else null. */
  pentagonalIndex: number | null;
}

/** Checks a partition into distinct positive parts and returns it largest first; throws a reader-facing message. */
export function requireDistinctParts(parts: readonly number[]): number[] {
  if (!Array.isArray(parts)) throw new Error('parts must be an array of positive whole numbers');
  parts.forEach((p, i) => requireInteger(`parts[${i}]`, p, 1, Number.MAX_SAFE_INTEGER));
  const sorted = [...parts].sort((a, b) => b - a);
  for (let i = 1; i < sorted.length; i++) {
    if (sorted[i] === sorted[i - 1]) throw new Error(`${sorted[i]} appears more than once: the parts must be distinct`);
  }
  return sorted;
}

/** Reads a typed partition ("7+6+5+2") and checks that its parts are distinct; messages are reader-facing. */
export function parseDistinctPartition(text: string, maxSum: number): number[] {
  return requireDistinctParts(parsePartition(text, maxSum));
}

/** σ: the number of parts λ₁, λ₁ − 1, λ₁ − 2, … present from the top (parts largest first, distinct). */
export function slopeLength(parts: readonly number[]): number {
  let sigma = parts.length === 0 ? 0 : 1;
  while (sigma < parts.length && parts[sigma] === parts[sigma - 1] - 1) sigma++;
  return sigma;
}

/** Franklin's map on a partition into distinct parts (any order), with the reason for what it does. */
export function franklinMove(input: readonly number[]): FranklinMove {
  const parts = requireDistinctParts(input);
  const k = parts.length;
  if (k === 0) return { parts, image: [], kind: 'fixed', smallest: 0, slope: 0, pentagonalIndex: 0 };
  const s = parts[k - 1];
  const sigma = slopeLength(parts);
  const fixed = (j: number): FranklinMove => ({ parts, image: [...parts], kind: 'fixed', smallest: s, slope: sigma, pentagonalIndex: j });
  if (s <= sigma) {
    // The bottom row would have to land on s rows, but when the slope reaches the bottom and s = k only
    // k − 1 rows remain above it: the partition (k, …, 2k−1).
    if (sigma === k && s === k) return fixed(k);
    const image = parts.slice(0, k - 1).map((p, i) => (i < s ? p + 1 : p));
    return { parts, image, kind: 'bottom-to-slope', smallest: s, slope: sigma, pentagonalIndex: null };
  }
  // The new bottom row σ must stay below the old one, which itself loses a cell when the slope reaches
  // the bottom: blocked exactly when s − 1 = σ = k, the partition (k+1, …, 2k).
  if (sigma === k && s === k + 1) return fixed(-k);
  const image = parts.map((p, i) => (i < sigma ? p - 1 : p));
  image.push(sigma);
  return { parts, image, kind: 'slope-to-bottom', smallest: s, slope: sigma, pentagonalIndex: null };
}

/** The image of a partition under Franklin's map. */
export function franklin(parts: readonly number[]): number[] {
  return franklinMove(parts).image;
}

/** The generalised pentagonal number j(3j − 1)/2 (j = 1, −1, 2, −2, … gives 1, 2, 5, 7, 12, 15, …). */
export function pentagonal(j: number): number {
  return j === 0 ? 0 : (j * (3 * j - 1)) / 2;
}

/** The coefficient of x^n in Π(1 − x^k) by Euler's theorem: (−1)^j at n = j(3j − 1)/2, else 0. */
export function eulerCoefficient(n: number): -1 | 0 | 1 {
  requireInteger('n', n, 0, Number.MAX_SAFE_INTEGER);
  // n = j(3j−1)/2 ⇔ 24n + 1 = (6j − 1)²; j = (1 ± r)/6 must be an integer.
  const r = Math.round(Math.sqrt(24 * n + 1));
  if (r * r !== 24 * n + 1) return 0;
  const j = (1 + r) % 6 === 0 ? (1 + r) / 6 : (1 - r) / 6;
  return j % 2 === 0 ? 1 : -1;
}

/** Every partition of n into distinct parts, largest part first, in reverse lexicographic order. */
export function distinctPartitions(n: number): number[][] {
  requireInteger('n', n, 0, MAX_FRANKLIN_LIST_N);
  const out: number[][] = [];
  const walk = (rest: number, max: number, acc: number[]): void => {
    if (rest === 0) {
      out.push([...acc]);
      return;
    }
    // Parts below `max` and at least big enough that the distinct parts below can still fill `rest`.
    for (let p = Math.min(rest, max); p >= 1 && (p * (p + 1)) / 2 >= rest; p--) {
      acc.push(p);
      walk(rest - p, p - 1, acc);
      acc.pop();
    }
  };
  walk(n, n, []);
  return out;
}

/**
 * q_even(n) and q_odd(n), the partitions of n into an even and an odd number of distinct parts, for
 * n = 0 … N, counted independently of Euler's theorem: Π(1 + y·x^k) expanded with y's parity kept.
 * Float64 is exact here (all counts stay below 2^53 for N ≤ 500) and a hundred times faster than BigInt.
 */
export function signedDistinctCounts(N: number): { even: Float64Array; odd: Float64Array } {
  requireInteger('N', N, 0, MAX_FRANKLIN_COUNT_N);
  const even = new Float64Array(N + 1);
  const odd = new Float64Array(N + 1);
  even[0] = 1;
  for (let k = 1; k <= N; k++) {
    // Using part k flips the parity of the number of parts; going down, index n − k still holds the
    // counts without part k when n is updated.
    for (let n = N; n >= k; n--) {
      even[n] += odd[n - k];
      odd[n] += even[n - k];
    }
  }
  return { even, odd };
}
