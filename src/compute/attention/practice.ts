/**
 * Where the length-dependent logit scale lives in released code, as the factor each applies to the
 * attention logits q·k/√d at context length (or position) n:
 * - entropy-invariant scale, log_L n (kexue.fm/archives/8823; TF Model Garden's KernelAttention with
 *   scale_by_length, L = 512, n = number of unmasked keys);
 * - Qwen's logn attention (modeling_qwen.py): the query at position i (1-based) is multiplied by
 *   log_L i when i > L = seq_length, else 1, at inference only;
 * - YaRN (Peng et al. 2023): cos and sin are multiplied by 0.1·ln k + 1 (transformers' get_mscale), which
 *   scales both q and k, so the logits by (0.1·ln k + 1)², the same at every position;
 * - Llama 4 (transformers' Llama4 attention, NoPE layers): the query at position p (0-based) is multiplied
 *   by 1 + β·ln(⌊(p + 1)/F⌋ + 1), with β = attn_scale = 0.1 and F = floor_scale = 8192.
 */
import { requireInRange, requireInteger, requireOneOf } from '../numerics/checks';
import { ropeInvFreq } from '../rope/invFreq';

export const PRACTICE_METHODS = ['entropy', 'qwen', 'yarn', 'llama4'] as const;
export type PracticeMethod = (typeof PRACTICE_METHODS)[number];

/** Llama 4's defaults (transformers Llama4TextConfig): attn_scale and floor_scale. */
export const LLAMA4_ATTN_SCALE = 0.1;
export const LLAMA4_FLOOR_SCALE = 8192;

export interface PracticeSettings {
  /** Training length L (Qwen's seq_length; the L of log_L n; YaRN's original_max_position_embeddings). */
  trainLength: number;
  /** YaRN's factor k. */
  factor: number;
}

/** YaRN's logit factor: the square of transformers' attention factor (0.1·ln k + 1 for k > 1, else 1). */
export function yarnLogitFactor(factor: number, trainLength: number): number {
  const { attentionFactor } = ropeInvFreq({
    head_dim: 2,
    rope_scaling: { rope_type: 'yarn', factor, original_max_position_embeddings: trainLength },
  });
  return attentionFactor * attentionFactor;
}

/** The factor `method` puts on the logits of a query at length / 1-based position n. */
export function logitFactor(method: PracticeMethod, n: number, s: PracticeSettings): number {
  requireOneOf('method', method, PRACTICE_METHODS);
  requireInteger('n', n, 1, Number.MAX_SAFE_INTEGER);
  const L = requireInteger('trainLength', s.trainLength, 2, Number.MAX_SAFE_INTEGER);
  switch (method) {
    case 'entropy':
      return Math.log(n) / Math.log(L);
    case 'qwen':
      return n > L ? Math.log(n) / Math.log(L) : 1;
    case 'yarn':
      return yarnLogitFactor(requireInRange('factor', s.factor, 1, 1e6), L);
    case 'llama4':
      return 1 + LLAMA4_ATTN_SCALE * Math.log(Math.floor(n / LLAMA4_FLOOR_SCALE) + 1);
  }
}

/** Lengths 1 … maxLength spaced evenly on a log axis (about 60 per decade) plus `marks`, without repeats. */
export function practiceLengths(maxLength: number, marks: number[] = []): Float64Array {
  requireInteger('maxLength', maxLength, 2, 1 << 30);
  const count = Math.ceil(60 * Math.log10(maxLength)) + 1;
  const set = new Set<number>([1, maxLength]);
  marks.forEach((m, i) => set.add(requireInteger(`marks[${i}]`, m, 1, maxLength)));
  for (let i = 0; i < count; i++) set.add(Math.round(maxLength ** (i / (count - 1))));
  return Float64Array.from([...set].sort((x, y) => x - y));
}

/** Each method's logit factor over n = 1 … maxLength (log-spaced, with the lengths in `marks`), for the practice widget. */
export function practiceCurves(args: PracticeSettings & { maxLength: number; marks?: number[] }): {
  n: Float64Array;
  curves: { method: PracticeMethod; factor: Float64Array }[];
} {
  const n = practiceLengths(args.maxLength, args.marks ?? []);
  return { n, curves: PRACTICE_METHODS.map((method) => ({ method, factor: n.map((x) => logitFactor(method, x, args)) })) };
}
