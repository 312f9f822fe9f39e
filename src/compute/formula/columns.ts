/**
 * Float64 evaluation of a checked tree over many points at once: one symbol (a plot's x, a map's x
 * along a row) takes a column of values and the rest are fixed. Each node that depends on the varying
 * symbol fills a column of its own with one tight loop per operation; a subtree that does not is
 * evaluated once per call (evaluate.ts). Per point this does exactly the float64 operations that
 * compileFloat does, in the same order, so the numbers are identical bit for bit (columns.test.ts);
 * what it saves is a chain of nested closure calls per point, most of a map's or a long curve's time.
 */
import { compileFloat, FLOAT_FUNCTIONS, type Compiled } from './evaluate';
import { factorial, mod } from './special';
import { readsTerms, symbolsOf, type Expr, type OperatorName } from './tree';

/**
 * A formula over a column: `column[0 … n)` holds the varying symbol's values, `env` the others (its
 * slot in `env` is ignored). Returns a column of n results, owned by the formula and overwritten by
 * its next call: copy what you keep.
 */
export type ColumnFormula = (env: Float64Array, column: Float64Array, n: number) => Float64Array;

type Fill = (env: Float64Array, column: Float64Array, n: number) => Float64Array;
type Loop1 = (out: Float64Array, a: Float64Array, n: number) => void;
type Loop2 = (out: Float64Array, a: Float64Array, b: Float64Array, n: number) => void;

// One loop per operation, each its own function, so that every loop body stays simple arithmetic.
const BINARY: Partial<Record<OperatorName, Loop2>> = {
  add: (o, a, b, n) => { for (let i = 0; i < n; i++) o[i] = a[i] + b[i]; },
  subtract: (o, a, b, n) => { for (let i = 0; i < n; i++) o[i] = a[i] - b[i]; },
  multiply: (o, a, b, n) => { for (let i = 0; i < n; i++) o[i] = a[i] * b[i]; },
  divide: (o, a, b, n) => { for (let i = 0; i < n; i++) o[i] = a[i] / b[i]; },
  pow: (o, a, b, n) => { for (let i = 0; i < n; i++) o[i] = Math.pow(a[i], b[i]); },
  mod: (o, a, b, n) => { for (let i = 0; i < n; i++) o[i] = mod(a[i], b[i]); },
  smaller: (o, a, b, n) => { for (let i = 0; i < n; i++) o[i] = a[i] < b[i] ? 1 : 0; },
  larger: (o, a, b, n) => { for (let i = 0; i < n; i++) o[i] = a[i] > b[i] ? 1 : 0; },
  smallerEq: (o, a, b, n) => { for (let i = 0; i < n; i++) o[i] = a[i] <= b[i] ? 1 : 0; },
  largerEq: (o, a, b, n) => { for (let i = 0; i < n; i++) o[i] = a[i] >= b[i] ? 1 : 0; },
  equal: (o, a, b, n) => { for (let i = 0; i < n; i++) o[i] = a[i] === b[i] ? 1 : 0; },
  unequal: (o, a, b, n) => { for (let i = 0; i < n; i++) o[i] = a[i] !== b[i] ? 1 : 0; },
  and: (o, a, b, n) => { for (let i = 0; i < n; i++) o[i] = a[i] && b[i] ? 1 : 0; },
  or: (o, a, b, n) => { for (let i = 0; i < n; i++) o[i] = a[i] || b[i] ? 1 : 0; },
};

const UNARY: Partial<Record<OperatorName, Loop1>> = {
  unaryMinus: (o, a, n) => { for (let i = 0; i < n; i++) o[i] = -a[i]; },
  not: (o, a, n) => { for (let i = 0; i < n; i++) o[i] = a[i] ? 0 : 1; },
  factorial: (o, a, n) => { for (let i = 0; i < n; i++) o[i] = factorial(a[i]); },
};

/** A column of `n` that grows as needed (one per node, reused from call to call). */
function buffer(): (n: number) => Float64Array {
  let data = new Float64Array(0);
  return (n) => (data.length >= n ? data : (data = new Float64Array(Math.max(n, 2 * data.length))));
}

/**
 * Compiles `tree` to run over a column of the symbol `varying`; `slots` as for compileFloat. Plot and
 * map formulas only: a tree that reads a sequence's earlier terms (a[n − 1], which check.ts allows in
 * recurrences alone) is refused.
 */
export function compileColumns(tree: Expr, slots: ReadonlyMap<string, number>, varying: string): ColumnFormula {
  if (readsTerms(tree)) throw new Error('compileColumns: a recurrence reads earlier terms one at a time, not as a column');
  return fill(tree, slots, varying);
}

function fill(tree: Expr, slots: ReadonlyMap<string, number>, varying: string): Fill {
  const out = buffer();
  if (!symbolsOf(tree).includes(varying)) {
    const value = compileFloat(tree, slots);
    return (env, _column, n) => out(n).fill(value(env), 0, n);
  }
  const c = (t: Expr) => fill(t, slots, varying);
  switch (tree.k) {
    case 'sym':
      return (_env, column) => column;
    case 'op': {
      if (tree.op === 'unaryPlus') return c(tree.args[0]);
      if (tree.op === 'pow' && !symbolsOf(tree.args[1]).includes(varying)) return powFill(c(tree.args[0]), compileFloat(tree.args[1], slots), out);
      const [a, b] = tree.args.map(c);
      const two = BINARY[tree.op];
      if (two) return (env, column, n) => (two(out(n), a(env, column, n), b(env, column, n), n), out(n));
      const one = UNARY[tree.op]!;
      return (env, column, n) => (one(out(n), a(env, column, n), n), out(n));
    }
    case 'fn':
      return functionFill(FLOAT_FUNCTIONS[tree.name], tree.args.map(c), out);
    case 'if': {
      const test = c(tree.test), then = c(tree.then), otherwise = c(tree.else);
      // Both branches are computed (the functions have no side effects) and each point takes its own;
      // mathjs reads a non-zero number as true and NaN as false, as compileFloat does.
      return (env, column, n) => {
        const t = test(env, column, n), y = then(env, column, n), z = otherwise(env, column, n), o = out(n);
        for (let i = 0; i < n; i++) o[i] = t[i] ? y[i] : z[i];
        return o;
      };
    }
    default:
      // 'num' never depends on the varying symbol, and 'at' was refused above.
      throw new Error(`compileColumns: unexpected ${tree.k} node`);
  }
}

/**
 * A power with a fixed exponent: Math.pow with the exponent read once, and x·x for a square, which is
 * Math.pow(x, 2) to the last bit (columns.test.ts checks it on this engine) at a fraction of its cost.
 */
function powFill(base: Fill, exponent: Compiled, out: (n: number) => Float64Array): Fill {
  return (env, column, n) => {
    const x = base(env, column, n), e = exponent(env), o = out(n);
    if (e === 2) for (let i = 0; i < n; i++) o[i] = x[i] * x[i];
    else for (let i = 0; i < n; i++) o[i] = Math.pow(x[i], e);
    return o;
  };
}

function functionFill(f: (...a: number[]) => number, args: Fill[], out: (n: number) => Float64Array): Fill {
  if (args.length === 1) {
    const [a] = args;
    return (env, column, n) => {
      const x = a(env, column, n), o = out(n);
      for (let i = 0; i < n; i++) o[i] = f(x[i]);
      return o;
    };
  }
  if (args.length === 2) {
    const [a, b] = args;
    return (env, column, n) => {
      const x = a(env, column, n), y = b(env, column, n), o = out(n);
      for (let i = 0; i < n; i++) o[i] = f(x[i], y[i]);
      return o;
    };
  }
  return (env, column, n) => {
    const cols = args.map((a) => a(env, column, n));
    const o = out(n);
    for (let i = 0; i < n; i++) o[i] = f(...cols.map((x) => x[i]));
    return o;
  };
}
