// Listing what a coefficient counts, and Glaisher's bijection between partitions into odd parts and
// partitions into distinct parts (Glaisher 1883), for the Young-diagram widget.
import { gfCoefficients, type GFFactor } from './counts';
import { requireFactors } from './args';
import { requireInteger } from '../numerics/checks';
import { fail, shown } from '../errors';

/** Largest n for listPartitions and the Glaisher maps. */
export const MAX_LIST_N = 2000;
/** Largest `limit` for listPartitions. */
export const MAX_LIST_LIMIT = 10_000;

/** One solution: how many times each factor's step is used, and the parts that makes (non-increasing). */
export interface ListedPartition { counts: number[]; parts: number[] }

/** The first `limit` solutions, the exact count (the coefficient of x^n) and whether the list stops short. */
export interface PartitionListing { total: bigint; items: ListedPartition[]; truncated: boolean }

// A reachability table prunes dead ends, so listing costs O(limit · factors) after O(n · factors) set-up.
/** The ways n = Σ c_f·step_f (0 ≤ c_f ≤ maxCount_f) that the x^n coefficient counts, largest parts first. */
export function listPartitions(n: number, factors: GFFactor[], limit = 1000): PartitionListing {
  requireInteger('n', n, 0, MAX_LIST_N);
  const clean = requireFactors('factors', factors);
  requireInteger('limit', limit, 1, MAX_LIST_LIMIT);
  const total = gfCoefficients(clean, n)[n];
  // Factors by step, largest first (stable), so parts come out non-increasing.
  const order = clean.map((_, i) => i).sort((a, b) => clean[b].step - clean[a].step || a - b);
  const F = order.length;
  const step = order.map((i) => clean[i].step);
  const cap = order.map((i) => clean[i].maxCount ?? Infinity);
  // reach[f][r] = 1 when r can be made from factors f … F−1.
  const reach: Uint8Array[] = new Array(F + 1);
  reach[F] = new Uint8Array(n + 1);
  reach[F][0] = 1;
  for (let f = F - 1; f >= 0; f--) {
    const next = reach[f + 1];
    const cur = new Uint8Array(n + 1);
    const s = step[f];
    const span = (cap[f] + 1) * s; // Infinity when uncapped
    // window[r] = #{c ≤ cap : next[r − c·s] = 1}, slid along each residue class mod s
    const window = new Int32Array(n + 1);
    for (let r = 0; r <= n; r++) {
      window[r] = next[r] + (r >= s ? window[r - s] : 0) - (r >= span ? next[r - span] : 0);
      cur[r] = window[r] > 0 ? 1 : 0;
    }
    reach[f] = cur;
  }
  const items: ListedPartition[] = [];
  if (reach[0][n] === 1) collect(n, step, cap, reach, limit, (cnt) => {
    const counts = new Array<number>(F).fill(0);
    const parts: number[] = [];
    for (let f = 0; f < F; f++) {
      counts[order[f]] = cnt[f];
      for (let c = 0; c < cnt[f]; c++) parts.push(step[f]);
    }
    items.push({ counts, parts });
  });
  return { total, items, truncated: BigInt(items.length) < total };
}

/** Depth-first walk over the choices (largest count first), calling `emit` for each solution, at most `limit` times. */
function collect(n: number, step: number[], cap: number[], reach: Uint8Array[], limit: number, emit: (cnt: Int32Array) => void): void {
  const F = step.length;
  if (F === 0) { emit(new Int32Array(0)); return; }
  const cnt = new Int32Array(F);
  const rem = new Int32Array(F + 1);
  const choose = (f: number, r: number, from: number): number => {
    for (let c = Math.min(from, cap[f], Math.floor(r / step[f])); c >= 0; c--) if (reach[f + 1][r - c * step[f]] === 1) return c;
    return -1;
  };
  let emitted = 0;
  let f = 0;
  rem[0] = n;
  cnt[0] = choose(0, n, Infinity);
  while (f >= 0) {
    if (cnt[f] < 0) {
      f--;
      if (f >= 0) cnt[f] = choose(f, rem[f], cnt[f] - 1);
    } else if (f === F - 1) {
      emit(cnt);
      if (++emitted >= limit) return;
      cnt[f] = choose(f, rem[f], cnt[f] - 1);
    } else {
      rem[f + 1] = rem[f] - cnt[f] * step[f];
      f++;
      cnt[f] = choose(f, rem[f], Infinity);
    }
  }
}

function requireParts(name: string, parts: unknown, rule: 'odd' | 'distinct', maxSum: number): number[] {
  if (!Array.isArray(parts)) fail('partsNotArray', name, shown(parts));
  let sum = 0;
  const seen = new Set<number>();
  parts.forEach((p, i) => {
    requireInteger(`${name}[${i}]`, p, 1, maxSum);
    if (rule === 'odd' && p % 2 === 0) fail('partNotOdd', `${name}[${i}]`, p);
    if (rule === 'distinct' && seen.has(p)) fail('partRepeated', `${name}[${i}]`, p);
    seen.add(p);
    sum += p;
  });
  if (sum > maxSum) fail('partsSum', name, maxSum, sum);
  return parts as number[];
}

/** Glaisher: odd parts → distinct parts, by merging equal parts in pairs until none repeat (o with multiplicity Σ2^j ↦ the o·2^j). */
export function oddToDistinct(parts: number[]): number[] {
  const multiplicity = new Map<number, number>();
  for (const p of requireParts('parts', parts, 'odd', MAX_LIST_N)) multiplicity.set(p, (multiplicity.get(p) ?? 0) + 1);
  const out: number[] = [];
  for (const [o, m] of multiplicity) for (let j = 0; m >> j > 0; j++) if ((m >> j) & 1) out.push(o * 2 ** j);
  return out.sort((a, b) => b - a);
}

/** Glaisher: distinct parts → odd parts, splitting each even part into halves until odd (o·2^j ↦ 2^j copies of o). */
export function distinctToOdd(parts: number[]): number[] {
  const out: number[] = [];
  for (const p of requireParts('parts', parts, 'distinct', MAX_LIST_N)) {
    let o = p;
    let copies = 1;
    while (o % 2 === 0) { o /= 2; copies *= 2; }
    for (let c = 0; c < copies; c++) out.push(o);
  }
  return out.sort((a, b) => b - a);
}

/** Largest n for oddToDistinctSteps (its output has up to n partitions of n parts). */
export const MAX_STEPS_N = 200;

/** Each partition along oddToDistinct, one merge of two equal parts (the smallest repeated one) per step; first = input. */
export function oddToDistinctSteps(parts: number[]): number[][] {
  let cur = [...requireParts('parts', parts, 'odd', MAX_STEPS_N)].sort((a, b) => b - a);
  const steps = [cur];
  for (;;) {
    let pick = -1;
    for (let i = cur.length - 1; i > 0; i--) if (cur[i] === cur[i - 1]) { pick = cur[i]; break; }
    if (pick < 0) return steps;
    const at = cur.indexOf(pick);
    cur = [...cur.slice(0, at), ...cur.slice(at + 2), 2 * pick].sort((a, b) => b - a);
    steps.push(cur);
  }
}
