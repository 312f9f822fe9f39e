/** From the builder's controls to the product it expands: the factors, their TeX, and notes for the controls. */
import type { GFFactor } from '../../compute/partitions/counts';
import { MAX_GF_FACTORS } from '../../compute/partitions/args';
import {
  allPartsFactors, atMostKPartsFactors, capMultiplicity, coinFactors, distinctPartsFactors, gfTeX, oddPartsFactors,
  parseCoinSet, partsAtMostFactors,
} from '../../compute/partitions/builder';
import type { ParamValues } from '../../core/params';
import type { partitionsBuilderSpec } from './spec';
import { msg } from './messages';
import { readerErrorText } from '../../ui/errorText';

export type BuilderValues = ParamValues<typeof partitionsBuilderSpec.params>;
export type BuilderKey = keyof BuilderValues;

/** The product to expand, or the control whose input cannot be read and why. */
export type Built =
  | {
      ok: true;
      factors: GFFactor[];
      /** The factors as text, made once: what the series and the listing were computed for (up to 5000 factors). */
      key: string;
      tex: string;
      /** List partitions as conjugates (at most k parts is counted by parts ≤ k). */
      conjugate: boolean;
      /** Some step repeats (coins like 1, 1, 1): list how often each factor is used, not the parts. */
      byFactor: boolean;
      /** Where the factor limit cuts the parts short of N, a note for the N control. */
      limitNote: string | null;
    }
  | { ok: false; key: BuilderKey; message: string };

/** The controls that matter for a choice of parts (the rest stay in the URL but are hidden). */
export function visibleKeys(parts: BuilderValues['parts']): BuilderKey[] {
  const middle: Record<BuilderValues['parts'], BuilderKey[]> = {
    all: ['cap'], odd: ['cap'], distinct: [], atMost: ['k', 'cap'], fewParts: ['k'], coins: ['coins', 'cap'],
  };
  return ['parts', ...middle[parts], 'upTo', 'n'];
}

/** Builds the factors for the current values; a coin set that does not parse gives its parser's message. */
export function buildFactors(v: BuilderValues): Built {
  const N = v.upTo;
  let factors: GFFactor[];
  let limit: number | null = null;
  switch (v.parts) {
    case 'all':
      factors = allPartsFactors(Math.min(N, MAX_GF_FACTORS));
      if (N > MAX_GF_FACTORS) limit = MAX_GF_FACTORS;
      break;
    case 'odd':
      factors = oddPartsFactors(Math.min(N, 2 * MAX_GF_FACTORS - 1));
      if (N > 2 * MAX_GF_FACTORS - 1) limit = 2 * MAX_GF_FACTORS - 1;
      break;
    case 'distinct':
      factors = distinctPartsFactors(Math.min(N, MAX_GF_FACTORS));
      if (N > MAX_GF_FACTORS) limit = MAX_GF_FACTORS;
      break;
    case 'atMost':
      factors = partsAtMostFactors(Math.min(v.k, N));
      break;
    case 'fewParts':
      factors = atMostKPartsFactors(Math.min(v.k, N));
      break;
    case 'coins':
      try {
        factors = coinFactors(parseCoinSet(v.coins));
      } catch (err) {
        return { ok: false, key: 'coins', message: msg.coinValues(readerErrorText(err)) };
      }
      break;
  }
  if (v.cap > 0 && v.parts !== 'distinct' && v.parts !== 'fewParts') factors = capMultiplicity(factors, v.cap);
  const steps = factors.map((f) => f.step);
  return {
    ok: true,
    factors,
    key: JSON.stringify(factors),
    tex: gfTeX(factors),
    conjugate: v.parts === 'fewParts',
    byFactor: new Set(steps).size < steps.length,
    limitNote:
      limit === null ? null : msg.partsStop(limit, MAX_GF_FACTORS),
  };
}
