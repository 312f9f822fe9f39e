/**
 * Samplers for the quantization model: which quanta have been seen at least τ times after D samples
 * from the use-frequency distribution p. Two equivalent routes:
 * - 'poisson' (fast, O(K·τ)): in a Poisson stream of samples at unit rate, quantum k arrives at rate
 *   p_k, so its τ-th arrival time is T_k ~ Gamma(τ, p_k); it is learned after D samples iff T_k ≤ D.
 *   This is the classical Poissonisation of the multinomial (the sample count is Poisson(D), not D).
 * - 'tokens' (exact, O(D_max + K)): draw D_max tokens one by one with Walker's alias method, counting,
 *   and record the unlearned mass at each checkpoint D.
 */

/** Walker/Vose alias table for O(1) sampling from a discrete distribution (Vose 1991). */
export interface AliasTable { prob: Float64Array; alias: Int32Array }

/** Builds the alias table of p (non-negative, summing to 1) in O(K) (Vose, IEEE TSE 17(9), 1991). */
export function aliasTable(p: Float64Array): AliasTable {
  const K = p.length;
  const prob = new Float64Array(K);
  const alias = new Int32Array(K);
  const scaled = Float64Array.from(p, (v) => v * K);
  const small: number[] = [];
  const large: number[] = [];
  for (let i = 0; i < K; i++) (scaled[i] < 1 ? small : large).push(i);
  while (small.length > 0 && large.length > 0) {
    const s = small.pop() as number;
    const l = large[large.length - 1];
    prob[s] = scaled[s];
    alias[s] = l;
    scaled[l] += scaled[s] - 1;
    if (scaled[l] < 1) small.push(large.pop() as number);
  }
  for (const i of large) { prob[i] = 1; alias[i] = i; }
  for (const i of small) { prob[i] = 1; alias[i] = i; } // rounding leftovers
  return { prob, alias };
}

/**
 * Unlearned probability mass Σ_{k: count_k < τ} p_k (+ `rest`, the mass of quanta that are never
 * learned) and the learned count after each checkpoint D (ascending), one simulation for all checkpoints.
 */
export function unlearnedMass(
  p: Float64Array, rest: number, tau: number, checkpoints: Float64Array, rand: () => number, sampler: 'poisson' | 'tokens',
): { mass: Float64Array; learned: Float64Array } {
  return sampler === 'tokens' ? byTokens(p, rest, tau, checkpoints, rand) : byArrivalTimes(p, rest, tau, checkpoints, rand);
}

function byArrivalTimes(p: Float64Array, rest: number, tau: number, checkpoints: Float64Array, rand: () => number) {
  const J = checkpoints.length;
  const learnedMassAt = new Float64Array(J + 1); // mass first learned by checkpoint j (J = never)
  const learnedAt = new Float64Array(J + 1);
  learnedMassAt[J] = rest;
  for (let k = 0; k < p.length; k++) {
    // Gamma(τ, 1) as a sum of τ standard exponentials, then scaled by 1/p_k.
    let g = 0;
    for (let t = 0; t < tau; t++) g -= Math.log(1 - rand());
    const T = g / p[k];
    let lo = 0;
    let hi = J; // first checkpoint with D ≥ T, or J
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (checkpoints[mid] >= T) hi = mid; else lo = mid + 1;
    }
    learnedMassAt[lo] += p[k];
    learnedAt[lo]++;
  }
  return accumulate(learnedMassAt, learnedAt);
}

/** From the mass and count first learned at each checkpoint (index J = never), the unlearned mass (a suffix sum, so small losses keep full precision) and learned count at each. */
function accumulate(learnedMassAt: Float64Array, learnedAt: Float64Array): { mass: Float64Array; learned: Float64Array } {
  const J = learnedMassAt.length - 1;
  const mass = new Float64Array(J);
  const learned = new Float64Array(J);
  let unlearned = learnedMassAt[J];
  for (let j = J - 1; j >= 0; j--) {
    mass[j] = unlearned;
    unlearned += learnedMassAt[j];
  }
  let count = 0;
  for (let j = 0; j < J; j++) {
    count += learnedAt[j];
    learned[j] = count;
  }
  return { mass, learned };
}

function byTokens(p: Float64Array, rest: number, tau: number, checkpoints: Float64Array, rand: () => number) {
  const K = p.length;
  // Outcome K stands for "a quantum beyond K": drawn, but never counted.
  const withRest = new Float64Array(K + 1);
  withRest.set(p);
  withRest[K] = rest;
  const { prob, alias } = aliasTable(withRest);
  const counts = new Uint32Array(K + 1);
  const J = checkpoints.length;
  const learnedMassAt = new Float64Array(J + 1);
  const learnedAt = new Float64Array(J + 1);
  learnedMassAt[J] = rest;
  let drawn = 0;
  for (let j = 0; j < J; j++) {
    const target = Math.round(checkpoints[j]);
    for (; drawn < target; drawn++) {
      const u = rand() * (K + 1);
      const i = u | 0;
      const k = u - i < prob[i] ? i : alias[i];
      if (++counts[k] === tau && k < K) {
        learnedMassAt[j] += p[k];
        learnedAt[j]++;
      }
    }
  }
  for (let k = 0; k < K; k++) {
    if (counts[k] < tau) {
      learnedMassAt[J] += p[k];
      learnedAt[J]++;
    }
  }
  return accumulate(learnedMassAt, learnedAt);
}
