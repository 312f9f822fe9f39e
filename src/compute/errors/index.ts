/**
 * Coded kernel errors: a kernel refuses with `fail(code, ...args)`, which throws a KernelError whose
 * `message` is the English sentence (what tests, logs and the compute contract read) and which keeps
 * the code and arguments, so the page can word the same facts in the reader's language.
 *
 * Both catalogues live here, in the kernels' layer: kernels may import nothing above them, so the
 * English catalogue that makes their messages must be here, and the Chinese one sits beside it so
 * it can be typed against the English keys. The page reaches them through src/worker/errors.ts (the
 * worker layer, which the shared UI may import) and never the other way round.
 */
import { en, type ErrorCatalogue, type Sentence } from './en';
import { zh } from './zh';

export { shown, shownEn, type Shown } from './shown';
export type { ErrorCatalogue, Sentence } from './en';
export type { ErrorTranslation } from './zh';

export type ErrorCode = keyof ErrorCatalogue;
export type ErrorLang = 'en' | 'zh';

/** A code's arguments as a kernel passes them: a `Sentence` parameter takes another coded message. */
export type ErrorArgs<C extends ErrorCode> = PassedArgs<Parameters<ErrorCatalogue[C]>>;
type PassedArgs<P extends readonly unknown[]> = { [I in keyof P]: [P[I]] extends [Sentence] ? Coded : P[I] };

/** A code with its arguments (plain data: it crosses the worker boundary by structured clone). */
export type Coded = { [C in ErrorCode]: { readonly code: C; readonly args: ErrorArgs<C> } }[ErrorCode];

/** A coded message with its English text, for parsers that list problems rather than throw. */
export type CodedMessage = Coded & { readonly message: string };

/** The catalogue of each language. */
export const errorCatalogues: { readonly [L in ErrorLang]: ErrorCatalogue } = { en, zh };

/** Whether `value` is a code of the catalogue with an argument list (e.g. after a trip through a worker). */
export function isCoded(value: unknown): value is Coded {
  if (typeof value !== 'object' || value === null) return false;
  const { code, args } = value as { code?: unknown; args?: unknown };
  return typeof code === 'string' && Object.prototype.hasOwnProperty.call(en, code) && Array.isArray(args);
}

/** The sentence for a coded message in `lang`; nested coded messages are worded in the same language. */
export function codedText(message: Coded, lang: ErrorLang): string {
  const args = (message.args as readonly unknown[]).map((a) => (isCoded(a) ? codedText(a, lang) : a));
  return (errorCatalogues[lang][message.code] as (...a: unknown[]) => string)(...args);
}

/** A kernel's refusal, coded. */
export class KernelError extends Error {
  readonly code: ErrorCode;
  readonly args: readonly unknown[];
  constructor(coded: Coded, options?: { cause?: unknown }) {
    super(codedText(coded, 'en'), options);
    this.name = 'KernelError';
    this.code = coded.code;
    this.args = coded.args;
  }

  /** The code and arguments alone, as plain data. */
  get coded(): Coded {
    return { code: this.code, args: this.args } as Coded;
  }
}

/** A coded message (for a problem list); `message` is its English sentence. */
export function coded<C extends ErrorCode>(code: C, ...args: ErrorArgs<C>): CodedMessage {
  const c = { code, args } as unknown as Coded;
  return { ...c, message: codedText(c, 'en') };
}

/** Throws the KernelError for `code` with `args`. */
export function fail<C extends ErrorCode>(code: C, ...args: ErrorArgs<C>): never {
  throw new KernelError({ code, args } as unknown as Coded);
}

/** Like `fail`, keeping the error that led to it as `cause`. */
export function failBecause<C extends ErrorCode>(cause: unknown, code: C, ...args: ErrorArgs<C>): never {
  throw new KernelError({ code, args } as unknown as Coded, { cause });
}
