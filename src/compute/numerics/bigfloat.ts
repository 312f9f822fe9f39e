// Fixed-point arithmetic on BigInt for the Hardy–Ramanujan–Rademacher series (rademacher.ts).
// A fixed-point number with `prec` fractional bits is the bigint m standing for m / 2^prec. Every
// routine returns a result within a few units of 2^-prec of the true value (errors are stated per
// function); callers add guard bits. Constants are computed once by binary splitting and cached.

/** Number of bits of |n| (0 for 0): the exponent e with 2^(e−1) ≤ |n| < 2^e. */
export function bitLength(n: bigint): number {
  if (n < 0n) n = -n;
  if (n === 0n) return 0;
  const hex = n.toString(16);
  return (hex.length - 1) * 4 + (32 - Math.clz32(parseInt(hex[0], 16)));
}

/** ⌊√n⌋ for n ≥ 0: square root of the top half by recursion, then integer Newton from above (monotone to the floor). */
export function isqrt(n: bigint): bigint {
  if (n < 0n) throw new Error(`isqrt: n must be non-negative, got ${n}`);
  if (n < 1n << 52n) {
    let x = BigInt(Math.floor(Math.sqrt(Number(n))));
    while (x * x > n) x -= 1n;
    while ((x + 1n) * (x + 1n) <= n) x += 1n;
    return x;
  }
  const s = BigInt(bitLength(n) >> 2);
  let x = (isqrt(n >> (2n * s)) + 1n) << s; // ≥ √n, with about half of the bits right
  for (;;) {
    const y = (x + n / x) >> 1n;
    if (y >= x) return x;
    x = y;
  }
}

/** a·b in fixed point (floor): error < 1 ulp = 2^-prec. */
export function fxMul(a: bigint, b: bigint, prec: number): bigint {
  return (a * b) >> BigInt(prec);
}

/** a/b in fixed point (truncated toward zero): error < 1 ulp. */
export function fxDiv(a: bigint, b: bigint, prec: number): bigint {
  return (a << BigInt(prec)) / b;
}

/** √a in fixed point, a ≥ 0: ⌊√(a·2^prec)⌋, error < 1 ulp. */
export function fxSqrt(a: bigint, prec: number): bigint {
  return isqrt(a << BigInt(prec));
}

/** The nearest float64 to a fixed-point value (exact up to float rounding for any size). */
export function fxToNumber(a: bigint, prec: number): number {
  const bits = bitLength(a);
  if (bits <= 1000) return Number(a) / 2 ** prec;
  const drop = bits - 64;
  return Number(a >> BigInt(drop)) * 2 ** (drop - prec);
}

/**
 * Σ_{j≥0} s^j / ((2j+1)·q^(2j+1)) = atan(1/q) (s = −1) or atanh(1/q) (s = +1), to `prec` bits,
 * by binary splitting (Haible & Papanikolaou 1998) of the term ratio s(2j−1) / ((2j+1)q²).
 */
function arcSeries(q: number, sign: 1 | -1, prec: number): bigint {
  const terms = Math.ceil((prec + 16) / (2 * Math.log2(q))) + 1;
  const q2 = BigInt(q) * BigInt(q);
  const split = (a: number, b: number): [bigint, bigint, bigint] => {
    if (b - a === 1) {
      if (a === 0) return [1n, 1n, 1n];
      const p = BigInt(sign * (2 * a - 1));
      return [p, BigInt(2 * a + 1) * q2, p];
    }
    const m = (a + b) >> 1;
    const [p1, q1, t1] = split(a, m);
    const [p2, qq2, t2] = split(m, b);
    return [p1 * p2, q1 * qq2, t1 * qq2 + p1 * t2];
  };
  const [, Q, T] = split(0, terms);
  return (T << BigInt(prec)) / (Q * BigInt(q));
}

const constantCache = new Map<string, { prec: number; value: bigint }>();

/** A cached constant at `prec` bits: computed once at the largest precision asked for, shifted down after. */
function cachedConstant(name: string, prec: number, compute: (p: number) => bigint): bigint {
  const hit = constantCache.get(name);
  if (hit && hit.prec >= prec) return hit.value >> BigInt(hit.prec - prec);
  const p = Math.max(prec + 32, Math.ceil((hit?.prec ?? 0) * 1.5));
  const value = compute(p);
  constantCache.set(name, { prec: p, value });
  return value >> BigInt(p - prec);
}

// Chudnovsky: 1/π = 12 Σ (−1)^k (6k)! (13591409 + 545140134k) / ((3k)! (k!)³ 640320^{3k+3/2}), ~47 bits a term.
/** π to `prec` bits by the Chudnovsky series with binary splitting; error < 4 ulp. */
export function fxPi(prec: number): bigint {
  return cachedConstant('pi', prec, (p) => {
    const terms = Math.ceil(p / 47.11) + 2;
    const C3_24 = 640320n ** 3n / 24n;
    const split = (a: number, b: number): [bigint, bigint, bigint] => {
      if (b - a === 1) {
        if (a === 0) return [1n, 1n, 13591409n];
        const k = BigInt(a);
        const P = -(6n * k - 5n) * (2n * k - 1n) * (6n * k - 1n);
        return [P, k * k * k * C3_24, P * (13591409n + 545140134n * k)];
      }
      const m = (a + b) >> 1;
      const [p1, q1, t1] = split(a, m);
      const [p2, q2, t2] = split(m, b);
      return [p1 * p2, q1 * q2, t1 * q2 + p1 * t2];
    };
    const [, Q, T] = split(0, terms);
    const sqrt10005 = isqrt(10005n << BigInt(2 * p)); // √10005 with p fractional bits
    return (426880n * sqrt10005 * Q) / T;
  });
}

/** ln 2 to `prec` bits by ln 2 = 18·atanh(1/26) − 2·atanh(1/4801) + 8·atanh(1/8749); error < 2 ulp. */
export function fxLn2(prec: number): bigint {
  return cachedConstant('ln2', prec, (p) => 18n * arcSeries(26, 1, p) - 2n * arcSeries(4801, 1, p) + 8n * arcSeries(8749, 1, p));
}

/**
 * Σ_{j<m·blocks} x^j·c_j in fixed point (`wb` fractional bits) for coefficients whose ratios are
 * integers, by rectangular splitting (Smith 1989; Paterson–Stockmeyer): x^0 … x^m once (m full
 * products), then one full product per block of m terms, the rest products and quotients by integers of
 * a few words. `factor(j)` is c_{j−1}/c_j, an integer (j for exp, (2j+1)(2j+2) for cos); the sum is
 * returned times c_0's denominator's inverse, i.e. Σ x^j·c_j/c_0. For |x| < 1 every step adds at
 * most a unit in the last place, so the error is below 3·m·blocks ulp.
 */
function rectangularSum(x: bigint, wb: bigint, terms: number, factor: (j: number) => bigint): bigint {
  const m = Math.max(2, Math.ceil(Math.sqrt(terms)));
  const blocks = Math.ceil(terms / m);
  const powers = [1n << wb, x];
  for (let i = 2; i <= m; i++) powers.push((powers[i - 1] * x) >> wb);
  let rest = 0n;
  // Block b holds the terms j = bm … bm+m−1: rest_b = (Σ_i x^i·Π_{t=i+1..m} f(bm+t) + x^m·rest_{b+1}) / Π_{t=1..m} f(bm+t).
  for (let b = blocks - 1; b >= 0; b--) {
    let c = 1n;
    let acc = (powers[m] * rest) >> wb;
    for (let i = m - 1; i >= 0; i--) {
      c *= factor(b * m + i + 1);
      acc += powers[i] * c;
    }
    rest = acc / c;
  }
  return rest;
}

/** Smallest J with J·bitsPerTerm + log2(J!·growth^J) ≥ bits: how many series terms reach 2^−bits. */
function termsFor(bits: number, bitsPerTerm: number, log2Factor: (j: number) => number): number {
  let total = 0;
  let j = 0;
  while (total < bits) total += bitsPerTerm + log2Factor(++j);
  return j + 1;
}

/**
 * exp(r) for 0 ≤ r < 1 (fixed point): the Taylor series of r/2^s by rectangular splitting, then s
 * squarings, with s ≈ ∛prec balancing the two; relative error < 2^(8−prec).
 */
function expSmall(r: bigint, prec: number): bigint {
  const s = Math.max(1, Math.round(Math.cbrt(prec)));
  const terms = termsFor(prec + s + 16, s, (j) => Math.log2(j));
  const w = prec + s + 16 + Math.ceil(Math.log2(3 * terms)); // squaring s times doubles the relative error s times
  const wb = BigInt(w);
  const y = (r << BigInt(w - prec)) >> BigInt(s);
  let sum = rectangularSum(y, wb, terms, (j) => BigInt(j));
  for (let i = 0; i < s; i++) sum = (sum * sum) >> wb;
  return sum >> BigInt(w - prec);
}

// x = shift·ln 2 + r with 0 ≤ r < ln 2, so huge results keep `prec` relative bits; the relative error is
// below 2^(10−prec) plus the error of x itself.
/** exp(x) for fixed-point x (any sign) as mant·2^(shift−prec) with 2^prec ≤ mant < 2^(prec+1). */
export function fxExpSplit(x: bigint, prec: number): { mant: bigint; shift: number } {
  const approx = fxToNumber(x, prec) / Math.LN2;
  const extra = Math.max(0, Math.ceil(Math.log2(Math.abs(approx) + 2))) + 8;
  const ln2 = fxLn2(prec + extra);
  const xs = x << BigInt(extra);
  let shift = Math.floor(approx);
  let r = xs - BigInt(shift) * ln2;
  while (r < 0n) { r += ln2; shift -= 1; }
  while (r >= ln2) { r -= ln2; shift += 1; }
  return { mant: expSmall(r >> BigInt(extra), prec), shift };
}

/** exp(x) in fixed point (result with `prec` fractional bits; large results are large bigints). */
export function fxExp(x: bigint, prec: number): bigint {
  const { mant, shift } = fxExpSplit(x, prec);
  return shift >= 0 ? mant << BigInt(shift) : mant >> BigInt(-shift);
}

/**
 * 1 − cos y for 0 ≤ y ≤ π/2 (fixed point): z = y/2^s, 1 − cos z = (z²/2)·Σ_j (−z²)^j·2/(2j+2)! by
 * rectangular splitting, then s steps u ← 2u(2 − u), since 1 − cos 2z = 2(1 − cos z)(1 + cos z); each
 * step at most quadruples the absolute error; error < 2^(4−prec).
 */
function oneMinusCos(y: bigint, prec: number): bigint {
  const s = Math.max(1, Math.round(Math.cbrt(prec / 2)));
  const terms = termsFor(prec + 2 * s + 16, 2 * s, (j) => Math.log2((2 * j + 1) * (2 * j + 2)));
  const w = prec + 2 * s + 16 + Math.ceil(Math.log2(3 * terms));
  const wb = BigInt(w);
  const one = 1n << wb;
  const z = (y << BigInt(w - prec)) >> BigInt(s);
  const z2 = (z * z) >> wb;
  const series = rectangularSum(-z2, wb, terms, (j) => BigInt((2 * j + 1) * (2 * j + 2)));
  let u = (z2 * series) >> (wb + 1n);
  for (let i = 0; i < s; i++) u = (u * (2n * one - u)) >> (wb - 1n);
  return u >> BigInt(w - prec);
}

/** cos(π·a/b) for integers a, b > 0 in fixed point; the angle is reduced exactly to [0, π/2]; error < 2^(5−prec). */
export function fxCosPiRational(a: number, b: number, prec: number): bigint {
  if (!Number.isInteger(a) || !Number.isInteger(b) || b <= 0) {
    throw new Error(`fxCosPiRational: a must be an integer and b a positive integer, got ${a}/${b}`);
  }
  // angle = π·t/(2b) with t = 2a reduced mod 4b, then the symmetries of cos on [0, 2π).
  const fourB = 4 * b;
  let t = (2 * a) % fourB;
  if (t < 0) t += fourB;
  if (t > 2 * b) t = fourB - t; // cos(2π − θ) = cos θ
  let sign = 1n;
  if (t > b) { t = 2 * b - t; sign = -1n; } // cos(π − θ) = −cos θ
  const guard = 8;
  const w = prec + guard;
  const y = (fxPi(w) * BigInt(t)) / BigInt(2 * b);
  return (sign * ((1n << BigInt(w)) - oneMinusCos(y, w))) >> BigInt(guard);
}

/** Natural log of a positive bigint as a float64, from its bit length and leading 64 bits (relative error ~1e-16). */
export function bigLog(v: bigint): number {
  if (v <= 0n) throw new Error(`bigLog: v must be a positive integer, got ${v}`);
  const bits = bitLength(v);
  if (bits <= 1000) return Math.log(Number(v));
  const drop = bits - 64;
  return Math.log(Number(v >> BigInt(drop))) + drop * Math.LN2;
}
