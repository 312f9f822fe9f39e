/**
 * Float64 evaluation of a checked tree (tree.ts): the tree is compiled once into nested closures, which
 * then run per point at the cost of plain arithmetic and a call per node (mathjs's own evaluator
 * dispatches each operation through typed functions, 30–100× slower; columns.ts goes further for a
 * figure's many points). No text
 * is parsed or evaluated here: only a tree that check.ts built from mathjs's parse. Operators and
 * functions mean what they mean in mathjs (evaluate.test.ts compares the two); comparisons are exact
 * float64 comparisons, where mathjs allows a relative tolerance of 1e-12.
 */
import { KernelError } from '../errors';
import { CONSTANTS, type Expr, type FunctionName, type OperatorName } from './tree';
import { combinations, factorial, gamma, gcd, lcm, lgamma, mod, round } from './special';

/** A compiled formula: reads its symbols' values from `env` (slots given at compile time). */
export type Compiled = (env: Float64Array) => number;

/** Earlier terms of a sequence being computed: values[k] is the term at n = from + k; `next` the n being computed. */
export interface TermStore {
  from: number;
  values: Float64Array;
  next: number;
}

/** An index that names no earlier term: a formula error at one n, which the sequence reports. */
export class TermIndexError extends KernelError {
  constructor(readonly seq: string, readonly index: number, readonly n: number) {
    super({ code: 'termNotEarlier', args: [seq, String(index), n] });
    this.name = 'TermIndexError';
  }
}

/** What each function means in float64 (as mathjs computes it for numbers). */
export const FLOAT_FUNCTIONS: Readonly<Record<FunctionName, (...a: number[]) => number>> = {
  sin: Math.sin, cos: Math.cos, tan: Math.tan,
  sec: (x) => 1 / Math.cos(x), csc: (x) => 1 / Math.sin(x), cot: (x) => 1 / Math.tan(x),
  asin: Math.asin, acos: Math.acos, atan: Math.atan, atan2: Math.atan2,
  acot: (x) => Math.atan(1 / x), asec: (x) => Math.acos(1 / x), acsc: (x) => Math.asin(1 / x),
  sinh: Math.sinh, cosh: Math.cosh, tanh: Math.tanh, asinh: Math.asinh, acosh: Math.acosh, atanh: Math.atanh,
  sech: (x) => 1 / Math.cosh(x), csch: (x) => 1 / Math.sinh(x), coth: (x) => 1 / Math.tanh(x),
  asech: (x) => Math.acosh(1 / x), acsch: (x) => Math.asinh(1 / x), acoth: (x) => Math.atanh(1 / x),
  exp: Math.exp, expm1: Math.expm1, log: (x, base) => (base === undefined ? Math.log(x) : Math.log(x) / Math.log(base)),
  log10: Math.log10, log2: Math.log2, log1p: Math.log1p,
  sqrt: Math.sqrt, cbrt: Math.cbrt, square: (x) => x * x, cube: (x) => x * x * x, pow: Math.pow, hypot: Math.hypot,
  abs: Math.abs, sign: Math.sign, floor: Math.floor, ceil: Math.ceil, round, fix: Math.trunc,
  min: Math.min, max: Math.max, mod, gcd: (...a) => a.reduce(gcd), lcm: (...a) => a.reduce(lcm),
  gamma, lgamma, factorial, combinations,
};

const bool = (b: boolean) => (b ? 1 : 0);

/** Compiles a tree; `slots` gives each symbol's index in `env`; `terms` serves a recurrence's a[…]. */
export function compileFloat(tree: Expr, slots: ReadonlyMap<string, number>, terms?: TermStore): Compiled {
  const c = (t: Expr): Compiled => compileFloat(t, slots, terms);
  switch (tree.k) {
    case 'num': {
      const v = tree.v;
      return () => v;
    }
    case 'sym': {
      const slot = slots.get(tree.name);
      if (slot !== undefined) return (env) => env[slot];
      const v = CONSTANTS[tree.name];
      if (v === undefined) throw new Error(`symbol "${tree.name}" has no value`);
      return () => v;
    }
    case 'op':
      return operator(tree.op, tree.args.map(c));
    case 'fn': {
      const f = FLOAT_FUNCTIONS[tree.name];
      const args = tree.args.map(c);
      if (args.length === 1) {
        const [a] = args;
        return (env) => f(a(env));
      }
      if (args.length === 2) {
        const [a, b] = args;
        return (env) => f(a(env), b(env));
      }
      return (env) => f(...args.map((a) => a(env)));
    }
    case 'if': {
      const test = c(tree.test), then = c(tree.then), otherwise = c(tree.else);
      // mathjs reads a condition as true when it is a non-zero number (NaN is false).
      return (env) => (test(env) ? then(env) : otherwise(env));
    }
    case 'at': {
      const index = c(tree.index);
      const store = terms;
      if (!store) throw new Error(`${tree.seq}[…] needs the sequence's terms`);
      const seq = tree.seq;
      return (env) => {
        const i = index(env);
        if (!Number.isInteger(i) || i < store.from || i >= store.next) throw new TermIndexError(seq, i, store.next);
        return store.values[i - store.from];
      };
    }
  }
}

function operator(op: OperatorName, args: Compiled[]): Compiled {
  const [a, b] = args;
  switch (op) {
    case 'add': return (env) => a(env) + b(env);
    case 'subtract': return (env) => a(env) - b(env);
    case 'multiply': return (env) => a(env) * b(env);
    case 'divide': return (env) => a(env) / b(env);
    case 'pow': return (env) => Math.pow(a(env), b(env));
    case 'unaryMinus': return (env) => -a(env);
    case 'unaryPlus': return a;
    case 'mod': return (env) => mod(a(env), b(env));
    case 'factorial': return (env) => factorial(a(env));
    case 'smaller': return (env) => bool(a(env) < b(env));
    case 'larger': return (env) => bool(a(env) > b(env));
    case 'smallerEq': return (env) => bool(a(env) <= b(env));
    case 'largerEq': return (env) => bool(a(env) >= b(env));
    case 'equal': return (env) => bool(a(env) === b(env));
    case 'unequal': return (env) => bool(a(env) !== b(env));
    case 'and': return (env) => bool(!!a(env) && !!b(env));
    case 'or': return (env) => bool(!!a(env) || !!b(env));
    case 'not': return (env) => bool(!a(env));
  }
}

/** Slots for a list of symbol names (their order in `env`). */
export function slotsFor(names: readonly string[]): Map<string, number> {
  return new Map(names.map((name, i) => [name, i]));
}

/** Evaluates a tree once with named values (readouts, prose values): a convenience over compileFloat. */
export function evaluateOnce(tree: Expr, values: Readonly<Record<string, number>>): number {
  const names = Object.keys(values);
  return compileFloat(tree, slotsFor(names))(Float64Array.from(names, (n) => values[n]));
}
