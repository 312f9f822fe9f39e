import { describe, expect, test } from 'vitest';
import { checkFormula, checkRecurrence } from './check';
import { compileColumns } from './columns';
import { compileFloat, slotsFor } from './evaluate';
import { FUNCTION_ARITY, FUNCTION_NAMES, OPERATORS } from './tree';

const SYMBOLS = ['c', 'x', 'y'];
const slots = slotsFor(SYMBOLS);
const tree = (text: string) => checkFormula(text, { symbols: SYMBOLS }).tree;

// Every function, called with the varying symbol, with a fixed one, and (where it takes two or more)
// with both; every operator; conditionals, constants, a formula that ignores the varying symbol.
const FORMULAS = [
  ...FUNCTION_NAMES.flatMap((name) => {
    const [min, max] = FUNCTION_ARITY[name];
    if (min === 1 && max === 1) return [`${name}(x)`, `${name}(x * c)`];
    if (min === 1 && max === 2) return [`${name}(x)`, `${name}(x, y)`, `${name}(y, x)`];
    if (max === 2) return [`${name}(x, y)`, `${name}(y, x)`, `${name}(round(x), 3)`];
    return [`${name}(x, y, c)`, `${name}(round(x), round(y), 6)`, ...(min === 1 ? [`${name}(x)`] : [])];
  }),
  'x + y', 'x - y', 'x * y', 'x / y', 'y / x', 'x ^ y', 'y ^ x', 'x ^ 2', '(x - y) ^ 2', 'x ^ 3', 'x ^ c', 'x ^ -2', '2 ^ x',
  '-x', '+x', 'x mod y', 'y mod x', 'round(x)!', 'x!', 'x < y', 'x > y', 'x <= y', 'x >= y', 'x == y', 'x != y',
  'x > 0 and y > 0', 'x > 0 or y > 0', 'x and y', 'x or 0', 'not x', 'not (x > y)', 'x > y ? x : y', 'x ? 1 / x : y', '0 < x < 1',
  'pi * x + e - tau / phi', 'c * y + 1', '3', 'y', 'x',
  'log10(1 + (1 - x)^2 + c * (y - x^2)^2)', 'x * sin(y) + y^2 / 10', 'exp(-x * y) * cos(3 * y) + log(1 + y)',
];

/** Points with the edge cases of the functions: zeros of both signs, integers, halves, ±∞, NaN, huge and tiny values. */
const COLUMN = Float64Array.from([
  0, -0, 1, -1, 2, -2, 0.5, -0.5, 1.5, 3, 7, 10, 0.1, -0.3, 0.999, 1e-300, -1e-300, 1e300, -1e300, 170.5, 171, 200,
  Infinity, -Infinity, NaN, Math.PI, -Math.E, 12.75, -7.25,
  ...Array.from({ length: 40 }, (_, k) => Math.sin(k * 12.9898) * 10 ** ((k % 9) - 4)),
]);

const same = (a: number, b: number) => Object.is(a, b) || (Number.isNaN(a) && Number.isNaN(b));

describe('compileColumns gives compileFloat’s numbers bit for bit', () => {
  test('every operator and function appears among the formulas', () => {
    const text = FORMULAS.join(' ');
    for (const name of FUNCTION_NAMES) expect(text).toContain(`${name}(`);
    for (const symbol of Object.values(OPERATORS)) expect(text).toContain(symbol);
  });

  test.each(FORMULAS)('%s, over x and over y', (text) => {
    const t = tree(text);
    const point = compileFloat(t, slots);
    for (const varying of ['x', 'y']) {
      const column = compileColumns(t, slots, varying);
      const slot = slots.get(varying)!;
      for (const fixed of [2.5, -0.75, 0, NaN]) {
        const env = Float64Array.of(1.25, fixed, fixed);
        const got = Array.from(column(env, COLUMN, COLUMN.length).subarray(0, COLUMN.length));
        const want = Array.from(COLUMN, (v) => {
          env[slot] = v;
          return point(env);
        });
        const wrong = got.findIndex((v, i) => !same(v, want[i]));
        expect(wrong, `${text} over ${varying} at ${COLUMN[wrong]} (other ${fixed}): ${got[wrong]} vs ${want[wrong]}`).toBe(-1);
      }
    }
  });
});

test('a column formula keeps its answers right across calls of different lengths', () => {
  const column = compileColumns(tree('x ^ 2 + c'), slots, 'x');
  const env = Float64Array.of(1, 0, 0);
  expect(Array.from(column(env, Float64Array.of(1, 2, 3), 3).subarray(0, 3))).toEqual([2, 5, 10]);
  expect(Array.from(column(env, Float64Array.of(4, 5, 6, 7, 8), 5).subarray(0, 5))).toEqual([17, 26, 37, 50, 65]);
  expect(Array.from(column(env, Float64Array.of(-1), 1).subarray(0, 1))).toEqual([2]);
});

test('a square is Math.pow(x, 2) to the last bit on this engine (what the column loop relies on)', () => {
  let seed = 12345;
  const random = () => ((seed = (seed * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
  for (let k = 0; k < 200_000; k++) {
    const x = (random() - 0.5) * 10 ** Math.floor(random() * 400 - 200);
    if (Math.pow(x, 2) !== x * x) throw new Error(`Math.pow(${x}, 2) = ${Math.pow(x, 2)}, x·x = ${x * x}`);
  }
  for (const x of [0, -0, Infinity, -Infinity, NaN, Number.MAX_VALUE, Number.MIN_VALUE]) expect(same(Math.pow(x, 2), x * x)).toBe(true);
});

test('a recurrence that reads earlier terms is not for columns', () => {
  const { tree: t } = checkRecurrence('a[n] = a[n-1] + n', { symbols: [] });
  expect(() => compileColumns(t, slotsFor(['n']), 'n')).toThrow('a recurrence reads earlier terms one at a time');
});
