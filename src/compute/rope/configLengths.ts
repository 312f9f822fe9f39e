// The training length, target length and factor of a scaled rope block. transformers keeps two
// lengths (max_position_embeddings M, original_max_position_embeddings O) and older configs disagree
// with newer code about them, so each choice made here comes back as a warning naming the numbers.
import { requireInRange } from '../numerics/checks';
import type { RopeType } from './invFreq';
import type { Json } from './configBlock';
import { fail } from '../errors';

type ScaledType = Exclude<RopeType, 'default' | 'proportional'>;

/** Training length, target length and factor (undefined for longrope with an explicit attention_factor and no factor). */
export interface Lengths { train: number; target: number; factor: number | undefined }

/**
 * `original` is already O as transformers 5 settles it (top-level over the block's, else M for
 * llama3/yarn/longrope); `maxPos` is M.
 */
export function resolveLengths(
  type: ScaledType, block: Json, maxPos: number | undefined, original: number | undefined,
  fallbackLength: number | undefined, warnings: string[], maxPosIsExtended = false,
): Lengths {
  if (type === 'longrope') return longropeLengths(block, maxPos, original, warnings);
  let factor = block.factor;
  if ((factor === undefined || factor === null) && type === 'yarn' && maxPos !== undefined && original !== undefined) {
    // transformers 5.x derives a missing yarn factor from the two lengths.
    factor = maxPos / original;
    warnings.push(`No rope_scaling.factor: using max_position_embeddings / original_max_position_embeddings = ${maxPos}/${original} = ${factor}, as transformers does.`);
  }
  if (factor === undefined || factor === null) fail('scalingRequired', 'factor', type);
  const f = requireInRange('rope_scaling.factor', factor, 0, Infinity, { openLow: true });

  if (type === 'dynamic') {
    // transformers' dynamic NTK takes config.max_position_embeddings as the original length.
    const train = maxPos ?? original ?? fallbackLength;
    if (train === undefined) fail('dynamicNoLength');
    if (maxPos !== undefined && original !== undefined && original !== maxPos) {
      warnings.push(`transformers' dynamic NTK uses max_position_embeddings (${maxPos}) as the original length and ignores original_max_position_embeddings (${original}); so does this notebook.`);
    }
    const target = Math.round(train * f);
    warnings.push(`Dynamic NTK has no fixed target: showing ${target} (training length × factor); its frequencies follow the current sequence length.`);
    return { train, target, factor: f };
  }

  if (original !== undefined) {
    const scaled = Math.round(original * f);
    if (maxPos === undefined || maxPos === scaled) return { train: original, target: scaled, factor: f };
    // Llama 3's factor shapes the low-frequency band rather than naming the context ratio (3.1: 8192 × 8
    // ≠ 131072), so a larger max_position_embeddings is simply the published context.
    if (type === 'llama3' && maxPos > original) return { train: original, target: maxPos, factor: f };
    if (maxPos > original) {
      warnings.push(`factor × original_max_position_embeddings = ${f} × ${original} = ${scaled}, but max_position_embeddings is ${maxPos}. The training length is ${original}; the target is max_position_embeddings (${maxPos}), the context the model is published for; frequencies use factor ${f}, as transformers 5 does (it warns that the two disagree).${yarnNote(type, maxPos / original, f)}`);
      return { train: original, target: maxPos, factor: f };
    }
    warnings.push(`max_position_embeddings (${maxPos}) is not above original_max_position_embeddings (${original}), so it cannot be the extended length: the target is original × factor = ${scaled}.${yarnNote(type, maxPos / original, f)}`);
    return { train: original, target: scaled, factor: f };
  }
  if (maxPosIsExtended && maxPos !== undefined) {
    // Gemma 3 (technical report, arXiv:2503.19786): pre-trained on 32K-token sequences, then RoPE rescaled
    // by 8 for 128K; max_position_embeddings names the extended context.
    const train = Math.round(maxPos / f);
    warnings.push(`No original_max_position_embeddings: Gemma 3's max_position_embeddings (${maxPos}) is its extended context (its report pre-trains on 32K tokens, then rescales RoPE by 8), so the figure stretches ${train} = ${maxPos} / ${f} tokens of unscaled angles to ${maxPos}.`);
    return { train, target: maxPos, factor: f };
  }
  const train = maxPos ?? fallbackLength;
  if (train === undefined) {
    fail('typeNoLength', type);
  }
  const source = maxPos !== undefined ? `max_position_embeddings (${train})` : `the current training length (${train})`;
  warnings.push(`No original_max_position_embeddings: taking ${source} as the training length, so the target is ${train} × ${f} = ${Math.round(train * f)}. If ${train} is already the extended length, the training length was ${Math.round(train / f)}.`);
  return { train, target: Math.round(train * f), factor: f };
}

/** LongRoPE: trained on O, published for M; a missing factor is M / O, which only sets the attention factor. */
function longropeLengths(block: Json, maxPos: number | undefined, original: number | undefined, warnings: string[]): Lengths {
  const train = original ?? maxPos;
  if (train === undefined) fail('longropeNoLength');
  const target = Math.max(maxPos ?? train, train);
  let factor: number | undefined;
  if (block.factor !== undefined && block.factor !== null) {
    factor = requireInRange('rope_scaling.factor', block.factor, 0, Infinity, { openLow: true });
  } else if (block.attention_factor === undefined || block.attention_factor === null) {
    factor = target / train;
    warnings.push(`No rope_scaling.factor: LongRoPE's attention factor √(1 + ln s / ln ${train}) takes s = max_position_embeddings / original_max_position_embeddings = ${target}/${train} = ${factor}, as transformers does.`);
  }
  warnings.push(target > train
    ? `LongRoPE stretches each pair by its own factor: short_factor while a sequence fits ${train} tokens, long_factor beyond (transformers switches per forward pass). The figure shows long_factor at the target ${target}.`
    : `max_position_embeddings is not above original_max_position_embeddings (${train}): every sequence uses short_factor, which the figure shows.`);
  return { train, target, factor };
}

/** For yarn, what older transformers did with the same config (issue #38224). */
function yarnNote(type: ScaledType, ratio: number, factor: number): string {
  if (type !== 'yarn' || ratio === factor) return '';
  return ` transformers before the fix of issue #38224 (PR #40320, 2025) replaced factor by max_position_embeddings / original_max_position_embeddings = ${ratio}${ratio <= 1 ? ', which turns YaRN off' : ''}; current transformers and text-generation-inference use factor ${factor}.`;
}
