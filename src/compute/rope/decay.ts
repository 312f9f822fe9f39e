import { FAST_COS_LIMIT, fastCos } from '../numerics/fastCos';
import { requireInvFreq } from './args';
import { requireInteger } from '../numerics/checks';

// RoFormer's long-range decay (Su et al. 2021, §3.4.3; kexue.fm/archives/8265): with q = k = all ones
// the relative score at distance r is s(r) = (2/d) Σ_i cos(r·θ_i). Every integer distance is needed
// because each bucket reports the min and max over all of its distances, so this is m·(N+1) cosines
// (16.8M for d = 256 and N = 131072) and exact Math.cos per term is far too slow. Two cheaper exact
// paths share the work:
// - fast pairs (θ·h > 1/2, h = half a block): Reinsch's form of the Chebyshev recurrence,
//   dₙ₊₁ = dₙ − 4 sin²(θ/2)·cₙ, cₙ₊₁ = cₙ + dₙ₊₁, which stays accurate for small θ where the plain
//   cₙ₊₁ = 2cos θ·cₙ − cₙ₋₁ loses digits; four pairs run side by side so the CPU overlaps their
//   dependency chains, and every ANCHOR distances they restart from exact cos/sin so error cannot build.
// - slow pairs (θ·h ≤ 1/2): within a block of BLOCK distances around centre c, cos((c + x)θ) is the
//   Taylor series of C·cos(xθ) − S·sin(xθ), and the sum over all slow pairs is ONE polynomial of degree
//   13 in u = x/h ∈ [−1, 1] (truncation error < 1e-15 per pair), so their cost per distance no longer
//   grows with their number. Block centres advance by an exact-anchored rotation.

const BLOCK = 128;            // distances per slow-pair polynomial block
const HALF = (BLOCK - 1) / 2; // h: the block centre's distance from its ends
const DEGREE = 13;            // Taylor degree, (1/2)^14 / 14! ≈ 7e-16; odd, and written out in addSlow's loop
const ANCHOR = 1024;          // fast pairs: distances between exact restarts
const SLOW_ANCHOR = 64;       // slow pairs: blocks between exact restarts of the centre rotation

/** Ceiling on `maxDistance`: time and memory grow linearly (about 8 MB of scratch at this size). */
export const ROPE_DECAY_MAX_DISTANCE = 1 << 20;

/** Per-bucket decay curve: arrays of equal length, one entry per bucket of consecutive integer distances. */
export interface RopeDecay {
  /** First distance of the bucket; `value` is s at this distance. */
  distance: Float64Array;
  /** Last distance of the bucket (inclusive). */
  distanceEnd: Float64Array;
  /** s(distance) = mean over i of cos(distance·θ_i). */
  value: Float64Array;
  /** Minimum of s over every integer distance in the bucket. */
  min: Float64Array;
  /** Maximum of s over every integer distance in the bucket. */
  max: Float64Array;
}

/**
 * RoFormer long-range decay s(r) = mean_i cos(r·θ_i) for r = 0 … maxDistance, reduced to at most
 * `points` buckets (linear, or log-spaced with bucket 0 = distance 0) carrying the sample at each
 * bucket start and the min/max over all distances inside it (Su et al. 2021, §3.4.3). Agrees with
 * direct Math.cos sums to about 1e-13; d = 256 over 131072 distances takes roughly 10 ms in Node.
 */
export function ropeDecay(args: {
  invFreq: Float64Array | number[]; maxDistance: number; points: number; spacing?: 'linear' | 'log';
}): RopeDecay {
  const theta = requireInvFreq('invFreq', args.invFreq, 4096);
  const { maxDistance, points, spacing } = checkBuckets(args);
  const sum = new Float64Array(maxDistance + 1);
  const fast: number[] = [];
  const slow: number[] = [];
  for (const t of theta) (t * HALF > 0.5 ? fast : slow).push(t);
  addFast(sum, fast);
  if (slow.length > 0) addSlow(sum, slow);
  return buckets(sum, theta.length, bucketStarts(maxDistance, points, spacing));
}

/**
 * ropeDecay for several frequency lists over the same distances (one list per scaling method). A fast
 * pair whose θ appears bitwise-equal in several lists (YaRN and Llama 3 keep plain RoPE's fast pairs)
 * is summed once and added to each list's total; the fast pairs are where the time goes. Same buckets,
 * and the same values up to summation order (about 1e-15), as ropeDecay called per list.
 */
export function ropeDecayMany(args: ManyArgs): RopeDecay[] {
  const { thetas, maxDistance, points, spacing } = checkMany(args);
  const sums = thetas.map(() => new Float64Array(maxDistance + 1));
  const partial = new Float64Array(maxDistance + 1);
  for (const { counts, shared } of sharedGroups(thetas, (t) => t * HALF > 0.5)) {
    partial.fill(0);
    addFast(partial, shared);
    addCounted(sums, counts, partial);
  }
  const starts = bucketStarts(maxDistance, points, spacing);
  return thetas.map((list, k) => {
    const slow = Array.from(list).filter((t) => t * HALF <= 0.5);
    if (slow.length > 0) addSlow(sums[k], slow);
    return buckets(sums[k], list.length, starts);
  });
}

/**
 * The distinct θ of several lists that pass `keep`, grouped by how many times each list holds them:
 * a group's cosines are summed once and added to each list `counts[k]` times.
 */
function sharedGroups(thetas: Float64Array[], keep: (t: number) => boolean): { counts: number[]; shared: number[] }[] {
  const uses = new Map<number, number[]>();
  for (const [k, list] of thetas.entries()) {
    for (const t of list) {
      if (!keep(t)) continue;
      const counts = uses.get(t) ?? new Array<number>(thetas.length).fill(0);
      counts[k]++;
      uses.set(t, counts);
    }
  }
  const groups = new Map<string, { counts: number[]; shared: number[] }>();
  for (const [t, counts] of uses) {
    const key = counts.join(',');
    const group = groups.get(key) ?? { counts, shared: [] };
    group.shared.push(t);
    groups.set(key, group);
  }
  return [...groups.values()];
}

/** sums[k] += counts[k] · partial, for every list k that holds the group. */
function addCounted(sums: Float64Array[], counts: number[], partial: Float64Array): void {
  for (const [k, c] of counts.entries()) {
    if (c === 0) continue;
    const sum = sums[k];
    for (let r = 0; r < sum.length; r++) sum[r] += c * partial[r];
  }
}

/** The bucket starts alone: s at each bucket's first distance, without the min/max over the bucket. */
export type RopeDecaySamples = Pick<RopeDecay, 'distance' | 'distanceEnd' | 'value'>;

/**
 * ropeDecayMany without the envelope: s(r) = mean_i cos(r·θ_i) at each bucket's first distance only,
 * by direct cosine sums (fastCos; about `points` × pairs cosines per list, not pairs × maxDistance): a few
 * milliseconds where the envelope takes tens, so a plot can follow a slider and add the envelope when
 * the slider rests. Same buckets and values (up to summation order) as ropeDecayMany. A θ repeated
 * across lists (YaRN and Llama 3 keep plain RoPE's fast pairs) is evaluated once.
 */
export function ropeDecaySamples(args: ManyArgs): RopeDecaySamples[] {
  const { thetas, maxDistance, points, spacing } = checkMany(args);
  const starts = bucketStarts(maxDistance, points, spacing);
  const count = starts.length;
  const sums = thetas.map(() => new Float64Array(count));
  const partial = new Float64Array(count);
  for (const { counts, shared } of sharedGroups(thetas, () => true)) {
    partial.fill(0);
    for (const t of shared) {
      // Starts increase, so the last one decides whether every argument is in fastCos's range.
      if (starts[count - 1] * t <= FAST_COS_LIMIT) for (let b = 0; b < count; b++) partial[b] += fastCos(starts[b] * t);
      else for (let b = 0; b < count; b++) partial[b] += Math.cos(starts[b] * t);
    }
    addCounted(sums, counts, partial);
  }
  return thetas.map((list, k) => {
    const distance = new Float64Array(count), distanceEnd = new Float64Array(count), value = sums[k];
    for (let b = 0; b < count; b++) {
      distance[b] = starts[b];
      distanceEnd[b] = b + 1 < count ? starts[b + 1] - 1 : maxDistance;
      value[b] /= list.length;
    }
    return { distance, distanceEnd, value };
  });
}

interface ManyArgs {
  invFreqs: readonly (Float64Array | number[])[]; maxDistance: number; points: number; spacing?: 'linear' | 'log';
}

function checkMany(args: ManyArgs) {
  if (!Array.isArray(args.invFreqs)) throw new Error('invFreqs must be an array of frequency lists');
  const thetas = args.invFreqs.map((f, k) => requireInvFreq(`invFreqs[${k}]`, f, 4096));
  return { thetas, ...checkBuckets(args) };
}

/** The distances and their bucketing, as every decay function takes them. */
function checkBuckets(args: { maxDistance: number; points: number; spacing?: 'linear' | 'log' }) {
  const maxDistance = requireInteger('maxDistance', args.maxDistance, 1, ROPE_DECAY_MAX_DISTANCE);
  const points = requireInteger('points', args.points, 2, 100000);
  const spacing = args.spacing ?? 'linear';
  if (spacing !== 'linear' && spacing !== 'log') {
    throw new Error(`spacing must be 'linear' or 'log', got ${String(spacing)}`);
  }
  return { maxDistance, points, spacing };
}

/** Adds cos(r·θ) for every θ in `thetas` and r = 0 … sum.length − 1, by the anchored Reinsch recurrence. */
function addFast(sum: Float64Array, thetas: number[]): void {
  const last = sum.length - 1;
  let i = 0;
  for (; i + 4 <= thetas.length; i += 4) {
    const t0 = thetas[i], t1 = thetas[i + 1], t2 = thetas[i + 2], t3 = thetas[i + 3];
    const k0 = reinschK(t0), k1 = reinschK(t1), k2 = reinschK(t2), k3 = reinschK(t3);
    for (let start = 0; start <= last; start += ANCHOR) {
      let c0 = Math.cos(start * t0), c1 = Math.cos(start * t1), c2 = Math.cos(start * t2), c3 = Math.cos(start * t3);
      let d0 = reinschD(start, t0), d1 = reinschD(start, t1), d2 = reinschD(start, t2), d3 = reinschD(start, t3);
      const end = Math.min(last, start + ANCHOR - 1);
      for (let r = start; r <= end; r++) {
        sum[r] += (c0 + c1) + (c2 + c3);
        d0 += k0 * c0; c0 += d0;
        d1 += k1 * c1; c1 += d1;
        d2 += k2 * c2; c2 += d2;
        d3 += k3 * c3; c3 += d3;
      }
    }
  }
  for (; i < thetas.length; i++) {
    const t = thetas[i], k = reinschK(t);
    for (let start = 0; start <= last; start += ANCHOR) {
      let c = Math.cos(start * t), d = reinschD(start, t);
      const end = Math.min(last, start + ANCHOR - 1);
      for (let r = start; r <= end; r++) { sum[r] += c; d += k * c; c += d; }
    }
  }
}

/** k = 2cos θ − 2, written as −4 sin²(θ/2) so it keeps full precision for small θ. */
function reinschK(t: number): number {
  const h = Math.sin(t / 2);
  return -4 * h * h;
}

/** d at distance r: cos(rθ) − cos((r − 1)θ) = −2 sin((r − ½)θ) sin(θ/2), exact. */
function reinschD(r: number, t: number): number {
  return -2 * Math.sin((r - 0.5) * t) * Math.sin(t / 2);
}

/** Adds Σ cos(r·θ) over the slow pairs, one Taylor polynomial per block of BLOCK distances. */
function addSlow(sum: Float64Array, thetas: number[]): void {
  const m = thetas.length, terms = DEGREE + 1;
  // taylor[i·terms + q] = (−1)^⌊q/2⌋ (h·θ_i)^q / q!, so that with C = cos(cθ), S = sin(cθ) at block centre c,
  // cos((c + h·u)θ) = Σ_q u^q · (q even ? C : −S) · taylor_q.
  const taylor = new Float64Array(m * terms);
  const stepCos = new Float64Array(m), stepSin = new Float64Array(m);
  for (let i = 0; i < m; i++) {
    const b = HALF * thetas[i];
    let term = 1;
    for (let q = 0; q < terms; q++) {
      taylor[i * terms + q] = q % 4 >= 2 ? -term : term;
      term *= b / (q + 1);
    }
    stepCos[i] = Math.cos(BLOCK * thetas[i]);
    stepSin[i] = Math.sin(BLOCK * thetas[i]);
  }
  const cosC = new Float64Array(m), sinC = new Float64Array(m);
  const a = new Float64Array(terms);
  const last = sum.length - 1;
  for (let block = 0, start = 0; start <= last; block++, start += BLOCK) {
    const centre = start + HALF;
    a.fill(0);
    for (let i = 0; i < m; i++) {
      let c: number, s: number;
      if (block % SLOW_ANCHOR === 0) {
        c = Math.cos(centre * thetas[i]); s = Math.sin(centre * thetas[i]);
      } else {
        c = cosC[i] * stepCos[i] - sinC[i] * stepSin[i];
        s = sinC[i] * stepCos[i] + cosC[i] * stepSin[i];
      }
      cosC[i] = c; sinC[i] = s;
      const row = i * terms;
      for (let q = 0; q < terms; q += 2) {
        a[q] += c * taylor[row + q];
        a[q + 1] -= s * taylor[row + q + 1];
      }
    }
    const a0 = a[0], a1 = a[1], a2 = a[2], a3 = a[3], a4 = a[4], a5 = a[5], a6 = a[6];
    const a7 = a[7], a8 = a[8], a9 = a[9], a10 = a[10], a11 = a[11], a12 = a[12], a13 = a[13];
    const end = Math.min(last, start + BLOCK - 1);
    for (let r = start; r <= end; r++) {
      const u = (r - centre) / HALF, u2 = u * u;
      const even = a0 + u2 * (a2 + u2 * (a4 + u2 * (a6 + u2 * (a8 + u2 * (a10 + u2 * a12)))));
      const odd = a1 + u2 * (a3 + u2 * (a5 + u2 * (a7 + u2 * (a9 + u2 * (a11 + u2 * a13)))));
      sum[r] += even + u * odd;
    }
  }
}

/** First distance of each bucket over 0 … maxDistance: evenly spaced, or distance 0 then geometric. */
function bucketStarts(maxDistance: number, points: number, spacing: 'linear' | 'log'): Int32Array {
  const n = maxDistance + 1;
  const count = Math.min(points, n);
  const starts = new Int32Array(count);
  if (spacing === 'linear' || count === n) {
    for (let b = 0; b < count; b++) starts[b] = Math.floor((b * n) / count);
    return starts;
  }
  // Bucket k ≥ 1 starts near n^((k−1)/(count−1)); forced strictly increasing, and capped so that the
  // buckets still to come keep one distance each.
  for (let k = 1; k < count; k++) {
    const geometric = Math.round(n ** ((k - 1) / (count - 1)));
    starts[k] = Math.min(Math.max(starts[k - 1] + 1, geometric), maxDistance - (count - 1 - k));
  }
  return starts;
}

function buckets(sum: Float64Array, pairs: number, starts: Int32Array): RopeDecay {
  const count = starts.length;
  const out: RopeDecay = {
    distance: new Float64Array(count), distanceEnd: new Float64Array(count),
    value: new Float64Array(count), min: new Float64Array(count), max: new Float64Array(count),
  };
  for (let b = 0; b < count; b++) {
    const from = starts[b];
    const to = b + 1 < count ? starts[b + 1] - 1 : sum.length - 1;
    let lo = Infinity, hi = -Infinity;
    for (let r = from; r <= to; r++) {
      const v = sum[r];
      if (v < lo) lo = v;
      if (v > hi) hi = v;
    }
    out.distance[b] = from;
    out.distanceEnd[b] = to;
    out.value[b] = sum[from] / pairs;
    out.min[b] = lo / pairs;
    out.max[b] = hi / pairs;
  }
  return out;
}
