/**
 * The boundaries the README promises, checked on the import lines of every source file (our stand-in
 * for a per-folder lint override): build code stays out of the browser, kernels stay pure, and the
 * browser reaches kernels only through the worker.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = import.meta.dirname;

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return name === 'fixtures' ? [] : files(path);
    return /\.(ts|svelte)$/.test(name) && !/\.test\.ts$|\.bench\.ts$/.test(name) ? [path] : [];
  });
}

/** Value imports (not `import type`) of a file, as written. */
function valueImports(path: string): string[] {
  const text = readFileSync(path, 'utf8');
  const out: string[] = [];
  for (const m of text.matchAll(/^\s*import\s+(type\s+)?[^'"]*?from\s+['"]([^'"]+)['"]|import\(\s*['"]([^'"]+)['"]\s*\)/gm)) {
    if (m[1]) continue;
    out.push(m[2] ?? m[3]);
  }
  return out;
}

const browserDirs = ['app', 'core', 'plot', 'ui', 'widgets'].map((d) => join(root, d));
const browserFiles = browserDirs.flatMap(files);

describe('architecture boundaries', () => {
  test('browser code never imports the build-time compiler (types only)', () => {
    const bad = browserFiles.filter((f) => valueImports(f).some((i) => /(^|\/)notebook\//.test(i)));
    expect(bad.map((f) => relative(root, f))).toEqual([]);
  });

  test("KaTeX's JavaScript stays at build time: the browser takes only its CSS and fonts", () => {
    const bad = [...browserFiles, ...files(join(root, 'worker'))].filter((f) => valueImports(f).some((i) => /^katex($|\/(?!dist\/katex(\.min)?\.css$))/.test(i)));
    expect(bad.map((f) => relative(root, f))).toEqual([]);
  });

  test('kernels are pure: no DOM, Svelte, comlink or plotly; only other kernels', () => {
    const bad: string[] = [];
    for (const f of files(join(root, 'compute')).filter((f) => !f.includes('/testing/'))) {
      for (const i of valueImports(f)) if (!/^\.\/|^\.\.\/[a-z]+\//.test(i)) bad.push(`${relative(root, f)} imports ${i}`);
      const text = readFileSync(f, 'utf8');
      if (/\b(document|window|localStorage)\./.test(text)) bad.push(`${relative(root, f)} touches the DOM`);
    }
    expect(bad).toEqual([]);
  });

  // Browser code may read a few compute modules directly: constant tables and parsers that take
  // microseconds, used for labels, presets and instant field messages. Everything that computes a
  // figure goes through the worker.
  const CHEAP = new Set(['rope/presets', 'rope/config', 'rope/jsonError', 'optimizers/objectives', 'optimizers/rules', 'partitions/builder',
    // scaling/csv: the pasted-CSV parser, microseconds per row, so bad rows are listed as the reader types.
    'scaling/csv',
    // Decoding exact counts sent by the worker, and reading a typed partition (at most a few hundred parts).
    'partitions/packed', 'partitions/parse', 'partitions/list', 'partitions/args']);

  test('widgets, shell and UI reach kernels only through the worker (types and cheap tables only)', () => {
    const bad = browserFiles.flatMap((f) =>
      valueImports(f)
        .filter((i) => /(^|\/)compute\//.test(i) && !CHEAP.has(i.split('/').slice(-2).join('/').replace(/\.ts$/, '')))
        .map((i) => `${relative(root, f)} imports ${i}`),
    );
    expect(bad).toEqual([]);
  });

  test('the worker entry only wires kernels: no DOM, no UI', () => {
    for (const f of ['worker/worker.ts', 'worker/kernels.ts']) {
      const imports = valueImports(join(root, f));
      expect(imports.filter((i) => /svelte|plotly|\/ui\/|\/app\/|\/widgets\//.test(i)), f).toEqual([]);
    }
  });

  test('every registered widget has its view file, and every widget folder is registered', async () => {
    const { widgetSpecs } = await import('./widgets/specs');
    // A `<family>-shared` folder holds code several widgets of one notebook share; it is not a widget.
    const folders = readdirSync(join(root, 'widgets')).filter((d) => statSync(join(root, 'widgets', d)).isDirectory() && !d.endsWith('-shared'));
    expect(folders.sort()).toEqual(Object.keys(widgetSpecs).sort());
    for (const name of folders) {
      const pascal = name.replace(/(^|-)([a-z0-9])/g, (_, __, c: string) => c.toUpperCase());
      expect(readdirSync(join(root, 'widgets', name)), name).toContain(`${pascal}.svelte`);
      expect(readdirSync(join(root, 'widgets', name)), name).toContain('spec.ts');
    }
  });
});
