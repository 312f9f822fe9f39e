/** Figure, words and CSV of the sieve board widget, from the kernel's board and work curve. */
import type { Data, Layout } from 'plotly.js';
import type { SieveBoard, SieveWorkCurve } from '../../compute/primes/widgets';
import { tr, type Text } from '../../core/i18n';
import { toCsv } from '../../ui/download';
import { grouped } from '../primes-shared/format';
import { msg } from './messages';

/** What a cell shows after a step. */
export const CELL = { one: 0, open: 1, prime: 2, current: 3, crossedBefore: 4, crossedNow: 5, crossedAgain: 6 } as const;
const CELL_COLOURS = ['#c7c7c7', '#f4f1e8', '#6baed6', '#08519c', '#8c8c8c', '#fd8d3c', '#d62728'];
/** What each cell colour means, in the order of CELL (the CSV keeps the English, as data). */
export const CELL_NAMES: readonly Text[] = [
  { en: '1 (not prime)', zh: '1（不是素数）' },
  { en: 'not yet decided', zh: '尚未确定' },
  { en: 'prime, certain', zh: '素数，已确定' },
  { en: 'the prime of this step', zh: '本步的素数' },
  { en: 'crossed out before', zh: '之前已划掉' },
  { en: 'crossed out now', zh: '本步划掉' },
  { en: 'crossed out again now', zh: '本步再次划掉' },
];

/** The board's state after `step` steps, one code per n (index 0 unused). */
export function boardCells(board: SieveBoard, step: number): Uint8Array {
  const cells = new Uint8Array(board.N + 1);
  const s = Math.min(step, board.primes.length);
  const p = s > 0 ? board.primes[s - 1] : 0;
  // Below the next sieving prime's square every survivor is prime (all of them, after the last step).
  const certainBelow = s < board.primes.length ? board.primes[s] ** 2 : Infinity;
  for (let n = 1; n <= board.N; n++) {
    const first = board.firstStep[n];
    if (n === 1) cells[n] = CELL.one;
    else if (n === p) cells[n] = CELL.current;
    else if (first === 0 || first > s) cells[n] = n < certainBelow ? CELL.prime : CELL.open;
    else if (first < s) cells[n] = s > 0 && n % p === 0 && n >= p * p ? CELL.crossedAgain : CELL.crossedBefore;
    else cells[n] = CELL.crossedNow;
  }
  return cells;
}

/** Counts of the board after `step` steps, for the readout. */
export function stepSummary(board: SieveBoard, step: number) {
  const s = Math.min(step, board.primes.length);
  const work = board.crossOuts.slice(0, s).reduce((a, b) => a + b, 0);
  const fresh = board.firstTime.slice(0, s).reduce((a, b) => a + b, 0);
  const composites = board.N - 1 - board.primeCount;
  return {
    step: s,
    prime: s > 0 ? board.primes[s - 1] : null,
    stepsNeeded: board.primes.length,
    work,
    repeats: work - fresh,
    crossedOut: fresh,
    left: composites - fresh,
    done: s >= board.primes.length,
  };
}

/** Two panels: the board as a grid of coloured cells, and the sieve's total work against N up to 10^12. */
export function sieveFigure(board: SieveBoard, step: number, columns: number, curve: SieveWorkCurve | null): { data: Data[]; layout: Partial<Layout> } {
  const cells = boardCells(board, step);
  const rows = Math.ceil(board.N / columns);
  const z: (number | null)[][] = [], text: string[][] = [], hover: string[][] = [];
  for (let r = 0; r < rows; r++) {
    z.push([]);
    text.push([]);
    hover.push([]);
    for (let c = 0; c < columns; c++) {
      const n = r * columns + c + 1;
      z[r].push(n <= board.N ? cells[n] : null);
      text[r].push(n <= board.N ? String(n) : '');
      hover[r].push(n <= board.N ? cellHover(board, n, cells[n]) : '');
    }
  }
  const colourscale: [number, string][] = CELL_COLOURS.flatMap((c, i) => [[i / 7, c], [(i + 1) / 7, c]] as [number, string][]);
  const showNumbers = board.N / columns <= 40 && columns <= 30;
  const data: Data[] = [{
    type: 'heatmap', z: z as number[][], zmin: -0.5, zmax: 6.5, colorscale: colourscale, showscale: false, xgap: 1, ygap: 1,
    text: text as unknown as string[], texttemplate: showNumbers ? '%{text}' : '', textfont: { color: '#111111', size: board.N > 300 ? 8 : 11 },
    customdata: hover as unknown as number[], hovertemplate: '%{customdata}<extra></extra>', xaxis: 'x', yaxis: 'y', name: msg.board,
  }];
  if (curve) {
    // Per number: the work grows like ln ln N, so slowly that the sieve is all but linear.
    const N = Array.from(curve.N), per = (v: Float64Array) => Array.from(v, (w, i) => w / N[i]);
    const boardWork = board.crossOuts.reduce((a, b) => a + b, 0);
    data.push(
      { type: 'scatter', mode: 'lines', x: N, y: per(curve.crossOuts), name: msg.perNumber, xaxis: 'x2', yaxis: 'y2', line: { width: 3, color: '#1f77b4' }, hovertemplate: msg.perNumberHover },
      { type: 'scatter', mode: 'lines', x: N, y: per(curve.leading), name: 'ln ln N', xaxis: 'x2', yaxis: 'y2', line: { dash: 'dash', color: '#d62728' }, hovertemplate: 'ln ln N = %{y:.4f}<extra></extra>' },
      { type: 'scatter', mode: 'lines', x: N, y: per(curve.mertens), name: msg.mertens, xaxis: 'x2', yaxis: 'y2', line: { dash: 'dot', color: '#2ca02c' }, hovertemplate: msg.mertensHover },
      { type: 'scatter', mode: 'markers', x: [board.N], y: [boardWork / board.N], name: msg.thisBoard, xaxis: 'x2', yaxis: 'y2', marker: { size: 10, color: '#fd8d3c', line: { width: 1, color: '#111111' } }, hovertemplate: msg.thisBoardHover },
    );
  }
  return {
    data,
    layout: {
      xaxis: { domain: [0, 1], anchor: 'y', visible: false, range: [-0.5, columns - 0.5], fixedrange: true },
      yaxis: { domain: [0.36, 1], anchor: 'x', visible: false, autorange: 'reversed', fixedrange: true },
      xaxis2: { domain: [0, 1], anchor: 'y2', type: 'log', title: { text: 'N' } },
      yaxis2: { domain: [0, 0.26], anchor: 'x2', title: { text: msg.perNumberAxis }, rangemode: 'tozero' },
      showlegend: true,
      legend: { orientation: 'h', x: 0, y: -0.2 },
      margin: { l: 56, r: 12, t: 8, b: 40 },
    },
  };
}

function cellHover(board: SieveBoard, n: number, cell: number): string {
  if (n === 1) return msg.hoverOne;
  const first = board.firstStep[n];
  if (first === 0) return cell === CELL.open ? msg.hoverPrimeOpen(n) : msg.hoverPrime(n);
  const p = board.primes[first - 1];
  const by = board.primes.filter((q) => n % q === 0 && n >= q * q);
  return msg.hoverComposite(n, p, n / p, tr(CELL_NAMES[cell]), by);
}

/** One sentence of numbers for the data summary. */
export function sieveSummary(board: SieveBoard, step: number): string {
  const s = stepSummary(board, step);
  const head = s.prime === null
    ? msg.summaryBefore(board.N)
    : msg.summaryAfter(s.step, s.prime, grouped(s.crossedOut), grouped(board.N - 1 - board.primeCount), grouped(s.work), grouped(s.repeats));
  return msg.twoSentences(head, s.done ? msg.summaryDone(board.N, board.primeCount) : msg.summaryMore(s.stepsNeeded - s.step));
}

/** Per-step rows for the table view and the CSV. */
export function stepRows(board: SieveBoard): (string | number)[][] {
  return board.primes.map((p, i) => [i + 1, p, p * p, board.crossOuts[i], board.firstTime[i], board.crossOuts[i] - board.firstTime[i]]);
}
/** The heads of stepRows' columns. */
export function stepColumns(): string[] {
  return [msg.colStep, msg.colPrime, msg.colStart, msg.colCrossOuts, msg.colNew, msg.colRepeats];
}

/** The board (n, state after the step, first crossed at step) and the work curve, side by side. */
export function sieveCsv(board: SieveBoard, step: number, curve: SieveWorkCurve | null): string {
  const cells = boardCells(board, step);
  const n = Array.from({ length: board.N }, (_, i) => i + 1);
  return toCsv({
    n,
    state: n.map((v) => CELL_NAMES[cells[v]].en),
    first_crossed_at_step: n.map((v) => board.firstStep[v]),
    times_crossed: n.map((v) => board.timesCrossed[v]),
    curve_N: curve?.N ?? [],
    curve_cross_outs: curve?.crossOuts ?? [],
    curve_N_ln_ln_N: curve?.leading ?? [],
    curve_mertens: curve?.mertens ?? [],
  });
}
