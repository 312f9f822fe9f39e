/** Figure, words and CSV of the sieve board widget, from the kernel's board and work curve. */
import type { Data, Layout } from 'plotly.js';
import type { SieveBoard, SieveWorkCurve } from '../../compute/primes/widgets';
import { toCsv } from '../../ui/download';
import { grouped } from '../primes-shared/format';

/** What a cell shows after a step. */
export const CELL = { one: 0, open: 1, prime: 2, current: 3, crossedBefore: 4, crossedNow: 5, crossedAgain: 6 } as const;
const CELL_COLOURS = ['#c7c7c7', '#f4f1e8', '#6baed6', '#08519c', '#8c8c8c', '#fd8d3c', '#d62728'];
export const CELL_NAMES = ['1 (not prime)', 'not yet decided', 'prime, certain', 'the prime of this step', 'crossed out before', 'crossed out now', 'crossed out again now'];

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
    customdata: hover as unknown as number[], hovertemplate: '%{customdata}<extra></extra>', xaxis: 'x', yaxis: 'y', name: 'board',
  }];
  if (curve) {
    // Per number: the work grows like ln ln N, so slowly that the sieve is all but linear.
    const N = Array.from(curve.N), per = (v: Float64Array) => Array.from(v, (w, i) => w / N[i]);
    const boardWork = board.crossOuts.reduce((a, b) => a + b, 0);
    data.push(
      { type: 'scatter', mode: 'lines', x: N, y: per(curve.crossOuts), name: 'cross-outs per number, sieve of 2…N', xaxis: 'x2', yaxis: 'y2', line: { width: 3, color: '#1f77b4' }, hovertemplate: 'N = %{x:.3s}: %{y:.4f} cross-outs per number<extra></extra>' },
      { type: 'scatter', mode: 'lines', x: N, y: per(curve.leading), name: 'ln ln N', xaxis: 'x2', yaxis: 'y2', line: { dash: 'dash', color: '#d62728' }, hovertemplate: 'ln ln N = %{y:.4f}<extra></extra>' },
      { type: 'scatter', mode: 'lines', x: N, y: per(curve.mertens), name: 'ln ln √N + M − 1/ln N (Mertens)', xaxis: 'x2', yaxis: 'y2', line: { dash: 'dot', color: '#2ca02c' }, hovertemplate: 'Mertens: %{y:.4f}<extra></extra>' },
      { type: 'scatter', mode: 'markers', x: [board.N], y: [boardWork / board.N], name: 'this board', xaxis: 'x2', yaxis: 'y2', marker: { size: 10, color: '#fd8d3c', line: { width: 1, color: '#111111' } }, hovertemplate: 'this board: N = %{x}, %{y:.3f} per number<extra></extra>' },
    );
  }
  return {
    data,
    layout: {
      xaxis: { domain: [0, 1], anchor: 'y', visible: false, range: [-0.5, columns - 0.5], fixedrange: true },
      yaxis: { domain: [0.36, 1], anchor: 'x', visible: false, autorange: 'reversed', fixedrange: true },
      xaxis2: { domain: [0, 1], anchor: 'y2', type: 'log', title: { text: 'N' } },
      yaxis2: { domain: [0, 0.26], anchor: 'x2', title: { text: 'per number' }, rangemode: 'tozero' },
      showlegend: true,
      legend: { orientation: 'h', x: 0, y: -0.2 },
      margin: { l: 56, r: 12, t: 8, b: 40 },
    },
  };
}

function cellHover(board: SieveBoard, n: number, cell: number): string {
  if (n === 1) return '1: neither prime nor composite';
  const first = board.firstStep[n];
  if (first === 0) return `${n}: prime${cell === CELL.open ? ' (not yet certain at this step)' : ''}`;
  const p = board.primes[first - 1];
  const by = board.primes.filter((q) => n % q === 0 && n >= q * q);
  const state = CELL_NAMES[cell];
  return `${n} = ${p}·${n / p}: ${state}; crossed by ${by.join(', ')}`;
}

/** One sentence of numbers for the data summary. */
export function sieveSummary(board: SieveBoard, step: number): string {
  const s = stepSummary(board, step);
  const head = s.prime === null
    ? `Before any step, the board 1…${board.N} has every number from 2 still standing.`
    : `After ${s.step} step${s.step === 1 ? '' : 's'} (the last crossing out multiples of ${s.prime}), ${grouped(s.crossedOut)} of the ${grouped(board.N - 1 - board.primeCount)} composites are crossed out, using ${grouped(s.work)} cross-outs (${grouped(s.repeats)} of them repeats).`;
  return s.done ? `${head} That was the last prime ≤ √${board.N}: the ${board.primeCount} numbers left are exactly the primes.` : `${head} ${s.stepsNeeded - s.step} more step${s.stepsNeeded - s.step === 1 ? '' : 's'} to go.`;
}

/** Per-step rows for the table view and the CSV. */
export function stepRows(board: SieveBoard): (string | number)[][] {
  return board.primes.map((p, i) => [i + 1, p, p * p, board.crossOuts[i], board.firstTime[i], board.crossOuts[i] - board.firstTime[i]]);
}
export const STEP_COLUMNS = ['step', 'prime p', 'starts at p²', 'cross-outs', 'new', 'repeats'];

/** The board (n, state after the step, first crossed at step) and the work curve, side by side. */
export function sieveCsv(board: SieveBoard, step: number, curve: SieveWorkCurve | null): string {
  const cells = boardCells(board, step);
  const n = Array.from({ length: board.N }, (_, i) => i + 1);
  return toCsv({
    n,
    state: n.map((v) => CELL_NAMES[cells[v]]),
    first_crossed_at_step: n.map((v) => board.firstStep[v]),
    times_crossed: n.map((v) => board.timesCrossed[v]),
    curve_N: curve?.N ?? [],
    curve_cross_outs: curve?.crossOuts ?? [],
    curve_N_ln_ln_N: curve?.leading ?? [],
    curve_mertens: curve?.mertens ?? [],
  });
}
