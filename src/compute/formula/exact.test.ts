import { describe, expect, test } from 'vitest';
import { checkFormula, checkRecurrence } from './check';
import { codedText } from '../errors';
import { bitLength, compileExact, ExactError, MAX_BITS, shortDigits } from './exact';
import { slotsFor } from './evaluate';

const exact = (text: string, values: Record<string, bigint>) => {
  const names = Object.keys(values);
  return compileExact(checkFormula(text, { symbols: names, exact: true }).tree, slotsFor(names))(names.map((k) => values[k]));
};

describe('compileExact', () => {
  test('integer arithmetic is exact past 2^53', () => {
    expect(exact('2^100 + 1', {})).toBe(2n ** 100n + 1n);
    expect(exact('n * n - 1', { n: 123456789012345678901n })).toBe(123456789012345678901n ** 2n - 1n);
    expect(exact('30!', {})).toBe(265252859812191058636308480000000n);
    expect(exact('combinations(100, 50)', {})).toBe(100891344545564193334812497256n);
  });

  test('mod takes the sign of the divisor, as mathjs; / must divide exactly', () => {
    expect(exact('-7 mod 3', {})).toBe(2n);
    expect(exact('7 mod -3', {})).toBe(-2n);
    expect(exact('12 / 4', {})).toBe(3n);
    expect(() => exact('7 / 2', {})).toThrow(/7 \/ 2 is not a whole number/);
    expect(() => exact('1 / 0', {})).toThrow(ExactError);
  });

  test('comparisons, logic and conditionals give 1 and 0', () => {
    expect(exact('n > 2 ? n : 0', { n: 5n })).toBe(5n);
    expect(exact('n > 2 and n < 4', { n: 5n })).toBe(0n);
    expect(exact('gcd(12, 18) + lcm(4, 6) + abs(-3) + max(1, 9, 4)', {})).toBe(6n + 12n + 3n + 9n);
  });

  test('values past MAX_BITS are refused before they stall the worker', () => {
    expect(() => exact('2^200000', {})).toThrow(/would pass/);
    expect(() => exact('100000!', {})).toThrow(/would pass/);
    expect(() => exact('(2^70000) * (2^70000)', {})).toThrow(/passed/);
    expect(bitLength(2n ** BigInt(MAX_BITS) - 1n)).toBe(MAX_BITS);
  });

  test('a refusal is coded, and a huge operand is shown by its leading digits', () => {
    let thrown: unknown;
    try {
      exact('(3^100 + 1) / 2^70', {});
    } catch (e) {
      thrown = e;
    }
    expect(thrown).toBeInstanceOf(ExactError);
    const why = (thrown as ExactError).coded;
    expect(why.code).toBe('exactDivideNotWhole');
    expect((thrown as Error).message).toBe('5.1537752…×10^47 / 1180591620717411303424 is not a whole number');
    expect(codedText(why, 'zh')).toBe('5.1537752…×10^47 / 1180591620717411303424 不是整数');
    expect(shortDigits(-(10n ** 40n))).toBe('-1.0000000…×10^40');
    expect(shortDigits(10n ** 29n)).toBe('100000000000000000000000000000');
  });

  test('bitLength counts binary digits', () => {
    for (const v of [1n, 2n, 3n, 255n, 256n, 2n ** 64n, -(2n ** 64n) - 1n]) expect(bitLength(v)).toBe((v < 0n ? -v : v).toString(2).length);
    expect(bitLength(0n)).toBe(0);
  });

  test('a recurrence reads earlier terms from the store', () => {
    const r = checkRecurrence('a[n] = a[n-1] + a[n-2]', { symbols: [], exact: true });
    const store = { from: 0, values: [0n, 1n], next: 2 };
    const f = compileExact(r.tree, slotsFor(['n']), store);
    for (let n = 2; n <= 100; n++) {
      store.next = n;
      store.values.push(f([BigInt(n)]));
    }
    // F(100), OEIS A000045.
    expect(store.values[100]).toBe(354224848179261915075n);
    store.next = 101;
    const bad = compileExact(checkRecurrence('a[n] = a[n - 200]', { symbols: [], exact: true }).tree, slotsFor(['n']), store);
    expect(() => bad([101n])).toThrow(/a\[-99\] is not an earlier term at n = 101/);
  });
});
