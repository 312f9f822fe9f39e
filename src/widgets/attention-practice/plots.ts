/** The practice widget: logit factor against length per method, its table, summary, CSV, and the RoPE links. */
import type { Data, Layout } from 'plotly.js';
import type { PracticeMethod } from '../../compute/attention/practice';
import { toCsv } from '../../ui/download';
import { legendLayout } from '../attention-shared/legend';
import { fmt } from '../attention-shared/variants';

type Curves = { n: Float64Array; curves: { method: PracticeMethod; factor: Float64Array }[] };

export const METHOD_INFO: Record<PracticeMethod, { label: string; rule: string; source: string; url: string; color: string }> = {
  entropy: {
    label: 'entropy-invariant log_L n', rule: 'ln n / ln L at every length', source: 'TF Model Garden KernelAttention (scale_by_length, L = 512)',
    url: 'https://github.com/tensorflow/models/blob/master/official/nlp/modeling/layers/kernel_attention.py', color: '#009E73',
  },
  qwen: {
    label: 'Qwen logn attention', rule: 'query × max(1, log_L i) at position i', source: 'Qwen (1) modeling_qwen.py, use_logn_attn',
    url: 'https://huggingface.co/Qwen/Qwen-7B/blob/main/modeling_qwen.py', color: '#0072B2',
  },
  yarn: {
    label: 'YaRN temperature', rule: '(0.1·ln k + 1)² on every logit (q and k each × 0.1·ln k + 1)', source: 'Peng et al. 2023; transformers get_mscale',
    url: 'https://arxiv.org/abs/2309.00071', color: '#D55E00',
  },
  llama4: {
    label: 'Llama 4 temperature tuning', rule: 'query × (1 + 0.1·ln(⌊i/8192⌋ + 1))', source: 'transformers Llama 4 (NoPE layers, attn_temperature_tuning)',
    url: 'https://github.com/huggingface/transformers/blob/main/src/transformers/models/llama4/modeling_llama4.py', color: '#CC79A7',
  },
};

/** One line per method, the training and target lengths marked. Narrow: legend on top. */
export function practiceFigure(c: Curves, trainLength: number, targetLength: number, narrow = false): { data: Data[]; layout: Partial<Layout> } {
  const n = Array.from(c.n);
  let high = 1;
  for (const curve of c.curves) for (const f of curve.factor) high = Math.max(high, f);
  const data: Data[] = c.curves.map(({ method, factor }) => ({
    type: 'scatter', mode: 'lines', x: n, y: Array.from(factor), name: METHOD_INFO[method].label,
    line: { color: METHOD_INFO[method].color, width: 2, shape: method === 'llama4' ? 'hv' : 'linear' },
    hovertemplate: `${METHOD_INFO[method].label}<br>n = %{x}: × %{y:.4f}<extra></extra>`,
  }));
  for (const [at, what, dash] of [[trainLength, 'training length L', 'dot'], [targetLength, 'target length T', 'dash']] as const) {
    data.push({ type: 'scatter', mode: 'lines', x: [at, at], y: [0, high * 1.05], name: `${what} = ${at}`, line: { color: '#888', dash, width: 1 }, hoverinfo: 'skip' });
  }
  return {
    data,
    layout: {
      xaxis: { type: 'log', dtick: 1, title: { text: 'context length or position n' }, exponentformat: 'power' },
      yaxis: { title: { text: 'factor on the logits' }, range: [0, high * 1.05] },
      legend: legendLayout(narrow),
      margin: { l: 56, r: 12, t: 12, b: 48 },
      hovermode: 'closest',
    },
  };
}

/** Factor at L and at T for each method. */
export function factorAt(c: Curves, method: PracticeMethod, n: number): number {
  const curve = c.curves.find((x) => x.method === method);
  const i = Array.from(c.n).indexOf(n);
  return curve && i >= 0 ? curve.factor[i] : NaN;
}

export function practiceTable(c: Curves, trainLength: number, targetLength: number): { columns: string[]; rows: (string | number)[][] } {
  return {
    columns: ['method', 'rule', `factor at L = ${trainLength}`, `factor at T = ${targetLength}`],
    rows: c.curves.map(({ method }) => [METHOD_INFO[method].label, METHOD_INFO[method].rule, fmt(factorAt(c, method, trainLength)), fmt(factorAt(c, method, targetLength))]),
  };
}

export function practiceSummary(c: Curves, trainLength: number, targetLength: number): string {
  const parts = c.curves.map(({ method }) => `${METHOD_INFO[method].label} × ${fmt(factorAt(c, method, targetLength))}`);
  return `Factor on the logits at the target length T = ${targetLength} (training length L = ${trainLength}): ${parts.join('; ')}.`;
}

export function practiceCsv(c: Curves): string {
  const columns: Record<string, ArrayLike<number>> = { n: c.n };
  for (const { method, factor } of c.curves) columns[method] = factor;
  return toCsv(columns);
}

/**
 * Addresses of the RoPE notebook's extension and decay widgets at the same lengths (URL state is
 * `<widgetId>.<param>=<value>`; the widget ids there are the widget names). Relative, so they work on
 * any host and from the embed page.
 */
export function ropeLinks(trainLength: number, targetLength: number, factor: number): { extension: string; decay: string } {
  const q = (id: string, entries: Record<string, string | number>) =>
    Object.entries(entries).map(([k, v]) => `${id}.${k}=${encodeURIComponent(String(v))}`).join('&');
  return {
    extension: `./?notebook=rope-beta-base&${q('rope-extension', { method: 'yarn', trainLength, targetLength, factor })}#widget-rope-extension`,
    decay: `./?notebook=rope-beta-base&${q('rope-decay', { trainLength: Math.min(trainLength, 131072), targetLength })}#widget-rope-decay`,
  };
}
