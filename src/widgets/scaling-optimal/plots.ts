/** Figures and table of the compute-optimal widget: N_opt and D_opt against C, and D/N. */
import type { Dash, Data, Layout } from 'plotly.js';
import type { Frontier, FrontierBands, OptimalView } from '../../compute/scaling/widgets';
import type { Band } from '../../compute/scaling/bootstrap';
import { toCsv } from '../../ui/download';
import { legendAbove, marginsWithTop } from '../scaling-shared/legend';
import { num } from '../scaling-shared/format';
import { sharedMsg } from '../scaling-shared/messages';
import { msg } from './messages';

export type Law = 'epoch' | 'hoffmann' | 'custom';
/** Each law's name in the table (in the language in force). */
export const lawLabel = (law: Law): string => (law === 'epoch' ? sharedMsg.besiroglu : law === 'hoffmann' ? sharedMsg.hoffmann : msg.yours);
/** Each law's short name in the legend: the authors' names read the same in both languages. */
const short = (law: Law): string => (law === 'custom' ? msg.yours : law === 'epoch' ? 'Besiroglu' : 'Hoffmann');
const N_COLOUR = '#3f6fd8';
const D_COLOUR = '#d8553f';
const DASH: Record<Law, Dash> = { epoch: 'solid', hoffmann: 'dash', custom: 'dot' };

/** Chinchilla itself: 70 B parameters on 1.4 T tokens (Hoffmann et al. 2022). */
const CHINCHILLA = { N: 70e9, D: 1.4e12 };

/** The frontiers to draw: the chosen law first (thick), then the others (thin) for comparison. */
export function laws(v: OptimalView, chosen: Law): { law: Law; f: Frontier }[] {
  const all: { law: Law; f: Frontier | null }[] = [{ law: 'epoch', f: v.epoch }, { law: 'hoffmann', f: v.hoffmann }, { law: 'custom', f: v.custom }];
  const present = all.filter((x): x is { law: Law; f: Frontier } => x.f !== null);
  return [...present.filter((x) => x.law === chosen), ...present.filter((x) => x.law !== chosen)];
}

/** Fill colours of the bands: the line colours, translucent. */
const BAND_FILL = { N: 'rgba(63, 111, 216, 0.2)', D: 'rgba(216, 85, 63, 0.2)', ratio: 'rgba(122, 92, 194, 0.2)' };

/**
 * One shaded band: its lower edge, then its upper edge filled down to it ('tonexty' fills to the trace
 * drawn just before, so the two are adjacent in `data`).
 */
function bandTraces(C: number[], band: Band, fill: string, name: string, yaxis: 'y' | 'y2', showlegend: boolean): Data[] {
  const edge = { type: 'scatter' as const, mode: 'lines' as const, x: C, yaxis, line: { width: 0 }, legendgroup: 'band', hoverinfo: 'skip' as const };
  return [
    { ...edge, y: Array.from(band.lo), name: msg.bandLowerEdge(name), showlegend: false },
    {
      ...edge, y: Array.from(band.hi), name, fill: 'tonexty', fillcolor: fill, showlegend,
      customdata: Array.from(band.lo), hoverinfo: undefined,
      hovertemplate: msg.bandHover(name),
    },
  ];
}

/** N_opt and D_opt as plotly draws them in titles, legends and hover labels: subscripts, not underscores. */
const N_OPT = 'N<sub>opt</sub>';
const D_OPT = 'D<sub>opt</sub>';

/** Top: N_opt and D_opt against C (log-log); bottom: D/N against C, with the 20-tokens rule; bootstrap bands behind. */
export function optimalFigure(v: OptimalView, chosen: Law, bands: FrontierBands | null = null): { data: Data[]; layout: Partial<Layout> } {
  const C = Array.from(v.C);
  const data: Data[] = [];
  if (bands) {
    const label = msg.band(bands.resamples);
    const x = Array.from(bands.C);
    data.push(
      ...bandTraces(x, bands.N, BAND_FILL.N, `${N_OPT} ${label}`, 'y', true),
      ...bandTraces(x, bands.D, BAND_FILL.D, `${D_OPT} ${label}`, 'y', true),
      ...bandTraces(x, bands.tokensPerParam, BAND_FILL.ratio, `D/N ${label}`, 'y2', false),
    );
  }
  for (const { law, f } of laws(v, chosen)) {
    const main = law === chosen;
    const width = main ? 2.5 : 1.2;
    const line = (colour: string) => ({ color: colour, width, dash: DASH[law] });
    data.push(
      { type: 'scatter', mode: 'lines', x: C, y: Array.from(f.N), name: `${N_OPT} · ${short(law)}`, line: line(N_COLOUR), opacity: main ? 1 : 0.7 },
      { type: 'scatter', mode: 'lines', x: C, y: Array.from(f.D), name: `${D_OPT} · ${short(law)}`, line: line(D_COLOUR), opacity: main ? 1 : 0.7 },
      {
        type: 'scatter', mode: 'lines', x: C, y: Array.from(f.tokensPerParam), yaxis: 'y2', name: `D/N · ${short(law)}`,
        line: line('#7a5cc2'), opacity: main ? 1 : 0.7, showlegend: false,
      },
    );
  }
  const cChin = 6 * CHINCHILLA.N * CHINCHILLA.D;
  data.push(
    {
      type: 'scatter', mode: 'markers', x: [cChin, cChin], y: [CHINCHILLA.N, CHINCHILLA.D], name: msg.chinchilla,
      marker: { symbol: 'star', size: 11, color: '#e0a526', line: { width: 1, color: '#555' } },
    },
    { type: 'scatter', mode: 'lines', x: [C[0], C[C.length - 1]], y: [20, 20], yaxis: 'y2', name: 'D/N = 20', line: { color: '#888', dash: 'dot', width: 1 }, hoverinfo: 'skip' },
  );
  return {
    data,
    layout: {
      xaxis: { type: 'log', title: { text: msg.xAxis }, anchor: 'y2', exponentformat: 'power' },
      // Room between the title and the tick labels (powers of ten, which the margin alone did not hold).
      yaxis: { type: 'log', title: { text: `${N_OPT}, ${D_OPT}`, standoff: 12 }, automargin: true, domain: [0.38, 1], exponentformat: 'power' },
      yaxis2: { type: 'log', title: { text: 'D/N' }, domain: [0, 0.28], anchor: 'x', tickvals: [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000] },
      legend: legendAbove(),
      margin: marginsWithTop(90),
    },
  };
}

/** One row per law at Chinchilla's budget: N_opt, D_opt, D/N, and the exponents. */
export function budgetRows(v: OptimalView, chosen: Law): { law: Law; name: string; N: string; D: string; ratio: string; a: string; drift: string }[] {
  return laws(v, chosen).map(({ law, f }) => ({
    law,
    name: lawLabel(law),
    N: num(f.atChinchilla.N, 3),
    D: num(f.atChinchilla.D, 3),
    ratio: num(f.atChinchilla.tokensPerParam, 3),
    a: `${f.a.toFixed(3)} / ${f.b.toFixed(3)}`,
    // D/N ∝ C^(b − a): its factor per tenfold compute.
    drift: `× ${Math.pow(10, f.b - f.a).toFixed(3)}`,
  }));
}

/** The frontiers as a table, one row per compute, with the bootstrap bands when drawn. */
export function optimalCsv(v: OptimalView, chosen: Law, bands: FrontierBands | null = null): string {
  const cols: Record<string, Float64Array> = { C: v.C };
  for (const { law, f } of laws(v, chosen)) {
    cols[`N_opt_${law}`] = f.N;
    cols[`D_opt_${law}`] = f.D;
    cols[`tokens_per_param_${law}`] = f.tokensPerParam;
    cols[`loss_${law}`] = f.loss;
  }
  if (bands) {
    for (const [key, band] of [['N_opt', bands.N], ['D_opt', bands.D], ['tokens_per_param', bands.tokensPerParam]] as const) {
      cols[`${key}_band_lo`] = band.lo;
      cols[`${key}_band_hi`] = band.hi;
    }
  }
  return toCsv(cols);
}

/** One sentence on the bands at Chinchilla's budget. */
export function bandSummary(b: FrontierBands): string {
  const range = (i: { lo: number; hi: number }) => msg.range(num(i.lo, 3), num(i.hi, 3));
  const p = b.atChinchilla;
  return msg.bandSummary(b.percentiles[0], b.percentiles[1], b.used, b.resamples - b.used, range(p.N), range(p.D), range(p.tokensPerParam));
}
