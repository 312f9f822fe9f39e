/**
 * Seeded pseudo-random numbers, so that a stochastic run (gradient noise, data set, initialisation,
 * shuffling) is reproduced exactly from the integer seed in a URL. Not for cryptography.
 */
import { requireInteger } from './checks';

/** Largest accepted seed: seeds are unsigned 32-bit integers. */
export const MAX_SEED = 0xffffffff;

/** A deterministic stream of uniform and normal variates. */
export interface Rng {
  /** Uniform on the open interval (0, 1), 32 bits of resolution. */
  uniform(): number;
  /** Standard normal N(0, 1). */
  normal(): number;
  /** Uniform integer in [0, n). */
  int(n: number): number;
}

/** MurmurHash3's 32-bit finaliser (fmix32): spreads nearby seeds (0, 1, 2, …) over the whole state space. */
export function mix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Seed of an independent sub-stream: mix32(seed ⊕ mix32(stream + 1)), so e.g. data and init never share draws. */
export function deriveSeed(seed: number, stream: number): number {
  requireInteger('seed', seed, 0, MAX_SEED);
  requireInteger('stream', stream, 0, MAX_SEED);
  return mix32((seed ^ mix32(stream + 1)) >>> 0);
}

/**
 * Mulberry32 generator (Tommy Ettinger, 2017; 32-bit state, period 2³²) with Box–Muller normals
 * (Box & Muller 1958: √(−2 ln u₁)·cos(2πu₂) and its sine partner, the partner cached for the next call).
 */
export function createRng(seed: number): Rng {
  requireInteger('seed', seed, 0, MAX_SEED);
  let state = mix32(seed);
  let spare = 0;
  let hasSpare = false;

  const next32 = (): number => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), state | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return (t ^ (t >>> 14)) >>> 0;
  };
  // The half-step offset keeps u away from 0, so log(u) below is always finite.
  const uniform = (): number => (next32() + 0.5) / 4294967296;

  return {
    uniform,
    normal(): number {
      if (hasSpare) {
        hasSpare = false;
        return spare;
      }
      const r = Math.sqrt(-2 * Math.log(uniform()));
      const angle = 2 * Math.PI * uniform();
      spare = r * Math.sin(angle);
      hasSpare = true;
      return r * Math.cos(angle);
    },
    int(n: number): number {
      requireInteger('n', n, 1, MAX_SEED);
      return Math.floor(uniform() * n);
    },
  };
}

/** Fisher–Yates shuffle in place (Knuth, TAOCP vol. 2, Algorithm P), driven by `rng`. */
export function shuffleInPlace(values: Int32Array | Float64Array | Uint8Array, rng: Rng): void {
  for (let i = values.length - 1; i > 0; i--) {
    const j = rng.int(i + 1);
    const tmp = values[i];
    values[i] = values[j];
    values[j] = tmp;
  }
}

/** The uniform variates of `createRng(seed)` as a bare function, for kernels that need nothing else. */
export function uniformStream(seed: number): () => number {
  return createRng(seed).uniform;
}
