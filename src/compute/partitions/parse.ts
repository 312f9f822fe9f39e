// Reading a partition the reader typed ("5+3+3+1+1+1") and walking Glaisher's bijection from it in
// whichever direction applies: merging equal odd parts, or splitting even distinct parts.
import { describe } from '../numerics/checks';
import { distinctToOdd, MAX_STEPS_N, oddToDistinctSteps } from './list';
import { fail } from '../errors';

/** Parts from text such as "5+3+3+1" or "5 3 3 1" (also commas), largest first; throws a reader-facing message. */
export function parsePartition(text: string, maxSum = MAX_STEPS_N): number[] {
  if (typeof text !== 'string') throw new Error(`text must be a string, got ${describe(text)}`);
  const tokens = text.split(/[\s+,;]+/).filter((t) => t !== '');
  if (tokens.length === 0) fail('partitionEmpty');
  const parts = tokens.map((t) => {
    if (!/^\d+$/.test(t) || Number(t) === 0) fail('partNotWhole', t.length > 20 ? `${t.slice(0, 20)}…` : t);
    return Number(t);
  });
  const sum = parts.reduce((a, b) => a + b, 0);
  if (sum > maxSum) fail('partsTooLarge', sum, maxSum);
  return parts.sort((a, b) => b - a);
}

/** Glaisher's bijection walked one merge at a time, from the odd side to the distinct side. */
export interface GlaisherWalk {
  /** 'merge': the input had odd parts; 'split': it had distinct parts, so the steps are read backwards. */
  direction: 'merge' | 'split';
  /** Partitions from the input to its image, one merge (or split) apart. */
  steps: number[][];
}

/** The walk from a partition into odd parts (merges) or into distinct parts (splits); throws if it is neither. */
export function glaisherWalk(parts: number[]): GlaisherWalk {
  if (parts.every((p) => p % 2 === 1)) return { direction: 'merge', steps: oddToDistinctSteps(parts) };
  if (new Set(parts).size === parts.length) return { direction: 'split', steps: oddToDistinctSteps(distinctToOdd(parts)).reverse() };
  // Neither all odd nor all distinct: some part is even and some part repeats, maybe not the same one.
  const evenRepeated = parts.find((p, i) => p % 2 === 0 && parts.indexOf(p) !== i);
  if (evenRepeated !== undefined) fail('evenRepeated', evenRepeated);
  fail('evenAndRepeated', parts.find((p) => p % 2 === 0) as number, parts.find((p, i) => parts.indexOf(p) !== i) as number);
}

/** The part that doubles between two neighbouring steps of a merge walk (p + p → 2p), or null if none. */
export function mergedPart(before: number[], after: number[]): number | null {
  const count = (xs: number[]) => xs.reduce((m, x) => m.set(x, (m.get(x) ?? 0) + 1), new Map<number, number>());
  const a = count(before);
  const b = count(after);
  for (const [p, c] of a) if (c - (b.get(p) ?? 0) === 2 && (b.get(2 * p) ?? 0) > (a.get(2 * p) ?? 0)) return p;
  return null;
}
