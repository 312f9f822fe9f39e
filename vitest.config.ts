import { defineConfig } from 'vitest/config';
import { svelte } from '@sveltejs/vite-plugin-svelte';

// Unit tests run in Node: kernels and the notebook compiler never touch the DOM. The Svelte plugin
// compiles runes in `.svelte.ts` modules (widget state, computations) so they can be tested here too.
export default defineConfig({
  plugins: [svelte()],
  test: {
    include: ['src/**/*.test.ts'],
    environment: 'node',
    testTimeout: 60_000,
  },
});
