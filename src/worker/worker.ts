/// <reference lib="webworker" />
/**
 * The worker entry: wires the kernel table to comlink and nothing else. Results' typed arrays are
 * transferred, not copied. A kernel's thrown Error reaches the caller with its message intact.
 */
import { expose, transfer } from 'comlink';
import { kernels } from './kernels';
import { buffersOf } from './transfer';

type Kernels = typeof kernels;
type Wrapped = { [K in keyof Kernels]: (...args: Parameters<Kernels[K]>) => ReturnType<Kernels[K]> };

const wrapped = Object.fromEntries(
  Object.entries(kernels).map(([name, fn]) => [
    name,
    (...args: unknown[]) => {
      const result = (fn as (...a: unknown[]) => unknown)(...args);
      return transfer(result, buffersOf(result));
    },
  ]),
) as Wrapped;

export const api = {
  ...wrapped,
  /** Kills this worker from inside, as a crash would; the e2e tests use it to prove recovery. */
  crash(): void {
    setTimeout(() => {
      throw new Error('worker crash requested');
    });
  },
};
export type WorkerApi = typeof api;

expose(api);
