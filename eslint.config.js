// Lint, and the architecture of the README as import rules: each folder may import only the layers
// below it. `no-restricted-imports` sees `import`, `export … from` and bare `import '…'`; a selector
// catches dynamic `import('…')`. Type-only imports cross layers freely where a rule allows types.
import js from '@eslint/js';
import ts from 'typescript-eslint';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';

const ours = (...layers) => layers.map((l) => `**/${l}/**`);
const layers = ['app', 'core', 'plot', 'ui', 'widgets', 'worker', 'compute', 'notebook'];
const others = (...allowed) => ours(...layers.filter((l) => !allowed.includes(l)));

// Browser code may read a few compute modules directly: constant tables and parsers that take
// microseconds (labels, presets, instant field messages). Everything that computes a figure goes
// through the worker.
const CHEAP_COMPUTE = ['rope/presets', 'rope/config', 'rope/jsonError', 'optimizers/objectives', 'optimizers/rules',
  'partitions/builder', 'scaling/csv', 'partitions/packed', 'partitions/parse', 'partitions/list', 'partitions/args',
  // lion-training's preview of a reader's CSV points (x, y, label): a parser of at most 2000 rows.
  'optimizers/trainingCsv',
  // formula/evaluate: a checked formula tree (made at build time) compiled to closures, for live numbers in prose.
  'formula/evaluate',
  // Franklin's map on one typed partition of at most 60, and the list of the at most 966 partitions of its sum.
  'partitions/franklin',
  // The segment-* widgets' built-in example vocabularies, and the parser that lists a typed vocabulary's bad lines.
  'tokenize/presets', 'tokenize/vocabText'];
/** Compute modules other than the cheap ones, as a regular expression on the import path. */
const COSTLY_COMPUTE = `(^|/)compute/(?!(${CHEAP_COMPUTE.join('|')})(\\.ts)?$)`;

/** An import rule: `types` lists patterns that may still be imported with `import type`. */
function restrict({ banned = [], typesOnly = [], costly = false, browser = false, message }) {
  return {
    '@typescript-eslint/no-restricted-imports': ['error', {
      patterns: [
        ...(banned.length ? [{ group: banned, message }] : []),
        ...(typesOnly.length ? [{ group: typesOnly, allowTypeImports: true, message: `${message} (types only)` }] : []),
        ...(browser ? [{ regex: KATEX_JS, message: "KaTeX's JavaScript runs at build time only" }] : []),
        ...(costly ? [{ regex: COSTLY_COMPUTE, allowTypeImports: true, message: `${message}: kernels through the worker (types and cheap tables only)` }] : []),
      ],
    }],
    // Dynamic imports of our own layers (e.g. `import('../../compute/x')`), which the rule above misses.
    'no-restricted-syntax': ['error', ...[...banned, ...typesOnly].flatMap((p) => {
      const layer = /^\*\*\/([a-z]+)\/\*\*$/.exec(p)?.[1];
      return layer ? [{ selector: `ImportExpression > Literal[value=/(^|[/])${layer}[/]/]`, message: `${message} (dynamic import)` }] : [];
    })],
  };
}

// Build-time packages the browser must never load; KaTeX reaches it only as CSS and fonts.
const browserOnly = ['node:*', 'markdown-it', 'yaml', 'vite'];
const KATEX_JS = '^katex(/(?!dist/katex(\\.min)?\\.css$).*)?$';

export default ts.config(
  { ignores: ['dist/**', '.e2e-dist/**', '.bench/**', '.test-results/**', 'node_modules/**', 'test-results/**', 'playwright-report/**'] },
  js.configs.recommended,
  ...ts.configs.recommended,
  ...svelte.configs['flat/recommended'],
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: { parserOptions: { parser: ts.parser, extraFileExtensions: ['.svelte'] } },
  },
  {
    languageOptions: { globals: { ...globals.browser, ...globals.node } },
    linterOptions: { reportUnusedDisableDirectives: 'error' },
    rules: {
      '@typescript-eslint/no-unused-vars': ['error', { argsIgnorePattern: '^_', varsIgnorePattern: '^_', caughtErrors: 'none' }],
      '@typescript-eslint/consistent-type-imports': ['error', { fixStyle: 'inline-type-imports' }],
      'no-eval': 'error',
      'no-new-func': 'error',
      'no-implied-eval': 'error',
      // Off: our URL, URLSearchParams and Map objects are throwaway locals or caches nothing renders
      // from; Svelte's reactive versions would only add cost.
      'svelte/prefer-svelte-reactivity': 'off',
    },
  },
  // The leaf: the parameter contract, route, theme and other state every layer shares imports nothing of ours.
  { files: ['src/core/**'], ignores: ['**/*.test.ts'], rules: restrict({ banned: ours(...layers.filter((l) => l !== 'core')), message: 'src/core is a leaf: it imports nothing of ours' }) },
  // Kernels are pure: no DOM, Svelte, comlink or plotly, nothing of the browser layers.
  {
    files: ['src/compute/**'],
    ignores: ['**/*.test.ts', '**/*.bench.ts', 'src/compute/testing/**'],
    rules: {
      ...restrict({ banned: [...others('compute'), 'svelte', 'svelte/*', 'comlink', 'plotly.js*', ...browserOnly.filter((p) => !p.startsWith('!'))], message: 'kernels are pure: other kernels only' }),
      'no-restricted-globals': ['error', 'document', 'window', 'localStorage', 'navigator', 'self'],
    },
  },
  // The worker only wires kernels.
  { files: ['src/worker/**'], ignores: ['**/*.test.ts'], rules: restrict({ banned: [...others('worker', 'compute'), 'svelte', 'plotly.js*'], message: 'the worker wires kernels only' }) },
  // The plot engine sits on the leaf alone.
  { files: ['src/plot/**'], ignores: ['**/*.test.ts'], rules: restrict({ banned: [...others('plot', 'core'), ...browserOnly], browser: true, message: 'src/plot imports only src/core' }) },
  // Shared UI: never reaches up into the shell or a widget.
  {
    files: ['src/ui/**'],
    ignores: ['**/*.test.ts'],
    rules: restrict({ banned: [...ours('app', 'widgets', 'notebook'), ...browserOnly], typesOnly: ours('compute'), browser: true, message: 'src/ui imports only core, plot and the worker client' }),
  },
  // Widgets: kernels through the worker (types and cheap tables only); the build compiler only for types.
  {
    files: ['src/widgets/**'],
    ignores: ['**/*.test.ts'],
    rules: restrict({ banned: [...ours('app'), ...browserOnly], typesOnly: ours('notebook'), costly: true, browser: true, message: 'widgets import core, plot, ui and the worker client' }),
  },
  // The shell: may use everything in the browser, but kernels only through the worker.
  {
    files: ['src/app/**'],
    ignores: ['**/*.test.ts'],
    rules: restrict({ banned: browserOnly, typesOnly: ours('notebook'), costly: true, browser: true, message: 'the shell reaches kernels through the worker and the compiler at build time only' }),
  },
);
