/**
 * Our partial plotly bundle draws only the trace types and layout parts it registers: a figure with
 * another trace type would come out blank, and a left-out layout part would be silently ignored. So
 * every figure source is read for plotly's trace type names and the left-out attributes.
 */
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, test } from 'vitest';
import { LAZY_TRACE_TYPES, LEFT_OUT_ATTRIBUTES, TRACE_TYPES } from './plotlyParts';

const src = join(import.meta.dirname, '..');
const plotlyLib = join(src, '..', 'node_modules', 'plotly.js', 'lib');

/** Every .ts and .svelte file under `dir` (tests and this folder's bundle files left aside). */
function sources(dir: string): string[] {
  return readdirSync(dir).flatMap((entry) => {
    const path = join(dir, entry);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|svelte)$/.test(entry) && !entry.endsWith('.test.ts') && !/plotly(Bundle|Parts)\.ts$/.test(entry) ? [path] : [];
  });
}

/** plotly.js's trace types: one module per type in its lib folder, beside bundles, locales and calendars. */
const plotlyTraceTypes = readdirSync(plotlyLib)
  .filter((f) => f.endsWith('.js') && !/^(index|core|calendars)/.test(f))
  .map((f) => f.slice(0, -3));

const files = ['widgets', 'ui', 'plot', 'app'].flatMap((d) => sources(join(src, d)));

describe('partial plotly bundle', () => {
  test('knows plotly trace types (the folder it is read from holds them)', () => {
    expect(plotlyTraceTypes).toEqual(expect.arrayContaining(['scatter', 'bar', 'heatmap', 'contour', 'histogram', 'scattergl', 'pie']));
    for (const type of LAZY_TRACE_TYPES) expect(plotlyTraceTypes).toContain(type);
  });

  test('every trace type a figure names is one the bundle draws', () => {
    const named = new Map<string, string>();
    for (const file of files) {
      for (const [, type] of readFileSync(file, 'utf8').matchAll(/\btype:\s*'(\w+)'/g)) {
        if (plotlyTraceTypes.includes(type)) named.set(type, file);
      }
    }
    expect(named.size).toBeGreaterThan(0);
    for (const [type, file] of named) expect(TRACE_TYPES, `${type} in ${file}`).toContain(type);
  });

  test('no figure sets an attribute whose component the bundle leaves out', () => {
    for (const file of files) {
      const text = readFileSync(file, 'utf8');
      for (const attribute of LEFT_OUT_ATTRIBUTES) expect(new RegExp(`\\b${attribute}\\s*:`).test(text), `${attribute} in ${file}`).toBe(false);
    }
  });

  test('plotly.js is pinned to one exact version (the bundle names modules inside it)', () => {
    const pkg = JSON.parse(readFileSync(join(src, '..', 'package.json'), 'utf8'));
    const version: string = pkg.devDependencies['plotly.js'] ?? pkg.dependencies?.['plotly.js'];
    expect(version).toMatch(/^\d+\.\d+\.\d+$/);
  });
});
