/**
 * The formula kinds' example figures, in the author guide: `?embed=plot` (and the gallery's entry for
 * the kind) shows the guide's block of that kind.
 */
export const FORMULA_DEMOS: Readonly<Record<string, string>> = { plot: 'guide/f', map: 'guide/valley', sequence: 'guide/fibonacci' };
