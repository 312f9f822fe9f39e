/**
 * What a formula can be refused for, in one place: the notebook compiler fails the build with these
 * (src/notebook/errors.ts includes them, each with a failing fixture) and lion-landscape shows them
 * under the reader's formula box.
 */
export const formulaMessages = {
  formulaSyntax: (why: string) => `formula syntax error: ${why}`,
  emptyFormula: () => 'the formula is empty',
  unknownSymbol: (name: string, known: string[]) =>
    `unknown symbol "${name}" (${known.length ? `known here: ${known.join(', ')}, ` : ''}and the constants pi, e, tau, phi)`,
  unknownFunction: (name: string) => `unknown function "${name}" (a formula may call only the functions the author guide lists)`,
  badArity: (name: string, min: number, max: number, got: number) =>
    `${name}() takes ${min === max ? min : max === Infinity ? `${min} or more` : `${min} to ${max}`} argument${max === 1 ? '' : 's'}, not ${got}`,
  propertyAccess: () => 'property access (a.b or a["b"]) is not allowed in a formula',
  assignmentInFormula: () => 'assignment ("=") is not allowed in a formula; to compare, write "=="',
  functionDefinition: () => 'defining a function (f(x) = …) is not allowed in a formula',
  notAllowed: (what: string) => `${what} is not allowed in a formula`,
  badIndex: (seq: string, symbol: string) => `${seq}[…] reads an earlier term: write ${seq}[${symbol}-1], ${seq}[${symbol}-2], …`,
  notExact: (what: string) => `${what} has no exact integer meaning; drop "exact: true" to compute in floating point`,
} as const;

export type FormulaMessageKey = keyof typeof formulaMessages;

/** A formula refused by the checker: the message key (for tests) and the text. */
export class FormulaError extends Error {
  constructor(
    readonly key: FormulaMessageKey,
    message: string,
  ) {
    super(message);
    this.name = 'FormulaError';
  }
}

/** Throws the FormulaError for `key` with its message. */
export function refuse<K extends FormulaMessageKey>(key: K, ...args: Parameters<(typeof formulaMessages)[K]>): never {
  throw new FormulaError(key, (formulaMessages[key] as (...a: unknown[]) => string)(...args));
}
