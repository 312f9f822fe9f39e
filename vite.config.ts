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
  build: {
    target: 'es2022',
    // plotly's cartesian bundle is one large lazy chunk by design; it never loads up front.
    chunkSizeWarningLimit: 1500,
  },
  server: { port: 5173 },
  preview: { port: 4173 },
});
