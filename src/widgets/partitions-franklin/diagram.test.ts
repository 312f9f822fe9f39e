import { describe, expect, test } from 'vitest';
import { franklinMove } from '../../compute/partitions/franklin';
import { afterCells, beforeCells, cellSize, describeMove, signOf } from './diagram';

/** The marked cells as "row:col:mark", in reading order. */
const marked = (cells: ReturnType<typeof beforeCells>) => cells.filter((c) => c.mark).map((c) => `${c.row}:${c.col}:${c.mark}`);

describe('the two diagrams', () => {
  test('bottom row onto the slope: 7+6+5+2 ↦ 8+7+5', () => {
    const m = franklinMove([7, 6, 5, 2]);
    const before = beforeCells(m);
    expect(before.length).toBe(20);
    expect(marked(before)).toEqual(['0:6:slope', '1:5:slope', '2:4:slope', '3:0:bottom', '3:1:bottom']);
    // The two bottom cells land at the ends of the top two rows, in the bottom row's colour.
    expect(marked(afterCells(m))).toEqual(['0:7:bottom', '1:6:bottom']);
    expect(afterCells(m).length).toBe(20);
  });

  test('slope down to a new bottom row: 8+7+5 ↦ 7+6+5+2', () => {
    const m = franklinMove([8, 7, 5]);
    expect(marked(beforeCells(m))).toEqual(['0:7:slope', '1:6:slope', '2:0:bottom', '2:1:bottom', '2:2:bottom', '2:3:bottom', '2:4:bottom']);
    expect(marked(afterCells(m))).toEqual(['3:0:slope', '3:1:slope']);
  });

  test('where the slope reaches the bottom row, the shared cell is marked as both', () => {
    const m = franklinMove([5, 4, 3]);
    expect(marked(beforeCells(m))).toEqual(['0:4:slope', '1:3:slope', '2:0:bottom', '2:1:bottom', '2:2:both']);
    expect(marked(afterCells(m))).toEqual([]);
  });

  test('cells shrink to fit the widest row of either diagram', () => {
    expect(cellSize(franklinMove([3]))).toBe(18);
    expect(cellSize(franklinMove([60]))).toBe(4);
    expect(cellSize(franklinMove([20, 1]))).toBe(12); // the image 21 is the widest: 260 / 21
  });
});

describe('the move in words', () => {
  test('each kind of move, with the sign change', () => {
    expect(describeMove(franklinMove([7, 6, 5, 2]))).toBe(
      '7+6+5+2: smallest part s = 2, slope σ = 3 (7, 6, 5). Since s ≤ σ, the 2 cells of the bottom row move to the ends of the top 2 rows, giving 8+7+5: 3 parts instead of 4, so the sign turns from +1 to −1.',
    );
    expect(describeMove(franklinMove([8, 7, 5]))).toBe(
      '8+7+5: smallest part s = 5, slope σ = 2 (8, 7). Since s > σ, the last cell of each of the 2 slope rows comes off and the 2 cells become a new bottom row, giving 7+6+5+2: 4 parts instead of 3, so the sign turns from −1 to +1.',
    );
  });

  test('both kinds of fixed point name their pentagonal number and sign', () => {
    expect(describeMove(franklinMove([5, 4, 3]))).toContain(
      "the bottom row is the slope's last row, and its 3 cells would need 3 rows above it, where only 2 remain. So 5+4+3 is left alone, Franklin's one unpaired partition of 12 = j(3j − 1)/2 with j = 3, and its sign (−1)^3 = −1",
    );
    expect(describeMove(franklinMove([4, 3]))).toContain('would shorten the bottom row to 2, the same as the new row of 2');
    expect(describeMove(franklinMove([4, 3]))).toContain('partition of 7 = j(3j − 1)/2 with j = −2, and its sign (−1)^2 = +1');
  });

  test('signs', () => {
    expect(signOf([7, 6, 5, 2])).toBe('+1 (4 parts, even)');
    expect(signOf([1])).toBe('−1 (1 part, odd)');
  });
});
