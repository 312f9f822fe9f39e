/**
 * What a formula can be refused for: codes of the kernels' error catalogue (src/compute/errors, in
 * English and Chinese). The notebook compiler fails the build with their English sentences
 * (src/notebook/errors.ts includes them, each with a failing fixture) and lion-landscape shows them
 * under the reader's formula box, in the reader's language.
 */
import { errorCatalogues, KernelError, type Coded, type ErrorArgs, type ErrorCode } from '../errors';

const en = errorCatalogues.en;

const FORMULA_KEYS = [
  'formulaSyntax', 'emptyFormula', 'unknownSymbol', 'unknownFunction', 'badArity', 'propertyAccess',
  'assignmentInFormula', 'functionDefinition', 'notAllowed', 'badIndex', 'notExact',
] as const satisfies readonly ErrorCode[];

export type FormulaMessageKey = (typeof FORMULA_KEYS)[number];

/** The refusals' English sentences, by key (the compiler's list of messages). */
export const formulaMessages = Object.fromEntries(FORMULA_KEYS.map((k) => [k, en[k]])) as { [K in FormulaMessageKey]: (typeof en)[K] };

/** A formula refused by the checker: a coded kernel error whose code is the message key. */
export class FormulaError extends KernelError {
  readonly key: FormulaMessageKey;
  constructor(failure: Coded) {
    super(failure);
    this.name = 'FormulaError';
    this.key = failure.code as FormulaMessageKey;
  }
}

/** Throws the FormulaError for `key` with its arguments. */
export function refuse<K extends FormulaMessageKey>(key: K, ...args: ErrorArgs<K>): never {
  throw new FormulaError({ code: key, args } as unknown as Coded);
}
