/**
 * Vite's command line (`node scripts/vite.mjs build`, `… preview`, no argument: the dev server), as
 * npm's scripts, `npm start`, `npm test`, the bench and the browser tests run it. Vite 8 bundles
 * vite.config.ts and, at every start, warned about each import in the config's import graph written
 * without a file extension (some 50 lines: the notebook compiler imports every widget's spec), which a
 * future "native" config loader would not resolve. Node 20 cannot load a TypeScript config natively at
 * all, so the warning asks nothing of us today; Vite's own switch for it is set here.
 */
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { pathToFileURL } from 'node:url';

process.env.VITE_CONFIG_NATIVE_IGNORE_WARNING ??= 'true';
const viteDir = dirname(createRequire(import.meta.url).resolve('vite/package.json'));
await import(pathToFileURL(join(viteDir, 'bin/vite.js')).href);
