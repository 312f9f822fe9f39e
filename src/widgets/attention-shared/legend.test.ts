import { describe, expect, test } from 'vitest';
import { figureHeight, isNarrow, legendLayout, LEGEND_ROW_PX, NARROW_FIGURE } from './legend';

describe('attention figures: legend placement', () => {
  test('narrow means measured and under the threshold (0 is "not measured yet", not narrow)', () => {
    expect(isNarrow(0)).toBe(false);
    expect(isNarrow(328)).toBe(true);
    expect(isNarrow(NARROW_FIGURE)).toBe(false);
  });

  test('below the plot when wide, above it (anchored at its bottom edge) when narrow', () => {
    expect(legendLayout(false).y).toBeLessThan(0);
    expect(legendLayout(true)).toMatchObject({ y: 1.02, yanchor: 'bottom' });
  });

  test('a narrow figure grows by one row per legend entry; a wide one keeps its height', () => {
    expect(figureHeight(400, false, 7)).toBe(400);
    expect(figureHeight(400, true, 7)).toBe(400 + 7 * LEGEND_ROW_PX);
  });
});
