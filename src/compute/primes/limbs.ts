// Exact sums past 2^53 in float64: a value is hi·2^32 + lo with hi and lo integers held exactly in
// float64, lo kept in [−2^31, 2^31]. Lucy's update S(v) ← S(v) − p·D needs p·D, where D can be any
// difference of two table entries: D is split as dh·2^32 + dl with |dl| ≤ 2^31, so for p < 2^21.6
// (p ≤ √x, x ≤ 10^13) both p·dl and p·dh are exact, and one rounding moves the carry from lo to hi.
// This costs two Math.round calls per update and allocates nothing, where a BigInt table allocates
// a new BigInt per update (lucy.ts measures both; the README has the figures).

export const LIMB = 2 ** 32;
export const INV_LIMB = 2 ** -32;

/** The large-value table of a Lucy-style method: counts (exact in float64) and sums as limb pairs. */
export interface LimbTable {
  count: Float64Array;
  hi: Float64Array;
  lo: Float64Array;
}

/** A table of `size` zero entries. */
export function limbTable(size: number): LimbTable {
  return { count: new Float64Array(size), hi: new Float64Array(size), lo: new Float64Array(size) };
}

/**
 * Stores a·b + c at entry k exactly, for integers 0 ≤ a, b < 2^42 with a·b < 2^85 (so hi < 2^53)
 * and |c| < 2^31: with a = ah·2^21 + al and b = bh·2^21 + bl every partial product is exact.
 */
export function setProductPlus(t: LimbTable, k: number, a: number, b: number, c: number): void {
  const ah = Math.floor(a / 2 ** 21), al = a - ah * 2 ** 21;
  const bh = Math.floor(b / 2 ** 21), bl = b - bh * 2 ** 21;
  // a·b = ah·bh·2^42 + (ah·bl + al·bh)·2^21 + al·bl, and the middle term is e·2^11 + f
  const mid = ah * bl + al * bh, e = Math.floor(mid / 2048), f = mid - e * 2048;
  const low = al * bl, g = Math.floor(low * INV_LIMB);
  let hi = ah * bh * 1024 + e + g;
  let lo = f * 2 ** 21 + (low - g * LIMB) + c;
  const carry = Math.round(lo * INV_LIMB);
  lo -= carry * LIMB;
  hi += carry;
  t.hi[k] = hi;
  t.lo[k] = lo;
}

/** The sum at entry k as a BigInt. */
export function sumAt(t: LimbTable, k: number): bigint {
  return BigInt(t.hi[k]) * 4294967296n + BigInt(t.lo[k]);
}

/**
 * Sum k −= p·d, for an exact float64 integer d (|d| < 2^53): d is split as dh·2^32 + dl with
 * |dl| ≤ 2^31, so that p·dl and p·dh are exact for p < 2^21.6, and one rounding carries lo into hi.
 */
export function subtractScaled(hi: Float64Array, lo: Float64Array, k: number, p: number, d: number): void {
  const dh = Math.round(d * INV_LIMB), dl = d - dh * LIMB;
  let l = lo[k] - p * dl;
  const carry = Math.round(l * INV_LIMB);
  l -= carry * LIMB;
  lo[k] = l;
  hi[k] = hi[k] - p * dh + carry;
}

/** Sum k −= p·(sum m − base), base given as limbs (bh, bl): the difference is re-split before scaling. */
export function subtractScaledEntry(hi: Float64Array, lo: Float64Array, k: number, m: number, p: number, bh: number, bl: number): void {
  let dh = hi[m] - bh, dl = lo[m] - bl;
  const c2 = Math.round(dl * INV_LIMB);
  dl -= c2 * LIMB;
  dh += c2;
  let l = lo[k] - p * dl;
  const carry = Math.round(l * INV_LIMB);
  l -= carry * LIMB;
  lo[k] = l;
  hi[k] = hi[k] - p * dh + carry;
}
