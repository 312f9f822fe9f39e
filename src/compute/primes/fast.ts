// π(x) and the sum of the primes ≤ x in about x^{2/3} steps: Lucy_Hedgehog's recursion kept only on
// the large values v = ⌊x/k⌋ > y (k ≤ L = ⌊x/(y+1)⌋), with y ≈ x^{2/3}. Every small value it needs is
// read, not stored: from a finished prime table when ⌊v/p⌋ < p² (nothing composite is left there
// once the primes below p are gone), from the sieve in progress with its Fenwick tree otherwise, and
// by formula for the primes up to 17 (wheel.ts). The notebook's race widget times this against the
// plain recursion (lucy.ts) and the sieve (sieve.ts).
import { PRESIEVE_MAX } from './bits';
import { crossOut, sieveTree, subtractFromTree } from './fenwick';
import { limbTable, setProductPlus, sumAt } from './limbs';
import { countAtMost, oddNumbersUpTo, subtractFromLarge, subtractFromTable } from './lucyUpdates';
import { MAX_TABLE_Y, primeTable, tableCountSum, tableHasPrime } from './primeTable';
import { throttled, type Progress } from './progress';
import { coprimes, subtractFromWheel, WHEEL_PRIMES } from './wheel';

/** y = Y_FACTOR·x^{2/3}: the split between stored large values and sieved small ones. */
export const Y_FACTOR = 0.25;

/** What the method did, for the race widget. */
export interface FastWork {
  /** Sieve limit and number of large values kept. */
  y: number;
  large: number;
  /** Numbers crossed out of the Fenwick sieve, queries answered by it, and table look-ups. */
  crossOuts: number;
  treeQueries: number;
  tableLookups: number;
  /** Updates whose ⌊v/p⌋ was itself a large value. */
  largeUpdates: number;
}

export interface FastResult {
  count: bigint;
  sum: bigint;
  work: FastWork;
}

/** π(x) and Σ_{p ≤ x} p for an integer 0 ≤ x < 2^53 with x ≤ MAX_TABLE_Y^{3/2} (arguments checked by the caller). */
export function fastPrimeSums(x: number, onProgress?: Progress, yFactor = Y_FACTOR): FastResult {
  const report = throttled(onProgress);
  const work: FastWork = { y: 0, large: 0, crossOuts: 0, treeQueries: 0, tableLookups: 0, largeUpdates: 0 };
  if (x < 2) return { count: 0n, sum: 0n, work };
  const sq = Math.floor(Math.sqrt(x));
  const y = Math.min(x, MAX_TABLE_Y, Math.max(sq, Math.min(x, 1000), Math.round(yFactor * Math.cbrt(x * x))));
  const L = Math.floor(x / (y + 1));
  work.y = y;
  work.large = L;
  const table = primeTable(y);
  report(0.05);
  if (L === 0) {
    const { count, sum } = tableCountSum(table, x);
    report(1);
    return { count: BigInt(count), sum: BigInt(sum), work };
  }
  // Entry k: v = ⌊x/k⌋ after removing the even numbers: 2 and the odd numbers 3…v, that is
  // ⌊(v+1)/2⌋ numbers adding up to m² + 1 with m = ⌊(v+1)/2⌋.
  const t = limbTable(L + 1);
  for (let k = 1; k <= L; k++) {
    const m = Math.floor((Math.floor(x / k) + 1) / 2);
    t.count[k] = m;
    setProductPlus(t, k, m, m, 1);
  }
  const live = oddNumbersUpTo(L);
  let n = live.length;
  let belowCount = 1, belowSum = 2; // the primes below p: so far only 2
  /** Shrinks the live list for p (see the header), then returns where its three update kinds start. */
  const prepare = (p: number, kMax: number) => {
    while (n > 0 && live[n - 1] > kMax) n--;
    let kept = 1;
    for (let j = 1; j < n; j++) if (live[j] % p !== 0) live[kept++] = live[j];
    n = kept;
    const jl = countAtMost(live, n, Math.floor(L / p));
    const jh = Math.max(jl, countAtMost(live, n, Math.floor(x / (p * p * p))));
    work.largeUpdates += jl;
    return { jl, jh };
  };
  for (let a = 1; a < WHEEL_PRIMES.length && WHEEL_PRIMES[a] <= sq; a++) {
    const p = WHEEL_PRIMES[a];
    const { jl } = prepare(p, Math.min(L, Math.floor(x / (p * p))));
    subtractFromLarge(t, p, live, jl, belowCount, belowSum);
    subtractFromWheel(t, x, p, live, jl, n, coprimes(a));
    work.tableLookups += n - jl;
    belowCount += 1;
    belowSum += p;
  }
  const rootY = Math.floor(Math.sqrt(y));
  const tree = rootY > PRESIEVE_MAX && sq > PRESIEVE_MAX ? sieveTree((y - 1) >> 1) : null;
  report(0.12);
  let p = PRESIEVE_MAX + 2;
  for (; p <= sq; p += 2) {
    if (!tableHasPrime(table, p)) continue;
    const { jl, jh } = prepare(p, Math.min(L, Math.floor(x / (p * p))));
    subtractFromLarge(t, p, live, jl, belowCount, belowSum);
    // ⌊v/p⌋ ≥ p² only while p ≤ √y: there the sieve in progress has the answer.
    if (tree && p <= rootY && jh > jl) subtractFromTree(t, x, p, live, jl, jh, tree, belowCount, belowSum);
    subtractFromTable(t, x, p, live, jh, n, table, belowCount, belowSum);
    work.treeQueries += jh - jl;
    work.tableLookups += n - jh;
    belowCount += 1;
    belowSum += p;
    if (tree && p <= rootY) {
      work.crossOuts += crossOut(tree, p);
      report(0.12 + (0.78 * p) / rootY);
    } else report(0.9 + (0.1 * p) / sq);
  }
  report(1);
  return { count: BigInt(t.count[1]), sum: sumAt(t, 1), work };
}

