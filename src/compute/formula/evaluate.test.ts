import fc from 'fast-check';
import { all, create } from 'mathjs';
import { describe, expect, test } from 'vitest';
import { checkFormula } from './check';
import { compileFloat, evaluateOnce, slotsFor } from './evaluate';
import { combinations, gamma, lgamma } from './special';

// The reference: mathjs's own evaluator on the same text, numbers only, NaN where it would go complex.
const mathjs = create(all, { number: 'number', predictable: true });

function reference(text: string, scope: Record<string, number>): number {
  try {
    const v = mathjs.evaluate(text, { ...scope }) as unknown;
    return typeof v === 'boolean' ? Number(v) : typeof v === 'number' ? v : NaN;
  } catch {
    // mathjs throws where a value is undefined (a negative factorial, a non-integer binomial): NaN here.
    return NaN;
  }
}

/** Equal as float64 values, or within a few ulps for the special functions mathjs computes another way. */
function close(a: number, b: number, rel = 0): boolean {
  if (Number.isNaN(a) || Number.isNaN(b)) return Number.isNaN(a) && Number.isNaN(b);
  if (!Number.isFinite(a) || !Number.isFinite(b)) return a === b;
  return a === b || Math.abs(a - b) <= rel * Math.max(Math.abs(a), Math.abs(b));
}

// Formulas over x and y covering every operator and function; most must agree bit for bit.
const EXACT_AGREEMENT = [
  // A negative base with a fractional power is undefined here (Math.pow); mathjs's predictable mode
  // takes a real root when the power is near a fraction with an odd denominator. Powers are compared
  // where both define them.
  'x + y', 'x - y', 'x * y', 'x / y', 'abs(x) ^ y', 'x ^ round(y)', '-x', '+x', 'x mod round(y)', '2x + 3y', 'x ^ 2 - y ^ 3',
  'x < y', 'x > y', 'x <= y', 'x >= y', 'x == y', 'x != y', 'x > 0 and y > 0', 'x > 0 or y > 0', 'not (x > y)',
  'x > y ? x : y', '0 < x < 1',
  'sin(x)', 'cos(x)', 'tan(x)', 'asin(x)', 'acos(x)', 'atan(x)', 'atan2(y, x)',
  'sinh(x)', 'cosh(x)', 'tanh(x)', 'asinh(x)', 'acosh(x)', 'atanh(x)',
  'exp(x)', 'expm1(x)', 'log(x)', 'log10(x)', 'log2(x)', 'log1p(x)', 'sqrt(x)', 'cbrt(x)', 'square(x)', 'cube(x)',
  'pow(abs(x), y)', 'hypot(x, y)', 'abs(x)', 'sign(x)', 'floor(x)', 'ceil(x)', 'fix(x)', 'round(x)', 'min(x, y, 1)', 'max(x, y, -1)',
  'mod(x, ceil(y))', 'pi * x + e - tau / phi',
  'x * sin(y) + y^2 / 10', 'exp(-x * y) * cos(3 * y) + log(1 + y)',
];
// Functions mathjs computes by another route (a reciprocal, a quotient of logs, another Lanczos table).
const NEAR_AGREEMENT: [string, number][] = [
  ['sec(x)', 1e-15], ['csc(x)', 1e-15], ['cot(x)', 1e-15], ['acot(x)', 1e-15], ['asec(x)', 1e-15], ['acsc(x)', 1e-15],
  // mathjs writes csch, coth, acsch and acoth with exponentials and logarithms that lose digits near 0 and ∞.
  ['sech(x)', 1e-15], ['csch(x)', 1e-11], ['coth(x)', 1e-11], ['asech(x)', 1e-15], ['acsch(x)', 1e-9], ['acoth(x)', 1e-11], ['log(x, y)', 1e-15],
  ['gamma(x)', 1e-13], ['lgamma(x)', 1e-9 /* mathjs's ln Γ has 7 Lanczos terms, ours 9 */], ['factorial(x)', 1e-13], ['x!', 1e-13],
];

describe('compileFloat agrees with mathjs', () => {
  // Inputs with three decimals: mathjs compares, floors and rounds with a relative tolerance of 1e-12
  // (floor(-19.99999999998) is -20 there), where we keep float64 exactly; such near-ties are left out.
  const value = fc.integer({ min: -20_000, max: 20_000 }).map((k) => k / 1000);
  const xy = fc.tuple(value, value);
  const check = (text: string, rel: number) => {
    const f = compileFloat(checkFormula(text, { symbols: ['x', 'y'] }).tree, slotsFor(['x', 'y']));
    fc.assert(
      fc.property(xy, ([x, y]) => {
        const ours = f(Float64Array.of(x, y));
        const theirs = reference(text, { x, y });
        if (!close(ours, theirs, rel)) throw new Error(`${text} at x=${x}, y=${y}: ${ours} vs mathjs ${theirs}`);
      }),
      { numRuns: 300, seed: 42 },
    );
  };
  test.each(EXACT_AGREEMENT)('%s', (text) => check(text, 0));
  test.each(NEAR_AGREEMENT)('%s', (text, rel) => check(text, rel));

  test('integer and half-integer points, where special functions and rounding have their edge cases', () => {
    for (const text of ['round(x)', 'floor(x)', 'x mod y', 'gamma(x)', 'factorial(x)', 'combinations(x, y)', 'gcd(x, y)', 'lcm(x, y)']) {
      const f = compileFloat(checkFormula(text, { symbols: ['x', 'y'] }).tree, slotsFor(['x', 'y']));
      for (let x = -6; x <= 40; x += 0.5) {
        for (const y of [-3, 0, 1, 2, 5, 7, 12]) {
          // mathjs refuses gcd and lcm of non-integers (and so do we, with NaN).
          const ours = f(Float64Array.of(x, y));
          const theirs = reference(text, { x, y });
          expect(close(ours, theirs, 1e-13), `${text} at x=${x}, y=${y}: ${ours} vs ${theirs}`).toBe(true);
        }
      }
    }
  });
});

describe('special functions', () => {
  test('Γ at integers is exact, and Γ(½) = √π', () => {
    expect(gamma(1)).toBe(1);
    expect(gamma(11)).toBe(3628800);
    expect(gamma(0.5)).toBeCloseTo(Math.sqrt(Math.PI), 14);
    expect(gamma(0)).toBe(Infinity);
    expect(gamma(-2)).toBe(Infinity);
    expect(gamma(172)).toBe(Infinity);
  });

  test('ln Γ matches ln of Γ where Γ is finite, and goes on past it', () => {
    for (const x of [0.1, 1.5, 7.25, 30, 150.5]) expect(lgamma(x)).toBeCloseTo(Math.log(gamma(x)), 10);
    // ln Γ(1000) = ln 999! (Stirling with corrections; value from mpmath.loggamma(1000)).
    expect(lgamma(1000)).toBeCloseTo(5905.220423209181, 8);
  });

  test('binomial coefficients are exact integers while they fit', () => {
    expect(combinations(52, 5)).toBe(2598960);
    expect(combinations(56, 28)).toBe(7648690600760440);
    expect(combinations(5, 7)).toBeNaN();
    expect(combinations(5.5, 2)).toBeNaN();
  });
});

describe('evaluateOnce', () => {
  test('reads named values', () => {
    expect(evaluateOnce(checkFormula('2 * pi * b^((d - 2) / d)', { symbols: ['b', 'd'] }).tree, { b: 10000, d: 64 })).toBeCloseTo(2 * Math.PI * 10000 ** (62 / 64), 6);
  });
});
