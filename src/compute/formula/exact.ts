/**
 * Exact integer evaluation of a checked tree in BigInt, for sequences declared `exact: true`
 * (Fibonacci numbers, partition counts): + − × and powers are exact, `/` must divide exactly, mod
 * follows mathjs (the sign of the divisor). Values are held to MAX_BITS bits, and a power or factorial
 * that would pass it is refused before it is computed, so no term can stall the worker.
 */
import { KernelError, type Coded, type ErrorArgs } from '../errors';
import type { Expr, FunctionName, OperatorName } from './tree';

/** Largest term kept: 2^17 bits, about 39 000 decimal digits. */
export const MAX_BITS = 131_072;

export type CompiledExact = (env: readonly bigint[]) => bigint;

/** Earlier terms: values[k] is the term at n = from + k; `next` is the n being computed. */
export interface ExactTermStore {
  from: number;
  values: bigint[];
  next: number;
}

type ExactCode =
  | 'exactPastBits' | 'exactPowerNotWhole' | 'exactPowerPastBits' | 'exactFactorialNegative' | 'exactFactorialPastBits'
  | 'exactCombinationsNegative' | 'exactCombinationsTooLarge' | 'exactDivideByZero' | 'exactDivideNotWhole' | 'termNotEarlier';

/**
 * A value that cannot be computed exactly (a division with a remainder, a term past MAX_BITS): coded,
 * so the figure's "stopped" note reads in the reader's language.
 */
export class ExactError extends KernelError {
  constructor(coded: Coded) {
    super(coded);
    this.name = 'ExactError';
  }
}

function stop<C extends ExactCode>(code: C, ...args: ErrorArgs<C>): never {
  throw new ExactError({ code, args } as unknown as Coded);
}

/** A value as a message shows it: in full up to 30 digits, else its leading digits times a power of ten (words in no language). */
export function shortDigits(v: bigint): string {
  const s = (v < 0n ? -v : v).toString();
  if (s.length <= 30) return v.toString();
  return `${v < 0n ? '-' : ''}${s[0]}.${s.slice(1, 8)}…×10^${s.length - 1}`;
}

/** Bits in |v| (0 for 0). */
export function bitLength(v: bigint): number {
  if (v === 0n) return 0;
  const hex = (v < 0n ? -v : v).toString(16);
  return (hex.length - 1) * 4 + (32 - Math.clz32(parseInt(hex[0], 16)));
}

function checked(v: bigint): bigint {
  if (bitLength(v) > MAX_BITS) stop('exactPastBits', MAX_BITS);
  return v;
}

const abs = (v: bigint) => (v < 0n ? -v : v);
function gcd(a: bigint, b: bigint): bigint {
  a = abs(a);
  b = abs(b);
  while (b !== 0n) [a, b] = [b, a % b];
  return a;
}

function pow(base: bigint, exponent: bigint): bigint {
  if (exponent < 0n) {
    if (base === 1n) return 1n;
    if (base === -1n) return exponent % 2n === 0n ? 1n : -1n;
    stop('exactPowerNotWhole', shortDigits(base), shortDigits(exponent));
  }
  if (base === 0n || base === 1n) return exponent === 0n ? 1n : base;
  if (BigInt(bitLength(base) - 1) * exponent > BigInt(MAX_BITS)) stop('exactPowerPastBits', shortDigits(base), shortDigits(exponent), MAX_BITS);
  return checked(base ** exponent);
}

/** x mod y with the sign of y, as mathjs; x when y = 0. */
function mod(x: bigint, y: bigint): bigint {
  if (y === 0n) return x;
  const r = x % y;
  return r !== 0n && r < 0n !== y < 0n ? r + y : r;
}

function factorial(n: bigint): bigint {
  if (n < 0n) stop('exactFactorialNegative', shortDigits(n));
  // Stirling: log2(n!) ≈ n·log2(n/e); refuse before the product grows past MAX_BITS.
  const x = Number(n);
  if (x > 2 && x * Math.log2(x / Math.E) > MAX_BITS) stop('exactFactorialPastBits', shortDigits(n), MAX_BITS);
  let out = 1n;
  for (let k = 2n; k <= n; k++) out *= k;
  return out;
}

function combinations(n: bigint, k: bigint): bigint {
  if (n < 0n || k < 0n) stop('exactCombinationsNegative', shortDigits(n), shortDigits(k));
  if (k > n) return 0n;
  if (k > n - k) k = n - k;
  if (Number(k) * Math.log2(Math.max(2, Number(n))) > 4 * MAX_BITS) stop('exactCombinationsTooLarge', shortDigits(n), shortDigits(k));
  let c = 1n;
  for (let i = 1n; i <= k; i++) c = (c * (n - k + i)) / i;
  return checked(c);
}

const EXACT_FUNCTIONS: Partial<Record<FunctionName, (...a: bigint[]) => bigint>> = {
  abs,
  sign: (v) => (v > 0n ? 1n : v < 0n ? -1n : 0n),
  floor: (v) => v,
  ceil: (v) => v,
  round: (v) => v,
  fix: (v) => v,
  min: (...a) => a.reduce((p, q) => (q < p ? q : p)),
  max: (...a) => a.reduce((p, q) => (q > p ? q : p)),
  mod,
  gcd: (...a) => a.reduce(gcd),
  lcm: (...a) => a.reduce((p, q) => (p === 0n || q === 0n ? 0n : checked(abs((p / gcd(p, q)) * q)))),
  square: (v) => checked(v * v),
  cube: (v) => checked(v * v * v),
  pow,
  factorial,
  combinations,
};

const bool = (b: boolean) => (b ? 1n : 0n);

/** Compiles a tree (checked with `exact: true`) to a BigInt closure; `slots` as in compileFloat. */
export function compileExact(tree: Expr, slots: ReadonlyMap<string, number>, terms?: ExactTermStore): CompiledExact {
  const c = (t: Expr) => compileExact(t, slots, terms);
  switch (tree.k) {
    case 'num': {
      const v = BigInt(tree.big ?? tree.v);
      return () => v;
    }
    case 'sym': {
      const slot = slots.get(tree.name);
      if (slot === undefined) throw new Error(`symbol "${tree.name}" has no exact value`);
      return (env) => env[slot];
    }
    case 'op':
      return exactOperator(tree.op, tree.args.map(c));
    case 'fn': {
      const f = EXACT_FUNCTIONS[tree.name];
      if (!f) throw new Error(`${tree.name}() has no exact meaning`);
      const args = tree.args.map(c);
      return (env) => f(...args.map((a) => a(env)));
    }
    case 'if': {
      const test = c(tree.test), then = c(tree.then), otherwise = c(tree.else);
      return (env) => (test(env) !== 0n ? then(env) : otherwise(env));
    }
    case 'at': {
      const index = c(tree.index);
      const store = terms;
      if (!store) throw new Error(`${tree.seq}[…] needs the sequence's terms`);
      const seq = tree.seq;
      return (env) => {
        const i = index(env);
        if (i < BigInt(store.from) || i >= BigInt(store.next)) stop('termNotEarlier', seq, shortDigits(i), store.next);
        return store.values[Number(i) - store.from];
      };
    }
  }
}

function exactOperator(op: OperatorName, args: CompiledExact[]): CompiledExact {
  const [a, b] = args;
  switch (op) {
    case 'add': return (env) => checked(a(env) + b(env));
    case 'subtract': return (env) => checked(a(env) - b(env));
    case 'multiply': return (env) => checked(a(env) * b(env));
    case 'divide':
      return (env) => {
        const x = a(env), y = b(env);
        if (y === 0n) stop('exactDivideByZero', shortDigits(x));
        if (x % y !== 0n) stop('exactDivideNotWhole', shortDigits(x), shortDigits(y));
        return x / y;
      };
    case 'pow': return (env) => pow(a(env), b(env));
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
    case 'and': return (env) => bool(a(env) !== 0n && b(env) !== 0n);
    case 'or': return (env) => bool(a(env) !== 0n || b(env) !== 0n);
    case 'not': return (env) => bool(a(env) === 0n);
  }
}
