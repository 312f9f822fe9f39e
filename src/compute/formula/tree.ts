/**
 * The checked expression tree: what mathjs's parser returns (check.ts), reduced to the few node kinds a
 * formula may hold, as plain JSON. The build ships it to the page, and the worker compiles it to
 * closures (evaluate.ts, exact.ts) without loading mathjs or evaluating any text.
 */

/** A formula's tree. Operators and functions name entries of OPERATORS and FUNCTIONS. */
export type Expr =
  | { k: 'num'; v: number; /** The literal's digits, for exact (BigInt) evaluation. */ big?: string }
  | { k: 'sym'; name: string }
  | { k: 'op'; op: OperatorName; args: Expr[] }
  | { k: 'fn'; name: FunctionName; args: Expr[] }
  | { k: 'if'; test: Expr; then: Expr; else: Expr }
  /** An earlier term of the sequence being defined: `a[n-1]`. */
  | { k: 'at'; seq: string; index: Expr };

/** Constants a formula may name, by their mathjs names. */
export const CONSTANTS: Readonly<Record<string, number>> = {
  pi: Math.PI,
  e: Math.E,
  tau: 2 * Math.PI,
  phi: (1 + Math.sqrt(5)) / 2,
};

/** mathjs operator functions a formula may use, with the symbol shown in messages. */
export const OPERATORS = {
  add: '+',
  subtract: '-',
  multiply: '*',
  divide: '/',
  pow: '^',
  unaryMinus: '-',
  unaryPlus: '+',
  mod: 'mod',
  factorial: '!',
  smaller: '<',
  larger: '>',
  smallerEq: '<=',
  largerEq: '>=',
  equal: '==',
  unequal: '!=',
  and: 'and',
  or: 'or',
  not: 'not',
} as const;
export type OperatorName = keyof typeof OPERATORS;

/** Functions by their mathjs names, with the number of arguments each takes (max Infinity: any). */
export const FUNCTION_ARITY = {
  sin: [1, 1], cos: [1, 1], tan: [1, 1], sec: [1, 1], csc: [1, 1], cot: [1, 1],
  asin: [1, 1], acos: [1, 1], atan: [1, 1], atan2: [2, 2],
  acot: [1, 1], asec: [1, 1], acsc: [1, 1],
  sinh: [1, 1], cosh: [1, 1], tanh: [1, 1], asinh: [1, 1], acosh: [1, 1], atanh: [1, 1],
  sech: [1, 1], csch: [1, 1], coth: [1, 1], asech: [1, 1], acsch: [1, 1], acoth: [1, 1],
  exp: [1, 1], expm1: [1, 1], log: [1, 2], log10: [1, 1], log2: [1, 1], log1p: [1, 1],
  sqrt: [1, 1], cbrt: [1, 1], square: [1, 1], cube: [1, 1], pow: [2, 2], hypot: [1, Infinity],
  abs: [1, 1], sign: [1, 1], floor: [1, 1], ceil: [1, 1], round: [1, 1], fix: [1, 1],
  min: [1, Infinity], max: [1, Infinity], mod: [2, 2], gcd: [2, Infinity], lcm: [2, Infinity],
  gamma: [1, 1], lgamma: [1, 1], factorial: [1, 1], combinations: [2, 2],
} as const satisfies Record<string, readonly [number, number]>;
export type FunctionName = keyof typeof FUNCTION_ARITY;

/** Function names in menu order, for messages and the author guide. */
export const FUNCTION_NAMES = Object.keys(FUNCTION_ARITY) as FunctionName[];

/** Operators and functions with an exact integer meaning (exact.ts); the rest need float64. */
export const EXACT_OPERATORS: ReadonlySet<OperatorName> = new Set([
  'add', 'subtract', 'multiply', 'divide', 'pow', 'unaryMinus', 'unaryPlus', 'mod', 'factorial',
  'smaller', 'larger', 'smallerEq', 'largerEq', 'equal', 'unequal', 'and', 'or', 'not',
]);
export const EXACT_FUNCTIONS: ReadonlySet<FunctionName> = new Set([
  'abs', 'sign', 'floor', 'ceil', 'round', 'fix', 'min', 'max', 'mod', 'gcd', 'lcm', 'square', 'cube', 'pow', 'factorial', 'combinations',
]);

/** Every symbol a tree reads (parameters, variables, constants), in first-use order. */
export function symbolsOf(tree: Expr, out: string[] = []): string[] {
  switch (tree.k) {
    case 'num':
      break;
    case 'sym':
      if (!out.includes(tree.name)) out.push(tree.name);
      break;
    case 'op':
    case 'fn':
      for (const a of tree.args) symbolsOf(a, out);
      break;
    case 'if':
      symbolsOf(tree.test, out);
      symbolsOf(tree.then, out);
      symbolsOf(tree.else, out);
      break;
    case 'at':
      symbolsOf(tree.index, out);
      break;
  }
  return out;
}

/** Whether a tree refers to earlier terms of a sequence (a recurrence rather than a closed form). */
export function readsTerms(tree: Expr): boolean {
  switch (tree.k) {
    case 'at':
      return true;
    case 'op':
    case 'fn':
      return tree.args.some(readsTerms);
    case 'if':
      return readsTerms(tree.test) || readsTerms(tree.then) || readsTerms(tree.else);
    default:
      return false;
  }
}
