// The sieve in progress, with prefix counts and sums on demand (the Fenwick-tree idea of gbroxey's
// "Lucy's algorithm + Fenwick trees"). The odd numbers ≤ y are bits; a Fenwick tree over groups of
// 8 words (256 odd numbers) holds how many bits are still set in each group and the sum of their
// numbers. Crossing out one number updates log₂(y/512) tree nodes; a prefix query adds as many nodes
// plus the set bits of at most 8 words. Groups of 8 words keep the tree 8× smaller than one node per
// word (it stays in cache) at the price of a longer scan in queries, of which there are far fewer
// than cross-outs.
import { subtractScaled, type LimbTable } from './limbs';
import { popcount, presievedBits, wordNumberSum } from './bits';

/** log₂ of the words per tree leaf. */
const GROUP = 3;

export interface SieveTree {
  /** Largest odd index: bits 0…Y stand for 1, 3, …, 2Y + 1. */
  Y: number;
  bits: Int32Array;
  /** Node j (1-based) at [2j, 2j + 1]: count and sum of the set bits it covers. */
  tree: Float64Array;
  leaves: number;
}

/** The pre-sieved odd numbers ≤ 2Y + 1 (no factor ≤ 17) with their tree, built in linear time. */
export function sieveTree(Y: number): SieveTree {
  const bits = presievedBits(Y);
  const leaves = (bits.length >> GROUP) + 1;
  const tree = new Float64Array(2 * leaves + 2);
  for (let w = 0; w < bits.length; w++) {
    const j = (w >> GROUP) + 1;
    tree[2 * j] += popcount(bits[w]);
    tree[2 * j + 1] += wordNumberSum(bits[w], w);
  }
  for (let j = 1; j <= leaves; j++) {
    const up = j + (j & -j);
    if (up <= leaves) {
      tree[2 * up] += tree[2 * j];
      tree[2 * up + 1] += tree[2 * j + 1];
    }
  }
  return { Y, bits, tree, leaves };
}

/** Crosses out the multiples p², p² + 2p, … still present; returns how many were crossed. */
export function crossOut(s: SieveTree, p: number): number {
  const { bits, tree, leaves, Y } = s;
  let crossed = 0;
  for (let i = (p * p - 1) >> 1; i <= Y; i += p) {
    const w = i >> 5, mask = 1 << (i & 31), v = bits[w];
    if ((v & mask) === 0) continue;
    bits[w] = v ^ mask;
    crossed++;
    const n = 2 * i + 1;
    for (let j = (w >> GROUP) + 1; j <= leaves; j += j & -j) {
      tree[2 * j] -= 1;
      tree[2 * j + 1] -= n;
    }
  }
  return crossed;
}

/**
 * Lucy's update for the prime p at the large entries k = live[j], j0 ≤ j < j1, whose w = ⌊x/(kp)⌋ ≥ p²
 * (so the sieve's state matters): count −= S(w, p−1) − π(p−1), sum −= p·(its sum version), with S
 * read from the tree; `belowCount` and `belowSum` are π(p−1) and the sum of the primes below p.
 */
export function subtractFromTree(t: LimbTable, x: number, p: number, live: Int32Array, j0: number, j1: number, s: SieveTree, belowCount: number, belowSum: number): void {
  const { bits, tree } = s;
  const count = t.count, hi = t.hi, lo = t.lo;
  for (let j = j0; j < j1; j++) {
    const k = live[j], w = Math.floor(x / (k * p));
    const i = (w - 1) >> 1, W = i >> 5, leaf = W >> GROUP;
    // 2 is not in the bits: it is counted here, and the primes below p are taken off.
    let c = 1 - belowCount, d = 2 - belowSum;
    for (let j = leaf; j > 0; j -= j & -j) {
      c += tree[2 * j];
      d += tree[2 * j + 1];
    }
    for (let u = leaf << GROUP; u <= W; u++) {
      const v = bits[u] & (u < W ? -1 : -1 >>> (31 - (i & 31)));
      c += popcount(v);
      d += wordNumberSum(v, u);
    }
    count[k] -= c;
    subtractScaled(hi, lo, k, p, d);
  }
}
