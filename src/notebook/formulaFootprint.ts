/**
 * How tall a formula figure is before its view loads, so its slot reserves the space (the page never
 * jumps): the frame, one row of controls per parameter (two per row on a wide column), the typeset
 * formulas, the plot and the readout table. The constants are measured (e2e/formula.spec.ts keeps the
 * estimate within 15 % of the drawn widget, as e2e/platform.spec.ts does for built-in widgets).
 */

/** Frame: title, status line, notes line, toolbar and padding. */
const FRAME = { wide: 190, narrow: 250 };
/** One control: label, slider with its field, and the line for its note. */
const CONTROL = 76;
const FORMULA = { wide: 34, narrow: 52 };
const READOUT_ROW = { wide: 34, narrow: 52 };

export function figureFootprint(f: { params: number; formulas: number; readout: number; height: number }): { wide: number; narrow: number } {
  const rows = (perRow: number) => Math.ceil(f.params / perRow);
  const size = (key: 'wide' | 'narrow', perRow: number) =>
    Math.round(FRAME[key] + rows(perRow) * CONTROL + f.formulas * FORMULA[key] + (f.readout ? 24 + f.readout * READOUT_ROW[key] : 0) + f.height);
  return { wide: size('wide', 2), narrow: size('narrow', 1) };
}
