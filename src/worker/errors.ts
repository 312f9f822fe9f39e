/**
 * Coded kernel errors across the worker boundary, and their wording on the page. comlink sends a
 * thrown Error as its message, name and stack only; this `throw` handler (registered by the worker
 * and by the client, each on its own copy of comlink) also carries a KernelError's code and
 * arguments, and the client rebuilds the KernelError from them. The page's shared UI may import this
 * layer but not the kernels', so it reaches the error catalogues (src/compute/errors) through here.
 */
import { transferHandlers, type TransferHandler } from 'comlink';
import { KernelError, codedText, isCoded, type Coded, type ErrorLang } from '../compute/errors';

export { KernelError, isCoded, type Coded, type CodedMessage, type ErrorLang } from '../compute/errors';

/** comlink's own wire form of a throw, plus the code and arguments of a KernelError. */
interface WireThrow {
  isError: boolean;
  value: unknown;
  coded?: Coded;
}

type ThrowHandler = TransferHandler<unknown, WireThrow>;
let registered: ThrowHandler | null = null;

/** Installs the handler (once per comlink copy); comlink's own handler still serialises every other throw. */
export function registerKernelErrors(): void {
  const own = transferHandlers.get('throw') as ThrowHandler | undefined;
  if (!own || own === registered) return;
  registered = {
    canHandle: own.canHandle,
    serialize(thrown) {
      const [wire, transferables] = own.serialize(thrown);
      const { value } = thrown as { value: unknown };
      return [value instanceof KernelError ? { ...wire, coded: value.coded } : wire, transferables];
    },
    deserialize(wire) {
      if (wire.isError && isCoded(wire.coded)) {
        const error = new KernelError(wire.coded);
        const { stack } = wire.value as { stack?: string };
        if (stack !== undefined) error.stack = stack;
        throw error;
      }
      return own.deserialize(wire);
    },
  };
  transferHandlers.set('throw', registered as TransferHandler<unknown, unknown>);
}

/** The sentence for a coded message in `lang`. */
export function failureText(failure: Coded, lang: ErrorLang): string {
  return codedText(failure, lang);
}

/**
 * What went wrong, in `lang` when it is coded: a KernelError, a coded message from a parser's problem
 * list, or (as it is) any other Error's message or a string.
 */
export function errorText(error: unknown, lang: ErrorLang): string {
  if (isCoded(error)) return codedText(error, lang);
  return error instanceof Error ? error.message : String(error);
}
