// Factor lists for the generating-function Builder widget, the parser of its coin-set field, and
// the TeX of the product it shows (rendered with KaTeX).
import type { GFFactor } from './counts';
import { MAX_GF_FACTORS, MAX_GF_N, requireFactors } from './args';
import { describe, requireInteger } from '../numerics/checks';
import { fail } from '../errors';

function range(from: number, to: number, by = 1): number[] {
  const out: number[] = [];
  for (let v = from; v <= to; v += by) out.push(v);
  return out;
}

/** Parts 1…N, any number of each: Π_{k≤N} 1/(1 − x^k), whose x^n coefficient is p(n) for n ≤ N. */
export function allPartsFactors(N: number): GFFactor[] {
  requireInteger('N', N, 0, MAX_GF_FACTORS);
  return range(1, N).map((step) => ({ step }));
}

/** Odd parts ≤ N: Π 1/(1 − x^{2k−1}). */
export function oddPartsFactors(N: number): GFFactor[] {
  requireInteger('N', N, 0, 2 * MAX_GF_FACTORS);
  return range(1, N, 2).map((step) => ({ step }));
}

/** Distinct parts ≤ N (each at most once): Π_{k≤N} (1 + x^k). */
export function distinctPartsFactors(N: number): GFFactor[] {
  requireInteger('N', N, 0, MAX_GF_FACTORS);
  return range(1, N).map((step) => ({ step, maxCount: 1 }));
}

/** Parts of size at most k: Π_{j≤k} 1/(1 − x^j). */
export function partsAtMostFactors(k: number): GFFactor[] {
  requireInteger('k', k, 0, MAX_GF_FACTORS);
  return range(1, k).map((step) => ({ step }));
}

/** At most k parts: the same product as parts ≤ k, since conjugating the Young diagram swaps the two. */
export function atMostKPartsFactors(k: number): GFFactor[] {
  requireInteger('k', k, 0, MAX_GF_FACTORS);
  return partsAtMostFactors(k);
}

/** Coin change: one factor 1/(1 − x^c) per coin value c (a repeated value counts as a second, distinguishable coin). */
export function coinFactors(coins: number[]): GFFactor[] {
  if (!Array.isArray(coins)) throw new Error(`coins must be an array of positive integers, got ${describe(coins)}`);
  return requireFactors('coins', coins.map((step) => ({ step })));
}

/** The same factors with each used at most m times (maxCount = min(its own, m)). */
export function capMultiplicity(factors: GFFactor[], m: number): GFFactor[] {
  const clean = requireFactors('factors', factors);
  requireInteger('m', m, 0, MAX_GF_N);
  return clean.map(({ step, maxCount }) => ({ step, maxCount: maxCount === undefined ? m : Math.min(maxCount, m) }));
}

/** Coin values from text such as "1, 5, 10 25": separated by commas, semicolons or spaces; throws naming the first bad token. */
export function parseCoinSet(text: string): number[] {
  if (typeof text !== 'string') throw new Error(`text must be a string, got ${describe(text)}`);
  const tokens = text.split(/[\s,;]+/).filter((t) => t !== '');
  if (tokens.length === 0) fail('coinsEmpty');
  if (tokens.length > MAX_GF_FACTORS) fail('coinsTooMany', MAX_GF_FACTORS, tokens.length);
  return tokens.map((t) => {
    if (!/^\d+$/.test(t) || Number(t) === 0) fail('coinNotPositive', t.length > 20 ? `${t.slice(0, 20)}…` : t);
    const v = Number(t);
    if (v > MAX_GF_N) fail('coinTooLarge', t, MAX_GF_N);
    return v;
  });
}

/** x^{e} in TeX: x for 1, x^{e} otherwise. */
function power(e: number): string {
  return e === 1 ? 'x' : `x^{${e}}`;
}

/** (1 + x^s + … + x^{ms}) in TeX: written out up to three terms after the 1, then with \dots. */
function capTeX(s: number, m: number): string {
  const terms = m <= 3 ? range(1, m).map((c) => power(c * s)) : [power(s), '\\dots', power(m * s)];
  return `(1+${terms.join('+')})`;
}

/** Groups equal neighbours as base^{count}, and keeps the first 3 and the last group around \cdots past `max`. */
function joinFactors(pieces: string[], max: number): string {
  const groups: string[] = [];
  for (let i = 0; i < pieces.length;) {
    let j = i;
    while (j < pieces.length && pieces[j] === pieces[i]) j++;
    groups.push(j - i === 1 ? pieces[i] : `${pieces[i]}^{${j - i}}`);
    i = j;
  }
  return groups.length > max ? [...groups.slice(0, 3), '\\cdots', groups[groups.length - 1]].join('') : groups.join('');
}

// Capped factors go on top as (1+x^{s}+\dots+x^{ms}), uncapped ones below as (1-x^{s}); past `maxFactors`
// groups a side keeps its first three and its last around \cdots.
/** TeX (KaTeX) of the product, e.g. \frac{1}{(1-x)(1-x^{2})(1-x^{3})}. */
export function gfTeX(factors: GFFactor[], maxFactors = 6): string {
  const clean = requireFactors('factors', factors);
  requireInteger('maxFactors', maxFactors, 4, 1000);
  const sorted = [...clean].sort((a, b) => a.step - b.step || (a.maxCount ?? Infinity) - (b.maxCount ?? Infinity));
  const top = sorted.filter((f) => f.maxCount !== undefined && f.maxCount > 0).map((f) => capTeX(f.step, f.maxCount as number));
  const bottom = sorted.filter((f) => f.maxCount === undefined).map((f) => `(1-${power(f.step)})`);
  const numerator = top.length > 0 ? joinFactors(top, maxFactors) : '1';
  if (bottom.length === 0) return numerator;
  return `\\frac{${numerator}}{${joinFactors(bottom, maxFactors)}}`;
}
