/** The side-by-side weights figure (sorted weights at L and k·L), its CSV, table and summary. */
import type { Data, Layout } from 'plotly.js';
import type { WeightsPanel } from '../../compute/attention/weightsView';
import { toCsv } from '../../ui/download';
import { fmt, VARIANT_COLOR, VARIANT_LABEL } from '../attention-shared/variants';

type Panels = [WeightsPanel, WeightsPanel];

/** Two panels (side by side, or stacked on narrow screens): weight against rank, both on log axes. */
export function weightsFigure(panels: Panels, stacked: boolean): { data: Data[]; layout: Partial<Layout> } {
  const data: Data[] = [];
  panels.forEach((panel, p) => {
    const axes = p === 0 ? { xaxis: 'x', yaxis: 'y' } : { xaxis: 'x2', yaxis: 'y2' };
    for (const v of panel.variants) {
      const color = VARIANT_COLOR[v.variant];
      const positive = Array.from(v.weight, (w) => (w > 0 ? w : null));
      data.push({
        type: 'scatter', mode: 'lines', ...axes, x: Array.from(v.rank), y: positive, name: VARIANT_LABEL[v.variant], legendgroup: v.variant,
        showlegend: p === 0, line: { color, width: 2 },
        hovertemplate: `${VARIANT_LABEL[v.variant]}, n = ${panel.n}<br>rank %{x}: weight %{y:.3g}<extra></extra>`,
      });
      data.push({
        type: 'scatter', mode: 'markers', ...axes, x: Array.from(v.relevantRank), y: Array.from(v.relevantWeight, (w) => (w > 0 ? w : null)),
        name: 'relevant keys', legendgroup: v.variant, showlegend: false, marker: { color, size: 9, symbol: 'diamond' },
        hovertemplate: `relevant key, ${VARIANT_LABEL[v.variant]}<br>rank %{x}: weight %{y:.3g}<extra></extra>`,
      });
    }
  });
  const axis = (n: number) => ({ type: 'log' as const, dtick: 1, title: { text: `rank (n = ${n})` }, exponentformat: 'power' as const });
  const yaxis = { type: 'log' as const, title: { text: 'weight aⱼ' }, exponentformat: 'power' as const };
  const layout: Partial<Layout> = stacked
    ? {
        grid: { rows: 2, columns: 1, pattern: 'independent' },
        xaxis: { ...axis(panels[0].n), domain: [0, 1] },
        yaxis: { ...yaxis, domain: [0.58, 1] },
        xaxis2: { ...axis(panels[1].n), domain: [0, 1], anchor: 'y2' },
        yaxis2: { ...yaxis, domain: [0, 0.42], anchor: 'x2', matches: 'y' },
      }
    : {
        xaxis: { ...axis(panels[0].n), domain: [0, 0.47] },
        yaxis,
        xaxis2: { ...axis(panels[1].n), domain: [0.53, 1], anchor: 'y2' },
        yaxis2: { ...yaxis, anchor: 'x2', matches: 'y', title: { text: '' } },
      };
  return { data, layout: { ...layout, legend: { orientation: 'h', y: stacked ? -0.12 : -0.2 }, margin: { l: 56, r: 12, t: 12, b: 48 }, hovermode: 'closest' } };
}

/** Sorted weights at the sampled ranks, one column per variant and length. */
export function weightsCsv(panels: Panels): string {
  const columns: Record<string, ArrayLike<number>> = {};
  for (const panel of panels) {
    for (const v of panel.variants) {
      columns[`n${panel.n}_rank`] = v.rank;
      columns[`n${panel.n}_${v.variant}_weight`] = v.weight;
    }
  }
  return toCsv(columns);
}

/** Per variant: relevant weight, entropy and total at both lengths. */
export function weightsTable(panels: Panels): { columns: string[]; rows: (string | number)[][] } {
  const [short, long] = panels;
  return {
    columns: ['normalisation', `relevant, n = ${short.n}`, `relevant, n = ${long.n}`, `entropy, n = ${short.n}`, `entropy, n = ${long.n}`, `Σa, n = ${short.n}`, `Σa, n = ${long.n}`],
    rows: short.variants.map((v, i) => {
      const w = long.variants[i];
      return [VARIANT_LABEL[v.variant], fmt(v.relevant), fmt(w.relevant), fmt(v.entropy), fmt(w.entropy), fmt(v.total), fmt(w.total)];
    }),
  };
}

/** Concentration or dilution per variant, in words. */
export function weightsSummary(panels: Panels, planted: boolean): string {
  const [short, long] = panels;
  const what = planted ? 'the relevant keys keep' : 'the largest weight is';
  const parts = short.variants.map((v, i) => `${VARIANT_LABEL[v.variant]} ${fmt(long.variants[i].relevant / v.relevant)}×`);
  return `Going from n = ${short.n} to n = ${long.n}, ${what} this multiple of their weight: ${parts.join('; ')}.`;
}
