/** A formula figure's notes (gaps, blank cells, a stopped sequence, a cut) in the reader's language. */
import type { FigureCut, FigureNote, GapKind, GapRun } from '../../compute/formula/notes';
import { readerErrorText } from '../../ui/errorText';
import { formulaMsg as m } from './messages';

function what(kind: GapKind, exact: boolean): string {
  if (kind === 'both') return m.undefinedOrInfinite;
  if (kind === 'undefined') return m.undefined;
  // In an exact sequence, ±∞ is a term too large for float64: the table still has every digit.
  return exact ? m.beyondFloat : m.infinite;
}

function run({ kind, place }: GapRun, symbol: string, exact: boolean): string {
  const w = what(kind, exact);
  if ('at' in place) return m.gapAt(w, symbol, place.at);
  if ('below' in place) return m.gapBelow(w, symbol, place.below);
  if ('above' in place) return m.gapAbove(w, symbol, place.above);
  return m.gapBetween(w, symbol, place.from, place.to);
}

const count = (n: number) => n.toLocaleString('en');

export function noteText(note: FigureNote): string {
  switch (note.kind) {
    case 'gaps': {
      const runs = note.runs.map((r) => run(r, note.symbol, note.exact)).join(m.listSeparator);
      return note.more ? m.gapsAndMore(note.label, runs, note.more) : m.gaps(note.label, runs);
    }
    case 'noValues':
      return m.noValues(note.label);
    case 'blankCells':
      return note.missing === note.total ? m.noCells : m.blankCells(count(note.missing), count(note.total));
    case 'stopped':
      return m.stopped(note.label, note.symbol, String(note.at), readerErrorText(note.why));
  }
}

export function cutText(cut: FigureCut): string {
  return (cut.rest === 'terms' ? m.cutTerms : cut.rest === 'cells' ? m.cutCells : m.cutCurves)(cut.seconds, cut.symbol, cut.at);
}
