/**
 * A tiny seeded PRNG for the scaling kernels (bootstrap resampling, quanta sampling), so results are
 * reproducible from a seed and independent of Math.random.
 */

/** Mulberry32 (Tommy Ettinger, public domain): uniform floats in [0, 1) from a 32-bit seed, period 2³². */
export function mulberry32(seed: number): () => number {
  if (!Number.isInteger(seed)) throw new Error(`seed must be an integer, got ${seed}`);
  let s = seed >>> 0;
  return () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}
