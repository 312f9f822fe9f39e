import { describe, expect, test } from 'vitest';
import { kernelFamilies, loadKernel, type KernelName } from './kernels';

describe('kernel table', () => {
  test('every name loads a function from its family, and every family export is in the table', async () => {
    const names = Object.keys(kernelFamilies) as KernelName[];
    for (const name of names) expect(typeof (await loadKernel(name)), name).toBe('function');
    const loaders = [...new Set(Object.values(kernelFamilies))];
    for (const load of loaders) {
      const exported = Object.keys(await load());
      for (const name of exported) expect(kernelFamilies[name as KernelName], `${name} is exported but not in the table`).toBe(load);
    }
  });
});
