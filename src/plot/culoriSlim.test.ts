// The slim culori (culoriSlim.ts) that plotly's colour module gets in the built site. Only this file
// imports culori here, so culori's registry holds just the slim module's colour spaces (vitest runs each
// test file in a module graph of its own).
import { readFileSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { converter, formatHex, formatRgb, wcagContrast, wcagLuminance } from './culoriSlim';

const toRgb = converter('rgb');
const toHsl = converter('hsl');

/** Every .ts and .svelte file under src, tests left out. */
function sources(dir = 'src'): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sources(path);
    return /\.(ts|svelte)$/.test(name) && !name.endsWith('.test.ts') ? [path] : [];
  });
}

describe('culoriSlim', () => {
  it('reads every way our figures write a colour', () => {
    const cases: [string, [number, number, number, number?]][] = [
      ['#1f77b4', [0x1f, 0x77, 0xb4]],
      ['#D55E00', [0xd5, 0x5e, 0x00]],
      ['#f00', [255, 0, 0]],
      ['#11223380', [0x11, 0x22, 0x33, 0x80 / 255]],
      ['rgb(0,0,255)', [0, 0, 255]],
      ['rgba(63, 111, 216, 0.2)', [63, 111, 216, 0.2]],
      ['rgba(0,0,0,0)', [0, 0, 0, 0]],
      ['steelblue', [70, 130, 180]],
      ['transparent', [0, 0, 0, 0]],
      ['hsl(120, 100%, 25%)', [0, 127.5, 0]],
      ['hsla(0, 100%, 50%, 0.5)', [255, 0, 0, 0.5]],
    ];
    for (const [text, [r, g, b, alpha]] of cases) {
      const c = toRgb(text);
      expect(c, text).toBeDefined();
      expect(c!.r * 255, text).toBeCloseTo(r, 9);
      expect(c!.g * 255, text).toBeCloseTo(g, 9);
      expect(c!.b * 255, text).toBeCloseTo(b, 9);
      if (alpha === undefined) expect(c!.alpha, text).toBeUndefined();
      else expect(c!.alpha, text).toBeCloseTo(alpha, 9);
    }
  });

  it('formats, converts to hsl and measures contrast as plotly needs', () => {
    expect(formatHex(toRgb('rgb(31, 119, 180)'))).toBe('#1f77b4');
    expect(formatRgb(toRgb('rgba(63, 111, 216, 0.2)'))).toBe('rgba(63, 111, 216, 0.2)');
    const hsl = toHsl('#ff0000')!;
    expect([hsl.h, hsl.s, hsl.l]).toEqual([0, 1, 0.5]);
    expect(wcagLuminance('#ffffff')).toBeCloseTo(1, 12);
    expect(wcagLuminance('#000000')).toBe(0);
    expect(wcagContrast('#ffffff', '#000000')).toBeCloseTo(21, 12);
  });

  it('does not read colour spaces it leaves out (so no figure of ours may use them)', () => {
    expect(toRgb('oklch(0.6 0.1 250)')).toBeUndefined();
    expect(toRgb('lab(50% 20 30)')).toBeUndefined();
    expect(toRgb('hwb(120 10% 10%)')).toBeUndefined();
    for (const file of sources()) {
      const text = readFileSync(file, 'utf8').replace(/<style[\s\S]*?<\/style>/g, ''); // a view's CSS is the browser's, not plotly's
      expect(text, file).not.toMatch(/\b(?:oklch|oklab|lab|lch|hwb|color)\(/);
    }
  });

  it('reads the page colours plotly is given (app.css: --fg and --grid, both themes)', () => {
    const css = readFileSync('src/app/app.css', 'utf8');
    const values = [...css.matchAll(/--(?:fg|grid):\s*([^;]+);/g)].map((m) => m[1].trim());
    expect(values.length).toBeGreaterThanOrEqual(4);
    for (const v of values) expect(toRgb(v), v).toBeDefined();
  });
});
