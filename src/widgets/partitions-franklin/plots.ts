/** Figure, CSV and summary of the even − odd counts of partitions into distinct parts. */
import type { Data, Layout } from 'plotly.js';
import type { FranklinCounts } from '../../compute/partitions/widgets';
import { toCsv } from '../../ui/download';
import { msg } from './messages';

const PLUS = '#1f77b4';
const MINUS = '#ff7f0e';

/** The generalised pentagonal numbers j(3j − 1)/2 up to N, with their j (1, −1, 2, −2, …), smallest first. */
export function pentagonalNumbers(N: number): { n: number; j: number }[] {
  const out: { n: number; j: number }[] = [{ n: 0, j: 0 }];
  for (let k = 1; ; k++) {
    const a = (k * (3 * k - 1)) / 2;
    const b = (k * (3 * k + 1)) / 2;
    if (a > N) break;
    out.push({ n: a, j: k });
    if (b <= N) out.push({ n: b, j: -k });
  }
  return out;
}

/**
 * q_even(n) − q_odd(n) as bars: one trace for +1 (blue) and one for −1 (orange), each with a value at
 * every n (0 draws nothing), so dragging N changes numbers, not the figure's traces or colours.
 */
export function franklinFigure(r: FranklinCounts): { data: Data[]; layout: Partial<Layout> } {
  const n = Array.from(r.difference, (_, i) => i);
  const customdata = n.map((i) => [r.even[i], r.odd[i]]);
  const hovertemplate = msg.hover;
  const bars = (name: string, color: string, pick: (d: number) => number): Data => ({
    type: 'bar', x: n, y: Array.from(r.difference, pick), name, marker: { color }, customdata, hovertemplate,
  });
  return {
    data: [bars('+1', PLUS, (d) => Math.max(d, 0)), bars('−1', MINUS, (d) => Math.min(d, 0))],
    layout: {
      barmode: 'relative',
      xaxis: { title: { text: 'n' }, rangemode: 'tozero' },
      yaxis: { title: { text: 'q_even(n) − q_odd(n)' }, range: [-1.4, 1.4], tickvals: [-1, 0, 1], zeroline: true },
      bargap: 0.3,
      showlegend: false,
      margin: { l: 56, r: 16, t: 12, b: 48 },
    },
  };
}

/** n, both counts, their difference and Euler's coefficient. */
export function franklinCsv(r: FranklinCounts): string {
  return toCsv({
    n: Array.from(r.difference, (_, i) => i),
    even_parts: r.even,
    odd_parts: r.odd,
    difference: r.difference,
    euler_coefficient: r.euler,
  });
}

/** The figure in words: where the bars are, and whether every count agrees with Euler. */
export function franklinSummary(r: FranklinCounts): string {
  const N = r.difference.length - 1;
  if (r.mismatches.length > 0) return msg.disagree(r.mismatches.slice(0, 10).join(', '));
  const pent = pentagonalNumbers(N);
  const listed = pent.map((p) => `${p.n} (${r.difference[p.n] > 0 ? '+1' : '−1'})`);
  const shown = listed.length > 12 ? `${listed.slice(0, 12).join(', ')}, …` : listed.join(', ');
  return msg.agree(N, pent.length, shown, N + 1 - pent.length);
}
