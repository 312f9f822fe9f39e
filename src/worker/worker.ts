/// <reference lib="webworker" />
/**
 * The worker entry: wires the kernel table to comlink and nothing else. Each kernel's family module
 * is imported on its first call. Results' typed arrays are transferred, not copied. A kernel's thrown
 * Error reaches the caller with its message intact (a KernelError also with its code and arguments).
 */
import { expose, transfer } from 'comlink';
import { kernelFamilies, loadKernel, type Kernel, type KernelName } from './kernels';
import { buffersOf } from './transfer';
import { registerKernelErrors } from './errors';

// A kernel's coded refusal (compute/errors) crosses to the page with its code and arguments.
registerKernelErrors();

type Wrapped = { [K in KernelName]: (...args: Parameters<Kernel<K>>) => Promise<Awaited<ReturnType<Kernel<K>>>> };

const wrapped = Object.fromEntries(
  (Object.keys(kernelFamilies) as KernelName[]).map((name) => [
    name,
    async (...args: unknown[]) => {
      const kernel = (await loadKernel(name)) as (...a: unknown[]) => unknown;
      const result = await kernel(...args);
      return transfer(result, buffersOf(result));
    },
  ]),
) as Wrapped;

export const api = wrapped;
export type WorkerApi = typeof api;

// Test builds only (`vite build --mode e2e`; the production bundle has none of this): lets the e2e
// suite kill this worker from inside, as a crash would, to prove the page recovers.
if (import.meta.env.MODE === 'e2e') {
  Object.assign(api, {
    crash(): void {
      setTimeout(() => {
        throw new Error('worker crash requested');
      });
    },
  });
}

expose(api);
