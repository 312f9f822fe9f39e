import { defineConfig } from 'vitest/config';

// Unit tests run in Node: kernels and the notebook compiler never touch the DOM.
export default defineConfig({
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
