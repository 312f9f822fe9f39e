import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { notebookPlugin } from './src/notebook/plugin';
import { vocabPlugin } from './src/data/vocabPlugin';

// `base: './'` keeps every asset path relative, so the built site works from any folder of any
// static host; routes live in the query string, so no server rewrites are needed either.
export default defineConfig({
  base: './',
  publicDir: 'static',
  plugins: [notebookPlugin(), svelte()],
  // The worker alone imports the shipped vocabularies (virtual modules built from npm packages' data).
  worker: { format: 'es', plugins: () => [vocabPlugin()] },
  // Our partial plotly bundle (src/plot/plotlyBundle.ts) has no map subplots, but plotly's registry
  // imports maplibre's stylesheet for them (83 KB of CSS the page would load with plotly).
  // plotly imports culori's and gl-mat4's main entries, every colour space and every matrix function
  // they have; ours have the few plotly uses (src/plot/culoriSlim.ts, src/plot/glMat4Slim.ts). Merging
  // selected regions (polybooljs) is for modes our figures never enter (src/plot/polyboolAbsent.ts).
  resolve: {
    alias: [
      { find: 'maplibre-gl/dist/maplibre-gl.css', replacement: fileURLToPath(new URL('./src/plot/noStyle.ts', import.meta.url)) },
      { find: /^culori$/, replacement: fileURLToPath(new URL('./src/plot/culoriSlim.ts', import.meta.url)) },
      { find: /^gl-mat4$/, replacement: fileURLToPath(new URL('./src/plot/glMat4Slim.ts', import.meta.url)) },
      { find: /^polybooljs$/, replacement: fileURLToPath(new URL('./src/plot/polyboolAbsent.ts', import.meta.url)) },
    ],
  },
  // plotly's helper packages (has-hover) read Node's `global`, which plotly's own build defines too.
  define: { global: 'globalThis' },
  build: {
    target: 'es2022',
    // plotly's core is one large lazy chunk by design; it never loads before a widget is near.
    chunkSizeWarningLimit: 1500,
    rolldownOptions: {
      output: {
        // Chunks of plotly's code are named plotly-…, so the bench can tell them from the page's own.
        chunkFileNames: (chunk) =>
          chunk.moduleIds.some((id) => id.includes('/node_modules/plotly.js/')) ? 'assets/plotly-[name]-[hash].js' : 'assets/[name]-[hash].js',
      },
    },
  },
  server: { port: 5173 },
  preview: { port: 4173 },
});
