import { describe, expect, test } from 'vitest';
import {
  bigLog, bitLength, fxCosPiRational, fxDiv, fxExp, fxExpSplit, fxLn2, fxMul, fxPi, fxSqrt, fxToNumber, isqrt,
} from './bigfloat';

// 110 decimals of each constant (mpmath at 120 digits).
const PI = '3.14159265358979323846264338327950288419716939937510582097494459230781640628620899862803482534211706798214808651328230665';
const LN2 = '0.693147180559945309417232121458176568075500134360255254120680009493393621969694715605863326996418687542001481020570685734';
const EXP100 = '26881171418161354484126255515800135873611118.7737419224151916086152802870349095649141588710972198457108116708791905760687';
const COS_5PI_7 = '-0.623489801858733530525004884004239810632274730896402105365549439096853652456487284575942507326585371667058092209174543009';

/** The first `digits` decimals of a fixed-point value (truncated), as "int.frac". */
function decimal(x: bigint, prec: number, digits: number): string {
  const neg = x < 0n;
  const scaled = ((neg ? -x : x) * 10n ** BigInt(digits)) >> BigInt(prec);
  const s = scaled.toString().padStart(digits + 1, '0');
  return `${neg ? '-' : ''}${s.slice(0, s.length - digits)}.${s.slice(s.length - digits)}`;
}

/** Agreement of two decimal strings on their first `n` characters after the point. */
function sameDecimals(actual: string, expected: string, n: number): void {
  const cut = (s: string) => s.slice(0, s.indexOf('.') + 1 + n);
  expect(cut(actual)).toBe(cut(expected));
}

describe('constants', () => {
  test('π to 100 decimals, at several precisions (cache shifts down correctly)', () => {
    for (const prec of [400, 80, 1200]) {
      const digits = Math.min(100, Math.floor(prec * 0.301) - 3);
      sameDecimals(decimal(fxPi(prec), prec, digits), PI, digits - 1);
    }
  });

  test('ln 2 to 100 decimals', () => {
    sameDecimals(decimal(fxLn2(400), 400, 105), LN2, 100);
  });

  test('π agrees with Math.PI at 53 bits', () => {
    expect(fxToNumber(fxPi(53), 53)).toBeCloseTo(Math.PI, 15);
  });
});

describe('exp and cos', () => {
  test('exp(100) to 70 decimals (integer part of 44 digits)', () => {
    const prec = 400;
    sameDecimals(decimal(fxExp(100n << 400n, prec), prec, 75), EXP100, 70);
  });

  test('exp(−x)·exp(x) = 1 and exp(a+b) = exp(a)·exp(b) at 300 bits', () => {
    const prec = 300;
    const one = 1n << 300n;
    for (const x of [0.001, 0.5, 3.25, 40.75, 700]) {
      const xf = BigInt(Math.round(x * 2 ** 20)) << 280n;
      const prod = fxMul(fxExp(xf, prec), fxExp(-xf, prec), prec);
      expect(Number(prod - one)).toBeLessThan(2 ** 24); // relative 2^-276 on a product of two 300-bit values
    }
    const a = 3n << 299n; // 1.5
    const b = 5n << 298n; // 1.25
    const lhs = fxExp(a + b, prec);
    const rhs = fxMul(fxExp(a, prec), fxExp(b, prec), prec);
    expect(Number(lhs - rhs)).toBeLessThan(2 ** 12);
  });

  test('fxExpSplit keeps relative precision for huge arguments', () => {
    const { mant, shift } = fxExpSplit(8000n << 200n, 200);
    expect(bitLength(mant)).toBe(201);
    expect(shift).toBe(Math.floor(8000 / Math.LN2));
    // mant/2^200 = exp(8000 − shift·ln 2) in [1, 2)
    expect(fxToNumber(mant, 200)).toBeCloseTo(Math.exp(8000 - shift * Math.LN2), 10);
  });

  test('cos(5π/7) to 100 decimals', () => {
    sameDecimals(decimal(fxCosPiRational(5, 7, 400), 400, 105), COS_5PI_7, 100);
  });

  test('cos(πa/b) over all octants and signs agrees with Math.cos', () => {
    for (let b = 1; b <= 13; b++) {
      for (let a = -30; a <= 30; a++) {
        expect(fxToNumber(fxCosPiRational(a, b, 80), 80)).toBeCloseTo(Math.cos((Math.PI * a) / b), 13);
      }
    }
  });

  test('exact values: cos(π/3) = 1/2, cos(π/2) = 0, cos(π) = −1 to 2^-190', () => {
    const prec = 200;
    const tol = 1n << 10n;
    const near = (x: bigint, y: bigint) => expect(x - y <= tol && y - x <= tol).toBe(true);
    near(fxCosPiRational(1, 3, prec), 1n << 199n);
    near(fxCosPiRational(1, 2, prec), 0n);
    near(fxCosPiRational(1, 1, prec), -(1n << 200n));
    near(fxCosPiRational(1, 4, prec) ** 2n >> 200n, 1n << 199n); // cos²(π/4) = 1/2
  });

  test('cos rejects a non-integer numerator or a zero denominator', () => {
    expect(() => fxCosPiRational(1.5, 3, 50)).toThrow(/a must be an integer and b a positive integer/);
    expect(() => fxCosPiRational(1, 0, 50)).toThrow(/b a positive integer/);
  });
});

describe('integer helpers', () => {
  test('isqrt is the floor square root on edge cases and big numbers', () => {
    const cases = [0n, 1n, 2n, 3n, 4n, 15n, 16n, 17n, (1n << 52n) - 1n, 1n << 52n, 10n ** 40n, 10n ** 40n - 1n, 3n ** 301n, (3n ** 150n) ** 2n];
    for (const n of cases) {
      const r = isqrt(n);
      expect(r * r <= n && (r + 1n) * (r + 1n) > n).toBe(true);
    }
    expect(() => isqrt(-1n)).toThrow(/n must be non-negative/);
  });

  test('bitLength', () => {
    expect([0n, 1n, 2n, 3n, 255n, 256n, -256n, 1n << 1000n].map(bitLength)).toEqual([0, 1, 2, 2, 8, 9, 9, 1001]);
  });

  test('fxSqrt(2), fxDiv(1, 3) and fxToNumber beyond the float range', () => {
    expect(fxToNumber(fxSqrt(2n << 100n, 100), 100)).toBeCloseTo(Math.SQRT2, 15);
    expect(fxToNumber(fxDiv(1n << 100n, 3n << 100n, 100), 100)).toBeCloseTo(1 / 3, 15);
    expect(fxToNumber(1n << 2000n, 1990)).toBe(1024);
  });

  test('bigLog of small and huge values', () => {
    expect(bigLog(1n)).toBe(0);
    expect(bigLog(10n ** 500n) / Math.LN10).toBeCloseTo(500, 10);
    expect(bigLog(3n * 10n ** 1000n) / Math.LN10).toBeCloseTo(1000 + Math.log10(3), 10);
    expect(() => bigLog(0n)).toThrow(/v must be a positive integer/);
  });
});
