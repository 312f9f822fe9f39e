import { afterEach, describe, expect, test, vi } from 'vitest';
import { barPath } from './plotlyInternals';
import { internalsUsable, plainRequested, TESTED_PLOTLY } from './internalsSwitch';

describe('the door to plotly internals', () => {
  afterEach(() => vi.unstubAllGlobals());

  test('is open only on the tested plotly version', () => {
    expect(internalsUsable(TESTED_PLOTLY)).toBe(true);
    expect(internalsUsable('4.1.2')).toBe(false);
    expect(internalsUsable('5.0.0')).toBe(false);
    expect(internalsUsable()).toBe(true); // the bundled plotly is the tested one (package.json pins it)
  });

  test('?plot=plain closes it', () => {
    vi.stubGlobal('location', { search: '?notebook=rope-beta-base&plot=plain' });
    expect(plainRequested()).toBe(true);
    expect(internalsUsable(TESTED_PLOTLY)).toBe(false);
    vi.stubGlobal('location', { search: '?plot=fancy' });
    expect(plainRequested()).toBe(false);
  });

  test("writes a bar's path in plotly's grammar, to 0.01 px", () => {
    expect(barPath(10.004, 20.456, 3.333, 100)).toBe('M10,100V3.33H20.46V100Z');
  });
});
