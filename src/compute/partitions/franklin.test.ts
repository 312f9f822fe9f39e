import { describe, expect, test } from 'vitest';
import {
  MAX_FRANKLIN_COUNT_N,
  MAX_FRANKLIN_LIST_N,
  distinctPartitions,
  eulerCoefficient,
  franklin,
  franklinMove,
  parseDistinctPartition,
  pentagonal,
  signedDistinctCounts,
  slopeLength,
} from './franklin';
import { franklinCounts } from './widgets';
import { loadReference } from '../testing/reference';

const reference = loadReference<{ gf: { name: string; coeffs: string[] }[] }>('partitions.json');
/** q(0…100), partitions into distinct parts (OEIS A000009), from the repository's copy of the reference values. */
const Q = reference.gf.find((g) => g.name === 'distinct parts')!.coeffs.map(BigInt);

const sum = (xs: number[]) => xs.reduce((a, b) => a + b, 0);
const isDistinct = (xs: number[]) => xs.every((x, i) => x > 0 && (i === 0 || x < xs[i - 1]));

describe('the examples Franklin moves by hand', () => {
  test('smallest part onto the slope: 7+6+5+2 → 8+7+5', () => {
    expect(franklinMove([7, 6, 5, 2])).toEqual({ parts: [7, 6, 5, 2], image: [8, 7, 5], kind: 'bottom-to-slope', smallest: 2, slope: 3, pentagonalIndex: null });
  });

  test('slope down to a new smallest part: 8+7+5 → 7+6+5+2 (order of the input does not matter)', () => {
    expect(franklinMove([5, 8, 7])).toMatchObject({ image: [7, 6, 5, 2], kind: 'slope-to-bottom', smallest: 5, slope: 2 });
  });

  test('the slope can reach the bottom without blocking the move', () => {
    // 6+5+4: s = 4 > σ = 3 = k, but taking the slope off gives 5+4+3 and a new part 3, a repeat: the
    // move is blocked when s = k + 1, a fixed point (sum 15 = pentagonal(−3)).
    expect(franklinMove([6, 5, 4])).toMatchObject({ kind: 'fixed', pentagonalIndex: -3 });
    // 7+6+5: s = 5 > k + 1 = 4, so 6+5+4+3.
    expect(franklin([7, 6, 5])).toEqual([6, 5, 4, 3]);
    // 5+4+3+2: s = 2 ≤ σ = 4 = k, s ≠ k: 6+5+3.
    expect(franklin([5, 4, 3, 2])).toEqual([6, 5, 3]);
  });

  test('the fixed points are the pentagonal staircases and the empty partition', () => {
    expect(franklinMove([])).toMatchObject({ kind: 'fixed', pentagonalIndex: 0, image: [] });
    expect(franklinMove([1])).toMatchObject({ kind: 'fixed', pentagonalIndex: 1 }); // 1 = pentagonal(1)
    expect(franklinMove([2])).toMatchObject({ kind: 'fixed', pentagonalIndex: -1 }); // 2 = pentagonal(−1)
    expect(franklinMove([3, 2])).toMatchObject({ kind: 'fixed', pentagonalIndex: 2 }); // 5
    expect(franklinMove([4, 3])).toMatchObject({ kind: 'fixed', pentagonalIndex: -2 }); // 7
    expect(franklinMove([5, 4, 3])).toMatchObject({ kind: 'fixed', pentagonalIndex: 3 }); // 12
  });

  test('slope lengths', () => {
    expect(slopeLength([])).toBe(0);
    expect(slopeLength([9])).toBe(1);
    expect(slopeLength([9, 8, 7, 5, 4])).toBe(3);
  });
});

describe('exhaustively, for every partition of n ≤ 60 into distinct parts', () => {
  const all = Array.from({ length: MAX_FRANKLIN_LIST_N + 1 }, (_, n) => distinctPartitions(n));

  // About 100 000 partitions in all: failures are collected and compared once, not one expect each.
  test('the listing is complete (q(n) from OEIS A000009), distinct and of sum n', () => {
    expect(all.map((list) => BigInt(list.length))).toEqual(Q.slice(0, MAX_FRANKLIN_LIST_N + 1));
    const bad = all.flatMap((list, n) => {
      const repeats = new Set(list.map((p) => p.join('+'))).size !== list.length ? [`n = ${n}: a partition listed twice`] : [];
      return [...repeats, ...list.filter((p) => !isDistinct(p) || sum(p) !== n).map((p) => p.join('+'))];
    });
    expect(bad).toEqual([]);
  });

  test('the map is an involution that keeps the sum and distinct parts and flips the parity of the count', () => {
    const bad: string[] = [];
    for (const list of all) {
      for (const p of list) {
        const m = franklinMove(p);
        const back = franklin(m.image);
        const ok =
          isDistinct(m.image) &&
          sum(m.image) === sum(p) &&
          back.length === p.length && back.every((x, i) => x === p[i]) &&
          (m.kind === 'fixed' ? m.image.join() === p.join() : Math.abs(m.image.length - p.length) === 1);
        if (!ok) bad.push(`${p.join('+')} ↦ ${m.image.join('+')} ↦ ${back.join('+')}`);
      }
    }
    expect(bad).toEqual([]);
  });

  test('fixed points occur exactly at pentagonal numbers, one each, with the sign Euler gives', () => {
    all.forEach((list, n) => {
      const fixed = list.filter((p) => franklinMove(p).kind === 'fixed');
      const c = eulerCoefficient(n);
      expect(fixed.length, `n = ${n}`).toBe(c === 0 ? 0 : 1);
      if (c !== 0) {
        const m = franklinMove(fixed[0]);
        expect(pentagonal(m.pentagonalIndex!)).toBe(n);
        expect(fixed[0].length % 2 === 0 ? 1 : -1).toBe(c);
      }
    });
  });
});

describe('counts by parity', () => {
  test('agree with the listing, with q(n), and with Euler: q_even − q_odd is (−1)^j at j(3j−1)/2, else 0', () => {
    const { even, odd } = signedDistinctCounts(100);
    for (let n = 0; n <= 100; n++) {
      expect(BigInt(even[n] + odd[n]), `q(${n})`).toBe(Q[n]);
      expect(even[n] - odd[n]).toBe(eulerCoefficient(n));
      if (n <= MAX_FRANKLIN_LIST_N) {
        const list = distinctPartitions(n);
        expect(even[n]).toBe(list.filter((p) => p.length % 2 === 0).length);
      }
    }
  });

  test('stay exact up to N = 500, where q(500) = 732 986 521 245 024 (OEIS A000009), differing by 0 or ±1', () => {
    const { even, odd } = signedDistinctCounts(MAX_FRANKLIN_COUNT_N);
    const n = MAX_FRANKLIN_COUNT_N;
    expect(even[n] + odd[n]).toBe(732986521245024);
    expect(Number.isSafeInteger(even[n]) && Number.isSafeInteger(odd[n])).toBe(true);
    for (let m = 0; m <= n; m++) expect(even[m] - odd[m], `n = ${m}`).toBe(eulerCoefficient(m));
    // 477 = pentagonal(18): coefficient (−1)^18 = +1; 495 = pentagonal(−18): also +1.
    expect([pentagonal(18), pentagonal(-18)]).toEqual([477, 495]);
    expect([even[477] - odd[477], even[495] - odd[495], even[496] - odd[496]]).toEqual([1, 1, 0]);
  });

  test('the worker adapter: counts as typed arrays, their difference, Euler beside it, no mismatch', () => {
    const r = franklinCounts(30);
    expect(r.even).toBeInstanceOf(Float64Array);
    expect(Array.from(r.even.slice(0, 8))).toEqual([1, 0, 0, 1, 1, 2, 2, 3]);
    expect(Array.from(r.odd.slice(0, 8))).toEqual([0, 1, 1, 1, 1, 1, 2, 2]);
    expect(Array.from(r.difference)).toEqual(Array.from(r.euler));
    expect(r.mismatches).toEqual([]);
    expect(() => franklinCounts(MAX_FRANKLIN_COUNT_N + 1)).toThrow(/N must be/);
  });

  test('Euler coefficients of the first terms: 1 − x − x² + x⁵ + x⁷ − x¹² − x¹⁵ + x²² + x²⁶', () => {
    const c = Array.from({ length: 27 }, (_, n) => eulerCoefficient(n));
    const nonzero = c.flatMap((v, n) => (v === 0 ? [] : [`${v > 0 ? '+' : '-'}${n}`]));
    expect(nonzero).toEqual(['+0', '-1', '-2', '+5', '+7', '-12', '-15', '+22', '+26']);
  });
});

describe('arguments and typed input', () => {
  test('repeated or bad parts are refused with a message that names them', () => {
    expect(() => franklinMove([3, 3])).toThrow('3 appears more than once: the parts must be distinct');
    expect(() => franklinMove([2, 0])).toThrow(/parts\[1\]/);
    expect(() => franklinMove([1.5])).toThrow(/parts\[0\]/);
    expect(() => distinctPartitions(MAX_FRANKLIN_LIST_N + 1)).toThrow(/n must be/);
    expect(() => signedDistinctCounts(-1)).toThrow(/N must be/);
  });

  test('typed partitions are read like the Glaisher field, then checked for distinct parts', () => {
    expect(parseDistinctPartition(' 2 + 7, 5 6 ', 200)).toEqual([7, 6, 5, 2]);
    expect(() => parseDistinctPartition('5+5+1', 200)).toThrow('5 appears more than once: the parts must be distinct');
    expect(() => parseDistinctPartition('x', 200)).toThrow("'x' is not a positive whole number");
    expect(() => parseDistinctPartition('150+60', 200)).toThrow('the parts add up to 210; keep the total at most 200');
  });
});
