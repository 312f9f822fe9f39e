/**
 * What the attention widgets share: each normalisation's label and colour (one colour per variant in
 * every figure), the score model's controls, and the request they become.
 */
import { tr, type Text } from '../../core/i18n';
import type { BooleanParam, NumberParam } from '../../core/params';
import type { Variant } from '../../compute/attention/variants';
import type { RetrievalVariant } from '../../compute/attention/retrievalModel';

type AnyVariant = Variant | RetrievalVariant;

/** The kernels' variant lists in menu order (widgets import kernel types only; the worker checks the names). */
export const SWEEP_VARIANTS: readonly Variant[] = ['softmax', 'softmax-logn', 'relu2-n', 'relu2-train', 'relu2-sum'];
export const TRAINED_VARIANTS: readonly RetrievalVariant[] = ['softmax', 'softmax-logn', 'relu2-n', 'relu2-n-logn', 'relu2-train', 'relu2-sum'];

export const VARIANT_LABEL: Record<AnyVariant, Text> = {
  softmax: { en: 'softmax, fixed scale', zh: 'softmax，固定缩放' },
  'softmax-logn': { en: 'softmax, log_L n scale', zh: 'softmax，log_L n 缩放' },
  'relu2-n': { en: 'relu²/n (GAU)', zh: 'relu²/n（GAU）' },
  'relu2-n-logn': { en: 'relu²/n, log_L n scale', zh: 'relu²/n，log_L n 缩放' },
  'relu2-train': { en: 'relu²/L (n frozen)', zh: 'relu²/L（n 固定）' },
  'relu2-sum': { en: 'relu²/Σrelu²', zh: 'relu²/Σrelu²' },
};

/** A variant's label in the language in force (legends, hover, tables, summaries). */
export const variantLabel = (v: AnyVariant): string => tr(VARIANT_LABEL[v]);

/** Colour-blind-safe (Okabe–Ito), readable on the light and the dark background. */
export const VARIANT_COLOR: Record<AnyVariant, string> = {
  softmax: '#0072B2',
  'softmax-logn': '#009E73',
  'relu2-n': '#D55E00',
  'relu2-n-logn': '#CC79A7',
  'relu2-train': '#E69F00',
  'relu2-sum': '#8C8C8C',
};

/** The boolean parameter that switches each variant on, in the widgets' specs. */
export const VARIANT_KEY = {
  softmax: 'softmax',
  'softmax-logn': 'softmaxLogn',
  'relu2-n': 'relu2N',
  'relu2-n-logn': 'relu2NLogn',
  'relu2-train': 'relu2Train',
  'relu2-sum': 'relu2Sum',
} as const satisfies Record<AnyVariant, string>;

/** The article's κ ≈ 1/0.24 (8823: H ≈ ln n − 0.24·λd, so λ = ln n / (0.24·d)). */
export const ARTICLE_KAPPA = 4.17;

/** Controls of the key model of 8823 (keys uniform on the sphere, a few planted relevant keys). */
export const scoreModelParams = {
  d: {
    kind: 'integer', label: { en: 'Head dimension d', zh: '头维度 d' }, min: 4, max: 256, default: 64,
    help: { en: 'keys are uniform on the sphere in d dimensions', zh: '键均匀分布在 d 维球面上' },
  },
  kappa: {
    kind: 'number', label: { en: 'Sharpness κ', zh: '锐度 κ' }, min: 0.1, max: 20, step: 0.01, default: ARTICLE_KAPPA, log: true,
    help: {
      en: 'logit scale at the training length λ = κ·ln L / d; the article finds κ ≈ 1/0.24 keeps the entropy steady',
      zh: '训练长度处 logit 的缩放 λ = κ·ln L / d；原文推得 κ ≈ 1/0.24 时熵保持平稳',
    },
  },
  relevant: {
    kind: 'integer', label: { en: 'Relevant keys', zh: '相关键个数' }, min: 0, max: 16, default: 0,
    help: { en: 'planted among the first 16 tokens, at the cosine below', zh: '放在前 16 个 token 之中，与查询的余弦取下面的值' },
  },
  cosine: { kind: 'number', label: { en: 'Their cosine with the query', zh: '相关键与查询的余弦' }, min: 0, max: 1, step: 0.01, default: 0.6 },
  seed: { kind: 'integer', label: { en: 'Seed', zh: '随机种子' }, min: 0, max: 99999, default: 0 },
} as const satisfies Record<string, NumberParam>;

/** The variants whose switch is on, in menu order. */
export function chosenVariants<V extends AnyVariant>(all: readonly V[], values: Record<string, unknown>): V[] {
  return all.filter((v) => values[VARIANT_KEY[v]] === true);
}

/** Formats a number for tables and summaries: 3 significant digits, exponent form when tiny or huge. */
export function fmt(x: number): string {
  if (!Number.isFinite(x)) return '–';
  if (x !== 0 && (Math.abs(x) < 1e-3 || Math.abs(x) >= 1e5)) return x.toExponential(2);
  return Number(x.toPrecision(3)).toString();
}

/** The switches of the given variants (label from VARIANT_LABEL, in both languages), on unless listed in `off`. */
export function variantSwitches<V extends AnyVariant>(variants: readonly V[], off: readonly V[] = []): Record<(typeof VARIANT_KEY)[V], BooleanParam> {
  const out: Record<string, BooleanParam> = {};
  for (const v of variants) out[VARIANT_KEY[v]] = { kind: 'boolean', label: VARIANT_LABEL[v], default: !off.includes(v) };
  return out as Record<(typeof VARIANT_KEY)[V], BooleanParam>;
}

/** The switch keys of the given variants, for a fold of controls. */
export const switchKeys = (variants: readonly AnyVariant[]): string[] => variants.map((v) => VARIANT_KEY[v]);
