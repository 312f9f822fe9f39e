import { describe, expect, test } from 'vitest';
import { fxToNumber } from '../numerics/bigfloat';
import { partitionsTable } from './counts';
import {
  partitionsRademacher, rademacherBound, rademacherLog2TermBound, rademacherTerm, rademacherTermCount,
  rademacherTermFixed, selbergA, selbergSolutions,
} from './rademacher';

/** gcd of non-negative integers. */
function gcd(a: number, b: number): number {
  while (b) [a, b] = [b, a % b];
  return a;
}

/**
 * A_k(n) from its definition Σ_{h mod k, (h,k)=1} exp(πi·s(h,k) − 2πi·nh/k) with the Dedekind sum
 * s(h,k) = Σ_{r<k} (r/k)((hr/k)); 2k²·s(h,k) = Σ r(2(hr mod k) − k) is an integer, so the angle is exact.
 */
function dedekindA(k: number, n: number): number {
  let sum = 0;
  for (let h = 0; h < k; h++) {
    if (gcd(h, k) !== 1) continue;
    let s2k2 = 0;
    for (let r = 1; r < k; r++) s2k2 += r * (2 * ((h * r) % k) - k);
    const period = 4 * k * k; // angle = π·num/(2k²), periodic in num mod 4k²
    const num = (((s2k2 - 4 * ((n * h) % k) * k) % period) + period) % period;
    sum += Math.cos((Math.PI * num) / (2 * k * k));
  }
  return sum;
}

describe('A_k(n) by Selberg\'s formula', () => {
  test('agrees with the Dedekind-sum definition for k ≤ 36 and many n', () => {
    for (let k = 1; k <= 36; k++) {
      for (const n of [0, 1, 2, 5, 17, 100, 12345, 9999991]) {
        expect(selbergA(k, n)).toBeCloseTo(dedekindA(k, n), 9);
      }
    }
  });

  test('A_1 = 1, A_2(n) = (−1)^n, and |A_k(n)| ≤ k', () => {
    expect(selbergA(1, 7)).toBeCloseTo(1, 14);
    expect(selbergA(2, 7)).toBeCloseTo(-1, 14);
    expect(selbergA(2, 8)).toBeCloseTo(1, 14);
    for (let k = 1; k <= 200; k += 7) expect(Math.abs(selbergA(k, 424242))).toBeLessThanOrEqual(k + 1e-9);
  });

  test('solutions are exactly the l in [0, 2k) with (3l² + l)/2 ≡ −n (mod k)', () => {
    let found = 0;
    for (const [k, n] of [[30, 11], [30, 13], [49, 1000], [97, 5], [120, 7]]) {
      const brute = [];
      for (let l = 0; l < 2 * k; l++) if (((3 * l * l + l) / 2 + n) % k === 0) brute.push(l);
      expect(selbergSolutions(k, n)).toEqual(brute);
      found += brute.length;
    }
    expect(found).toBeGreaterThan(4);
  });
});

describe('the series and its bound', () => {
  test('rademacherTermCount is the first N with M(n, N) < 1/4', () => {
    for (const n of [2, 50, 2000, 123456, 10_000_000]) {
      const N = rademacherTermCount(n);
      expect(rademacherBound(n, N)).toBeLessThan(0.25);
      expect(rademacherBound(n, N - 1)).toBeGreaterThanOrEqual(0.25);
    }
    expect(rademacherTermCount(10_000_000)).toBeGreaterThan(1000);
  });

  test('fixed-point terms agree with float64 terms, and stay under their bound B_k', () => {
    for (const n of [100, 5000, 70000]) {
      for (let k = 1; k <= 40; k++) {
        const f = rademacherTerm(n, k);
        const x = fxToNumber(rademacherTermFixed(n, k, 30), 30);
        expect(Math.abs(x - f)).toBeLessThanOrEqual(1e-12 * Math.abs(f) + 2 ** -29);
        expect(Math.log2(Math.abs(f) + 1e-300)).toBeLessThanOrEqual(rademacherLog2TermBound(n, k));
      }
    }
  });

  test('the first term alone is within 1% of p(n) at n = 1000, and the truncated sum within M(n, N)', () => {
    const p = partitionsTable(1000);
    const t1 = rademacherTerm(1000, 1);
    expect(Math.abs(t1 / Number(p[1000]) - 1)).toBeLessThan(0.01);
    for (const n of [60, 120, 180]) { // p(n) ≤ 2·10^12, so float64 rounding stays below 10^-2
      for (const N of [1, 2, 3, 5, 8, 20]) {
        let s = 0;
        for (let k = 1; k <= N; k++) s += rademacherTerm(n, k);
        expect(Math.abs(s - Number(p[n]))).toBeLessThanOrEqual(rademacherBound(n, N) + Number(p[n]) * 1e-14);
      }
    }
  });

  test('float64 terms go through logs where cosh overflows, and overflow only when the term does', () => {
    const big = rademacherTerm(76_000, 1); // m ≈ 707 > 700: the log path, and T_1 ≈ 10^301
    expect(Number.isFinite(big)).toBe(true);
    expect(big / fxToNumber(rademacherTermFixed(76_000, 1, 0), 0)).toBeCloseTo(1, 12);
    expect(rademacherTerm(1_000_000, 1)).toBe(Infinity);
  });
});

describe('partitionsRademacher', () => {
  test('equals the pentagonal recurrence for every n in 2…1500 and every 7th n up to 4000', () => {
    const p = partitionsTable(4000);
    for (let n = 2; n <= 4000; n += n < 1500 ? 1 : 7) {
      if (partitionsRademacher(n) !== p[n]) expect(`${n}: ${partitionsRademacher(n)}`).toBe(`${n}: ${p[n]}`);
    }
  });

  test('reports its progress: rising fractions ending at 1, and the same value as without', () => {
    const seen: number[] = [];
    const p = partitionsRademacher(1_000_000, (f) => seen.push(f));
    expect(p).toBe(partitionsRademacher(1_000_000));
    expect(seen.length).toBeGreaterThan(10);
    expect(seen.at(-1)).toBe(1);
    for (let i = 1; i < seen.length; i++) expect(seen[i]).toBeGreaterThan(seen[i - 1]);
  });

    test('argument errors name n', () => {
    expect(() => partitionsRademacher(1)).toThrow('n must be an integer in [2, 100000000], got 1');
    expect(() => partitionsRademacher(2.5)).toThrow('n must be an integer in [2, 100000000], got 2.5');
    expect(() => rademacherBound(100, 0)).toThrow('N must be a positive integer ≤ 1000000, got 0');
    expect(() => selbergA(0, 3)).toThrow('k must be a positive integer ≤ 1000000, got 0');
  });
});
