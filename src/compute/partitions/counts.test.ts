import { describe, expect, test } from 'vitest';
import {
  gfCoefficients, gfCoefficientsWithProgress, partitionsP, partitionsTable, ramanujanChecks, type GFFactor,
} from './counts';
import { loadReference } from '../testing/reference';

interface PartitionsReference {
  gf: { name: string; factors: GFFactor[]; N: number; coeffs: string[] }[];
  p: Record<string, string>;
}

const reference = loadReference<PartitionsReference>('partitions.json');

/** Schoolbook product of the factor polynomials, truncated at x^N: the slow, obviously right way. */
function naiveProduct(factors: GFFactor[], N: number): bigint[] {
  let acc = new Array<bigint>(N + 1).fill(0n);
  acc[0] = 1n;
  for (const { step, maxCount } of factors) {
    const next = new Array<bigint>(N + 1).fill(0n);
    for (let i = 0; i <= N; i++) {
      if (acc[i] === 0n) continue;
      for (let c = 0; c <= (maxCount ?? Infinity) && i + c * step <= N; c++) next[i + c * step] += acc[i];
    }
    acc = next;
  }
  return acc;
}

/** Deterministic 32-bit generator (mulberry32) for the random factor lists. */
function rng(seed: number): () => number {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 2 ** 32;
  };
}

function binomial(n: number, k: number): bigint {
  let r = 1n;
  for (let i = 1; i <= k; i++) r = (r * BigInt(n - k + i)) / BigInt(i);
  return r;
}

describe('gfCoefficients', () => {
  test.each(reference.gf.map((g) => [g.name, g] as const))('reference: %s', (_name, g) => {
    expect(gfCoefficients(g.factors, g.N).map(String)).toEqual(g.coeffs);
  });

  test('the article: x+y+z = 2014 has 2031120 solutions, 339024 with 0 ≤ x ≤ y ≤ z', () => {
    expect(gfCoefficients([{ step: 1 }, { step: 1 }, { step: 1 }], 2014)[2014]).toBe(2031120n);
    expect(gfCoefficients([{ step: 1 }, { step: 2 }, { step: 3 }], 2014)[2014]).toBe(339024n);
  });

  test('random factor lists (caps, maxCount 0, repeats, steps beyond N) match the schoolbook product', () => {
    const random = rng(20240601);
    for (let trial = 0; trial < 60; trial++) {
      const N = Math.floor(random() * 80);
      const factors: GFFactor[] = [];
      const count = Math.floor(random() * 8);
      for (let i = 0; i < count; i++) {
        const step = 1 + Math.floor(random() * 12);
        const r = random();
        factors.push(r < 0.4 ? { step } : { step, maxCount: Math.floor(random() * 6) });
      }
      expect(gfCoefficients(factors, N)).toEqual(naiveProduct(factors, N));
    }
  });

  test('60 factors 1/(1−x) give C(n+59, 59): multi-limb numbers and slot growth', () => {
    const c = gfCoefficients(Array.from({ length: 60 }, () => ({ step: 1 })), 3000);
    for (const n of [0, 1, 2, 17, 500, 2999, 3000]) expect(c[n]).toBe(binomial(n + 59, 59));
    expect(c[3000] > 1n << 400n).toBe(true);
  });

  test('each part at most twice = no part divisible by 3 (Glaisher), up to 3000', () => {
    const capped: GFFactor[] = [];
    const no3: GFFactor[] = [];
    for (let k = 1; k <= 3000; k++) {
      capped.push({ step: k, maxCount: 2 });
      if (k % 3 !== 0) no3.push({ step: k });
    }
    const a = gfCoefficients(capped, 3000);
    expect(a).toEqual(gfCoefficients(no3, 3000));
    expect(a[3000] > 1n << 100n).toBe(true);
  });

  test('all parts up to N gives partitionsTable (pentagonal recurrence) for n ≤ 1500', () => {
    const all = Array.from({ length: 1500 }, (_, i) => ({ step: i + 1 }));
    expect(gfCoefficients(all, 1500)).toEqual(partitionsTable(1500));
  });

  test('N = 0 and no factors', () => {
    expect(gfCoefficients([], 5)).toEqual([1n, 0n, 0n, 0n, 0n, 0n]);
    expect(gfCoefficients([{ step: 3 }], 0)).toEqual([1n]);
  });

  test('onProgress rises to exactly 1 and the result is unchanged', () => {
    const seen: number[] = [];
    const factors = Array.from({ length: 300 }, (_, i) => ({ step: i + 1, maxCount: i % 3 === 0 ? 2 : undefined }));
    const withProgress = gfCoefficientsWithProgress(factors, 2000, { onProgress: (f) => seen.push(f) });
    expect(withProgress).toEqual(gfCoefficients(factors, 2000));
    expect(seen.length).toBeGreaterThan(10);
    expect(seen.length).toBeLessThanOrEqual(202);
    expect(seen[seen.length - 1]).toBe(1);
    for (let i = 1; i < seen.length; i++) expect(seen[i]).toBeGreaterThan(seen[i - 1]);
  });

  test('argument errors name the argument and say why', () => {
    expect(() => gfCoefficients([{ step: 1 }], 2.5)).toThrow('N must be a non-negative integer ≤ 200000, got 2.5');
    expect(() => gfCoefficients([{ step: 1 }], 200_001)).toThrow('N must be a non-negative integer ≤ 200000, got 200001');
    expect(() => gfCoefficients([{ step: 0 }], 5)).toThrow('factors[0].step must be a positive integer, got 0');
    expect(() => gfCoefficients([{ step: 2 }, { step: 1, maxCount: -1 }], 5)).toThrow('factors[1].maxCount must be a non-negative integer, got -1');
    expect(() => gfCoefficients([{ step: '2' } as unknown as GFFactor], 5)).toThrow("factors[0].step must be a positive integer, got '2'");
    expect(() => gfCoefficients(null as unknown as GFFactor[], 5)).toThrow('factors must be an array');
    expect(() => gfCoefficients(Array.from({ length: 5001 }, () => ({ step: 1 })), 5)).toThrow('factors must hold at most 5000 factors, got 5001');
    expect(() => gfCoefficientsWithProgress([], 5, { onProgress: 3 as unknown as () => void })).toThrow('options.onProgress must be a function');
  });
});

describe('partitionsP', () => {
  test.each(Object.entries(reference.p))('reference p(%s)', (n, value) => {
    expect(partitionsP(Number(n)).toString()).toBe(value);
  });

  test('small values and the table/series seam at n = 2000', () => {
    expect([0, 1, 2, 3, 4, 5, 10, 100].map((n) => partitionsP(n))).toEqual([1n, 1n, 2n, 3n, 5n, 7n, 42n, 190569292n]);
    const table = partitionsTable(2010);
    for (let n = 1990; n <= 2010; n++) expect(partitionsP(n)).toBe(table[n]);
  });

  test('p(10^6) and p(10^7): digit count, leading and trailing 40 digits (SymPy 1.14)', () => {
    const p6 = partitionsP(1_000_000).toString();
    expect([p6.length, p6.slice(0, 40), p6.slice(-40)]).toEqual([
      1108, '1471684986358223398631004760609895943484', '1772154046664303121315630003467104673818',
    ]);
    const p7 = partitionsP(10_000_000).toString();
    expect([p7.length, p7.slice(0, 40), p7.slice(-40)]).toEqual([
      3515, '9202717550260454668559627816682560543072', '3781681659096276126857969078217677288980',
    ]);
  });

  // Leading digits: the SageMath documentation, "A Tour of Sage" (src/doc/en/a_tour_of_sage/index.rst),
  // str(Partitions(10^8).cardinality())[:40]. Digit count and trailing digits: FLINT/Arb 2.23's
  // partitions_fmpz_ui (Debian libflint-arb-dev), an independent implementation.
  test('p(10^8): digit count, leading 40 digits (SageMath) and trailing 40 (FLINT/Arb)', () => {
    const p8 = partitionsP(100_000_000).toString();
    expect([p8.length, p8.slice(0, 40), p8.slice(-40)]).toEqual([
      11132, '1760517045946249141360373894679135204009', '3301759410612807338681920027279836637702',
    ]);
  });

  test("Ramanujan's congruence mod 25 holds at the top of the range: 25 | p(10^8 − 1)", () => {
    const checks = ramanujanChecks(99_999_999, partitionsP(99_999_999));
    expect(checks.filter((c) => c.applies).map((c) => [c.modulus, c.holds])).toEqual([[5, true], [25, true]]);
  });

  test('argument errors', () => {
    expect(() => partitionsP(2.5)).toThrow('n must be a non-negative integer ≤ 100000000, got 2.5');
    expect(() => partitionsP(-1)).toThrow('n must be a non-negative integer ≤ 100000000, got -1');
    expect(() => partitionsP(100_000_001)).toThrow('n must be a non-negative integer ≤ 100000000, got 100000001');
    expect(() => partitionsP(Number.NaN)).toThrow('got NaN');
    expect(() => partitionsTable(20_001)).toThrow('N must be a non-negative integer ≤ 20000, got 20001');
  });
});

describe('ramanujanChecks', () => {
  const held = (n: number, v: bigint) => ramanujanChecks(n, v).filter((c) => c.applies).map((c) => [c.label, c.holds]);

  test('n ≡ 24⁻¹ (mod 385) near 10^6: all three of 5, 7, 11 apply and hold; p(n) + 5·7·11 − 1 fails them', () => {
    const n = 1_000_214;
    expect((24 * n) % 385).toBe(1);
    const p = partitionsP(n);
    expect(held(n, p)).toEqual([
      ['p(5k+4) ≡ 0 (mod 5)', true], ['p(7k+5) ≡ 0 (mod 7)', true], ['p(11k+6) ≡ 0 (mod 11)', true],
    ]);
    expect(held(n, p + 384n).map(([, h]) => h)).toEqual([false, false, false]);
  });

  test('n with 24n ≡ 1 mod 25·49·121, above 10^5: the prime-square congruences hold too', () => {
    let n = 0;
    while ((24 * n) % 148_225 !== 1) n++;
    n += 148_225 * Math.ceil((100_000 - n) / 148_225);
    const checks = ramanujanChecks(n, partitionsP(n));
    expect(checks.every((c) => c.applies && c.holds === true)).toBe(true);
    expect(checks.map((c) => c.modulus)).toEqual([5, 7, 11, 25, 49, 121]);
  });

  test('every n ≤ 4000: the congruences that apply hold; the others report null', () => {
    const table = partitionsTable(4000);
    let applied = 0;
    const wrong: string[] = [];
    table.forEach((v, n) => {
      for (const c of ramanujanChecks(n, v)) {
        const ok = c.applies === (n % c.modulus === c.offset) && c.remainder === Number(v % BigInt(c.modulus))
          && c.holds === (c.applies ? true : null);
        if (!ok) wrong.push(`n = ${n}: ${JSON.stringify(c)}`);
        if (c.applies) applied++;
      }
    });
    expect(wrong).toEqual([]);
    expect(applied).toBeGreaterThan(2000);
  });

  test('argument errors', () => {
    expect(() => ramanujanChecks(-3, 1n)).toThrow('n must be a non-negative integer, got -3');
    expect(() => ramanujanChecks(4, 5 as unknown as bigint)).toThrow('value must be a non-negative bigint, got 5');
  });
});
