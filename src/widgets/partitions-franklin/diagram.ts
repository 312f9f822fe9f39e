/** Franklin's move drawn on two diagrams: which cells are the bottom row and the slope, which move, where they land, and the move in words. */
import type { FranklinMove } from '../../compute/partitions/franklin';
import { msg, type MoveWords } from './messages';

/** One cell of a diagram (row 0 is the largest part) and its colour. */
export interface Cell {
  row: number;
  col: number;
  /**
   * Before the move: 'bottom' for the bottom row (the smallest part s), 'slope' for the last cell of a
   * slope row, 'both' where they meet. After it: the cells the move placed, coloured by where they came from.
   */
  mark: 'bottom' | 'slope' | 'both' | null;
}

function cells(parts: readonly number[], mark: (row: number, col: number) => Cell['mark']): Cell[] {
  return parts.flatMap((part, row) => Array.from({ length: part }, (_, col) => ({ row, col, mark: mark(row, col) })));
}

/** The partition before the move, with its bottom row and its slope marked. */
export function beforeCells(m: FranklinMove): Cell[] {
  const k = m.parts.length;
  return cells(m.parts, (row, col) => {
    const bottom = row === k - 1;
    const slope = row < m.slope && col === m.parts[row] - 1;
    return bottom && slope ? 'both' : bottom ? 'bottom' : slope ? 'slope' : null;
  });
}

/** The image, with the cells the move placed marked by their origin (nothing for a fixed point). */
export function afterCells(m: FranklinMove): Cell[] {
  const last = m.image.length - 1;
  return cells(m.image, (row, col) => {
    if (m.kind === 'bottom-to-slope') return row < m.smallest && col === m.image[row] - 1 ? 'bottom' : null;
    if (m.kind === 'slope-to-bottom') return row === last ? 'slope' : null;
    return null;
  });
}

/** Cell size in px so the widest row of either diagram fits `width` (between 4 and 18 px). */
export function cellSize(m: FranklinMove, width = 260): number {
  const widest = Math.max(1, m.parts[0] ?? 1, m.image[0] ?? 1);
  return Math.max(4, Math.min(18, Math.floor(width / widest)));
}

/** "+1 (4 parts, even)" — the sign a partition carries in Π(1 − x^k). */
export function signOf(parts: readonly number[]): string {
  return msg.signOf(parts.length);
}

/** The move in words: the text version of the two diagrams. */
export function describeMove(m: FranklinMove): string {
  const index = m.pentagonalIndex ?? 0;
  const words: MoveWords = {
    parts: m.parts.join('+'),
    n: m.parts.reduce((a, b) => a + b, 0),
    k: m.parts.length,
    smallest: m.smallest,
    slope: m.slope,
    slopeRows: m.parts.slice(0, m.slope).join(', '),
    image: m.image.join('+'),
    imageParts: m.image.length,
    j: index < 0 ? `−${-index}` : String(index),
  };
  if (m.kind === 'bottom-to-slope') return msg.bottomToSlope(words);
  if (m.kind === 'slope-to-bottom') return msg.slopeToBottom(words);
  return msg.fixed(words, m.smallest === words.k);
}
