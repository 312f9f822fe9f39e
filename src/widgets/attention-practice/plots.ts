/** The practice widget: logit factor against length per method, its table, summary, CSV, and the RoPE links. */
import type { Data, Layout } from 'plotly.js';
import type { PracticeMethod } from '../../compute/attention/practice';
import { tr, type Text } from '../../core/i18n';
import { toCsv } from '../../ui/download';
import { legendLayout } from '../attention-shared/legend';
import { sharedMsg } from '../attention-shared/messages';
import { fmt } from '../attention-shared/variants';
import { msg } from './messages';

type Curves = { n: Float64Array; curves: { method: PracticeMethod; factor: Float64Array }[] };

export const METHOD_INFO: Record<PracticeMethod, { label: Text; rule: Text; source: Text; url: string; color: string }> = {
  entropy: {
    label: { en: 'entropy-invariant log_L n', zh: '熵不变的 log_L n' },
    rule: { en: 'ln n / ln L at every length', zh: '每个长度上都是 ln n / ln L' },
    source: { en: 'TF Model Garden KernelAttention (scale_by_length, L = 512)', zh: 'TF Model Garden KernelAttention（scale_by_length，L = 512）' },
    url: 'https://github.com/tensorflow/models/blob/master/official/nlp/modeling/layers/kernel_attention.py', color: '#009E73',
  },
  qwen: {
    label: { en: 'Qwen logn attention', zh: 'Qwen 的 logn attention' },
    rule: { en: 'query × max(1, log_L i) at position i', zh: '位置 i 处的查询 × max(1, log_L i)' },
    source: { en: 'Qwen (1) modeling_qwen.py, use_logn_attn', zh: 'Qwen（第一代）modeling_qwen.py，use_logn_attn' },
    url: 'https://huggingface.co/Qwen/Qwen-7B/blob/main/modeling_qwen.py', color: '#0072B2',
  },
  yarn: {
    label: { en: 'YaRN temperature', zh: 'YaRN 温度' },
    rule: { en: '(0.1·ln k + 1)² on every logit (q and k each × 0.1·ln k + 1)', zh: '每个 logit 都乘 (0.1·ln k + 1)²（q 与 k 各乘 0.1·ln k + 1）' },
    source: { en: 'Peng et al. 2023; transformers get_mscale', zh: 'Peng 等（2023）；transformers 的 get_mscale' },
    url: 'https://arxiv.org/abs/2309.00071', color: '#D55E00',
  },
  llama4: {
    label: { en: 'Llama 4 temperature tuning', zh: 'Llama 4 温度调节' },
    rule: { en: 'query × (1 + 0.1·ln(⌊i/8192⌋ + 1))', zh: '查询 × (1 + 0.1·ln(⌊i/8192⌋ + 1))' },
    source: { en: 'transformers Llama 4 (NoPE layers, attn_temperature_tuning)', zh: 'transformers 的 Llama 4（无位置编码的层，attn_temperature_tuning）' },
    url: 'https://github.com/huggingface/transformers/blob/main/src/transformers/models/llama4/modeling_llama4.py', color: '#CC79A7',
  },
};

/** A method's legend name in the language in force. */
export const methodLabel = (method: PracticeMethod): string => tr(METHOD_INFO[method].label);

/** One line per method, the training and target lengths marked. Narrow: legend on top. */
export function practiceFigure(c: Curves, trainLength: number, targetLength: number, narrow = false): { data: Data[]; layout: Partial<Layout> } {
  const n = Array.from(c.n);
  let high = 1;
  for (const curve of c.curves) for (const f of curve.factor) high = Math.max(high, f);
  const data: Data[] = c.curves.map(({ method, factor }) => ({
    type: 'scatter', mode: 'lines', x: n, y: Array.from(factor), name: methodLabel(method),
    line: { color: METHOD_INFO[method].color, width: 2, shape: method === 'llama4' ? 'hv' : 'linear' },
    hovertemplate: msg.hover(methodLabel(method)),
  }));
  for (const [at, name, dash] of [[trainLength, sharedMsg.trainingLine(trainLength), 'dot'], [targetLength, msg.targetLine(targetLength), 'dash']] as const) {
    data.push({ type: 'scatter', mode: 'lines', x: [at, at], y: [0, high * 1.05], name, line: { color: '#888', dash, width: 1 }, hoverinfo: 'skip' });
  }
  return {
    data,
    layout: {
      xaxis: { type: 'log', dtick: 1, title: { text: msg.xAxis }, exponentformat: 'power' },
      yaxis: { title: { text: msg.yAxis }, range: [0, high * 1.05] },
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
    columns: [msg.colMethod, msg.colRule, msg.colAtL(trainLength), msg.colAtT(targetLength)],
    rows: c.curves.map(({ method }) => [methodLabel(method), tr(METHOD_INFO[method].rule), fmt(factorAt(c, method, trainLength)), fmt(factorAt(c, method, targetLength))]),
  };
}

export function practiceSummary(c: Curves, trainLength: number, targetLength: number): string {
  const parts = c.curves.map(({ method }) => msg.summaryPart(methodLabel(method), fmt(factorAt(c, method, targetLength))));
  return msg.summary(targetLength, trainLength, parts);
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
