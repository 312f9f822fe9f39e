/**
 * Reads a formula with mathjs's parser and keeps it only if every node is one a formula may hold
 * (tree.ts): numbers, known symbols, the arithmetic, comparison and logic operators, known functions
 * called by name, `c ? a : b`, and, in a recurrence, earlier terms `a[n-1]`. Everything else — property
 * access, assignment, function definitions, strings, matrices, units, library internals such as
 * `import` — is refused with a message (messages.ts). Nothing is ever evaluated here. The same parsed
 * expression gives the TeX the page typesets (mathjs's toTex).
 */
import { create, parseDependencies, type MathNode } from 'mathjs';
import { CONSTANTS, EXACT_FUNCTIONS, EXACT_OPERATORS, FUNCTION_ARITY, OPERATORS, type Expr, type FunctionName, type OperatorName } from './tree';
import { coded, type CodedMessage } from '../errors';
import { refuse } from './messages';
import { symbolTex } from './symbolTex';

const floatMath = create({ parseDependencies });
// Exact formulas parse integer literals as BigInt, so digits past 2^53 survive.
const exactMath = create({ parseDependencies }, { number: 'bigint' });

/** What a formula may read. */
export interface FormulaScope {
  /** Parameters and variables, by name. */
  symbols: readonly string[];
  /** In a recurrence: the sequence's name and its index symbol (`a`, `n` for `a[n-1]`). */
  sequence?: { name: string; index: string };
  /** Exact integer arithmetic (BigInt): only operators and functions with an exact meaning. */
  exact?: boolean;
  /** TeX for a symbol instead of symbolTex's (e.g. one bound to a control); undefined keeps the default. */
  symbolTex?: (name: string) => string | undefined;
}

/** A formula that passed the checks: its tree, and its TeX as mathjs writes it. */
export interface CheckedFormula {
  tree: Expr;
  tex: string;
}

/** Parses with mathjs; a syntax error becomes a FormulaError. */
function parse(text: string, exact: boolean): MathNode {
  if (!text.trim()) refuse('emptyFormula');
  try {
    return (exact ? exactMath : floatMath).parse(text);
  } catch (err) {
    refuse('formulaSyntax', err instanceof Error ? err.message : String(err));
  }
}

/** mathjs's TeX of a checked node, symbols written by symbolTex (alpha → \alpha, a_1 → a_{1}) or the scope's own. */
export function texOf(node: MathNode, scope?: Pick<FormulaScope, 'symbolTex'>): string {
  return node.toTex({
    parenthesis: 'auto',
    implicit: 'hide',
    handler: (n: MathNode) => {
      if (n.type !== 'SymbolNode') return undefined;
      const name = (n as unknown as { name: string }).name;
      return scope?.symbolTex?.(name) ?? symbolTex(name);
    },
  });
}

/** Parses and checks a formula against its scope. Throws FormulaError. */
export function checkFormula(text: string, scope: FormulaScope): CheckedFormula {
  const node = parse(text, scope.exact ?? false);
  return { tree: toTree(node, scope), tex: texOf(node, scope) };
}

/** A recurrence `a[n] = <formula in a[n-1], a[n-2], …, n and the parameters>`. */
export interface CheckedRecurrence extends CheckedFormula {
  name: string;
  index: string;
}

/** Parses `a[n] = …`: the one assignment a formula may hold, defining the sequence's next term. */
export function checkRecurrence(text: string, scope: FormulaScope): CheckedRecurrence {
  const node = parse(text, scope.exact ?? false) as MathNode & {
    object?: MathNode & { name?: string };
    index?: { dimensions: (MathNode & { name?: string })[]; dotNotation: boolean } | null;
    value?: MathNode;
  };
  const target = node.object, dims = node.index?.dimensions;
  if (node.type !== 'AssignmentNode' || target?.type !== 'SymbolNode' || !dims || node.index?.dotNotation || dims.length !== 1 || dims[0].type !== 'SymbolNode') {
    refuse('notAllowed', coded('partRecurrence'));
  }
  const name = target.name!, index = dims[0].name!;
  const tree = toTree(node.value!, { ...scope, symbols: [...scope.symbols, index], sequence: { name, index } });
  return { name, index, tree, tex: `${symbolTex(name)}_{${symbolTex(index)}} = ${texOf(node.value!, scope)}` };
}

interface AnyNode {
  type: string;
  name?: string;
  value?: unknown;
  op?: string;
  fn?: AnyNode | string;
  args?: AnyNode[];
  implicit?: boolean;
  isPercentage?: boolean;
  content?: AnyNode;
  condition?: AnyNode;
  trueExpr?: AnyNode;
  falseExpr?: AnyNode;
  object?: AnyNode;
  index?: { dimensions: AnyNode[]; dotNotation: boolean };
  conditionals?: string[];
  params?: AnyNode[];
}

/** Node types that are never a formula, with the words a message uses for them. */
const REFUSED: Record<string, CodedMessage> = {
  ArrayNode: coded('partMatrix'),
  ObjectNode: coded('partObject'),
  BlockNode: coded('partStatements'),
  RangeNode: coded('partRange'),
  IndexNode: coded('partIndex'),
};

/** The checked tree of a mathjs node (from its parser, or its derivative); throws FormulaError. */
export function toTree(raw: MathNode, scope: FormulaScope): Expr {
  const exact = scope.exact ?? false;
  const walk = (n: AnyNode): Expr => {
    switch (n.type) {
      case 'ParenthesisNode':
        return walk(n.content!);
      case 'ConstantNode':
        return constant(n.value, exact);
      case 'SymbolNode': {
        const name = n.name!;
        if (scope.symbols.includes(name)) return { k: 'sym', name };
        if (name in CONSTANTS) {
          if (exact) refuse('notExact', coded('partConstant', name));
          return { k: 'sym', name };
        }
        return refuse('unknownSymbol', name, [...scope.symbols]);
      }
      case 'OperatorNode': {
        const fn = n.fn as string;
        if (n.isPercentage) refuse('notAllowed', coded('partPercentage'));
        if (!Object.hasOwn(OPERATORS, fn)) refuse('notAllowed', coded('partOperator', n.op ?? fn));
        const op = fn as OperatorName;
        if (exact && !EXACT_OPERATORS.has(op)) refuse('notExact', coded('partOperator', n.op ?? fn));
        return { k: 'op', op, args: n.args!.map(walk) };
      }
      case 'FunctionNode': {
        const callee = n.fn as AnyNode;
        if (callee.type !== 'SymbolNode') {
          if (callee.type === 'AccessorNode') refuse('propertyAccess');
          refuse('notAllowed', coded('partCall'));
        }
        const name = callee.name!;
        if (!Object.hasOwn(FUNCTION_ARITY, name)) refuse('unknownFunction', name);
        const fname = name as FunctionName;
        const [min, max] = FUNCTION_ARITY[fname];
        const args = n.args!;
        if (args.length < min || args.length > max) refuse('badArity', name, min, max, args.length);
        if (exact && !EXACT_FUNCTIONS.has(fname)) refuse('notExact', coded('partFunction', name));
        return { k: 'fn', name: fname, args: args.map(walk) };
      }
      case 'ConditionalNode':
        return { k: 'if', test: walk(n.condition!), then: walk(n.trueExpr!), else: walk(n.falseExpr!) };
      case 'RelationalNode': {
        // a < b <= c: each neighbouring pair compared, all of them true.
        const parts = n.conditionals!.map((c, i): Expr => {
          if (!Object.hasOwn(OPERATORS, c)) refuse('notAllowed', coded('partComparison', c));
          return { k: 'op', op: c as OperatorName, args: [walk(n.params![i]), walk(n.params![i + 1])] };
        });
        return parts.reduce((a, b) => ({ k: 'op', op: 'and', args: [a, b] }));
      }
      case 'AccessorNode':
        return accessor(n);
      case 'AssignmentNode':
        return refuse('assignmentInFormula');
      case 'FunctionAssignmentNode':
        return refuse('functionDefinition');
      default:
        return refuse('notAllowed', REFUSED[n.type] ?? coded('partNode', n.type));
    }
  };
  const accessor = (n: AnyNode): Expr => {
    const seq = scope.sequence;
    const dims = n.index?.dimensions ?? [];
    if (n.index?.dotNotation || dims.some((d) => d.type === 'ConstantNode' && typeof d.value === 'string')) refuse('propertyAccess');
    if (!seq || n.object?.type !== 'SymbolNode' || n.object.name !== seq.name || dims.length !== 1) {
      refuse('notAllowed', coded('partIndexing'));
    }
    const index = walk(dims[0]);
    if (!isBeforeIndex(index, seq.index)) refuse('badIndex', seq.name, seq.index);
    return { k: 'at', seq: seq.name, index };
  };
  return walk(raw as unknown as AnyNode);
}

/** A literal number (or a boolean, read as 1 or 0); strings and other values are refused. */
function constant(value: unknown, exact: boolean): Expr {
  if (typeof value === 'boolean') return exact ? { k: 'num', v: value ? 1 : 0, big: value ? '1' : '0' } : { k: 'num', v: value ? 1 : 0 };
  if (typeof value === 'bigint') return { k: 'num', v: Number(value), big: value.toString() };
  if (typeof value === 'number') {
    if (!exact) return { k: 'num', v: value };
    if (!Number.isSafeInteger(value)) refuse('notExact', coded('partNumber', String(value)));
    return { k: 'num', v: value, big: String(value) };
  }
  refuse('notAllowed', typeof value === 'string' ? coded('partText') : coded('partValue', String(value)));
}

/**
 * Whether an index can name a term computed before the n-th: `a[n]` and `a[n + 2]` plainly cannot.
 * Others (`a[n-1]`, `a[0]`, `a[floor(n/2)]`) are checked when evaluated, where an index that is not an
 * earlier term is an error naming its n.
 */
function isBeforeIndex(index: Expr, symbol: string): boolean {
  if (index.k === 'sym') return index.name !== symbol;
  if (index.k === 'op' && index.op === 'add') {
    const [a, b] = index.args;
    return !(a.k === 'sym' && a.name === symbol && b.k === 'num' && b.v >= 0);
  }
  return true;
}
