/** The side-by-side weights figure (sorted weights at L and k·L), its CSV, table and summary. */
import type { Data, Layout } from 'plotly.js';
import type { WeightsPanel } from '../../compute/attention/weightsView';
import { toCsv } from '../../ui/download';
import { sharedMsg } from '../attention-shared/messages';
import { fmt, VARIANT_COLOR, variantLabel } from '../attention-shared/variants';
import { msg } from './messages';

type Panels = [WeightsPanel, WeightsPanel];

/** Two panels (side by side, or stacked on narrow screens): weight against rank, both on log axes. */
export function weightsFigure(panels: Panels, stacked: boolean): { data: Data[]; layout: Partial<Layout> } {
  const data: Data[] = [];
  panels.forEach((panel, p) => {
    const axes = p === 0 ? { xaxis: 'x', yaxis: 'y' } : { xaxis: 'x2', yaxis: 'y2' };
    for (const v of panel.variants) {
      const color = VARIANT_COLOR[v.variant];
      const label = variantLabel(v.variant);
      const positive = Array.from(v.weight, (w) => (w > 0 ? w : null));
      data.push({
        type: 'scatter', mode: 'lines', ...axes, x: Array.from(v.rank), y: positive, name: label, legendgroup: v.variant,
        showlegend: p === 0, line: { color, width: 2 },
        hovertemplate: msg.hover(label, panel.n),
      });
      data.push({
        type: 'scatter', mode: 'markers', ...axes, x: Array.from(v.relevantRank), y: Array.from(v.relevantWeight, (w) => (w > 0 ? w : null)),
        name: msg.relevantKeys, legendgroup: v.variant, showlegend: false, marker: { color, size: 9, symbol: 'diamond' },
        hovertemplate: msg.relevantHover(label),
      });
    }
  });
  const axis = (n: number) => ({ type: 'log' as const, dtick: 1, title: { text: msg.xAxis(n) }, exponentformat: 'power' as const });
  const yaxis = { type: 'log' as const, title: { text: msg.yAxis }, exponentformat: 'power' as const };
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
    columns: [
      sharedMsg.colNormalisation, msg.colRelevant(short.n), msg.colRelevant(long.n), msg.colEntropy(short.n), msg.colEntropy(long.n),
      msg.colTotal(short.n), msg.colTotal(long.n),
    ],
    rows: short.variants.map((v, i) => {
      const w = long.variants[i];
      return [variantLabel(v.variant), fmt(v.relevant), fmt(w.relevant), fmt(v.entropy), fmt(w.entropy), fmt(v.total), fmt(w.total)];
    }),
  };
}

/** Concentration or dilution per variant, in words. */
export function weightsSummary(panels: Panels, planted: boolean): string {
  const [short, long] = panels;
  const parts = short.variants.map((v, i) => `${variantLabel(v.variant)} ${fmt(long.variants[i].relevant / v.relevant)}×`);
  return msg.summary(short.n, long.n, planted, parts);
}
