/**
 * A widget's CSV (download.ts `toCsv`) read back as a table to show on the page: the header, then at
 * most `maxRows` rows, numbers in six significant digits (the CSV keeps every digit).
 */

/** Cells of one CSV line: commas split, a quoted cell keeps its commas and doubled quotes. */
function cells(line: string): string[] {
  const out: string[] = [];
  let cell = '';
  let quoted = false;
  for (let i = 0; i < line.length; i++) {
    const c = line[i];
    if (quoted && c === '"' && line[i + 1] === '"') {
      cell += c;
      i++;
    } else if (c === '"') {
      quoted = !quoted;
    } else if (c === ',' && !quoted) {
      out.push(cell);
      cell = '';
    } else {
      cell += c;
    }
  }
  out.push(cell);
  return out;
}

/** A decimal number written by String(): shown with six significant digits; anything else as it is. */
function shown(cell: string): string {
  if (!/^-?\d+(\.\d+)?(e[+-]?\d+)?$/.test(cell)) return cell;
  const v = Number(cell);
  return Math.abs(v) >= 1e15 || (v !== 0 && Math.abs(v) < 1e-4) ? v.toPrecision(6) : String(Number(v.toPrecision(6)));
}

/** The table in `csv` (null or empty: none): columns, the first `maxRows` rows, and how many rows it has. */
export function csvTable(csv: string | null, maxRows: number): { columns: string[]; rows: string[][]; total: number } {
  const lines = (csv ?? '').split('\n').filter((l) => l !== '');
  if (lines.length === 0) return { columns: [], rows: [], total: 0 };
  return { columns: cells(lines[0]), rows: lines.slice(1, 1 + maxRows).map((l) => cells(l).map(shown)), total: lines.length - 1 };
}
