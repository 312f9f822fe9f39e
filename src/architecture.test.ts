/**
 * What the linter cannot see: every widget folder is registered and has its view and spec. The import
 * boundaries of the README's architecture are ESLint rules (eslint.config.js), which `npm test` runs.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';

const root = import.meta.dirname;

describe('architecture', () => {
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

  test('each compute family is a folder with an index; few files stay at the top', () => {
    const entries = readdirSync(join(root, 'compute'));
    const families = entries.filter((e) => statSync(join(root, 'compute', e)).isDirectory() && e !== 'testing');
    for (const family of families) expect(readdirSync(join(root, 'compute', family)), family).toContain('index.ts');
    expect(entries.filter((e) => e.endsWith('.ts')).length).toBeLessThanOrEqual(3);
  });

  test('nothing reads outside the repository: reference values and data are kept in it', () => {
    const repo = join(root, '..');
    const code = ['src', 'scripts', 'e2e'].flatMap((dir) =>
      (readdirSync(join(repo, dir), { recursive: true }) as string[])
        .filter((f) => /\.(ts|mjs|js|svelte)$/.test(f))
        .map((f) => join(dir, f)),
    );
    // The shared folders beside a CI checkout (../shared/reference, ../shared/data) are not ours to read.
    const outside = code.filter((f) => /shared\/(reference|data)\b/.test(readFileSync(join(repo, f), 'utf8')) && !f.endsWith('architecture.test.ts'));
    expect(outside).toEqual([]);
  });

  test('worker families mirror the compute folders', () => {
    const compute = new Set(readdirSync(join(root, 'compute')));
    for (const f of readdirSync(join(root, 'worker', 'families'))) expect(compute, f).toContain(f.replace(/\.ts$/, ''));
  });
});
