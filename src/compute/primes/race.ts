// One lap of the race widget: a method run on one x, timed in the worker it runs in. A large lap gets a
// worker of its own (so the reader can stop it at once), hence a cold start; a short run at a small x
// first lets the engine compile the method's loops, as it would have in a longer session. The time is
// the worker's wall clock: on a busy machine it includes other programs' turns.
import { requireInteger, requireOneOf } from '../numerics/checks';
import { MAX_X } from './args';
import { fastPrimeSums } from './fast';
import { lucyPrimeSums, MAX_LUCY_X } from './lucy';
import { MAX_SIEVE_X, sievePrimeSums } from './sieve';

export const RACE_METHODS = ['sieve', 'lucy', 'fast'] as const;
export type RaceMethod = (typeof RACE_METHODS)[number];

/** Largest x each runner accepts. */
export const RACE_LIMITS: Record<RaceMethod, number> = { sieve: MAX_SIEVE_X, lucy: MAX_LUCY_X, fast: MAX_X };

export interface RaceLap {
  method: RaceMethod;
  x: number;
  /** Milliseconds of the timed run (the warm-up not included). */
  ms: number;
  count: bigint;
  sum: bigint;
  /** The method's own unit of work: cross-outs, table updates, or all four kinds of step. */
  work: number;
}

const run = (method: RaceMethod, x: number): { count: bigint; sum: bigint; work: number } => {
  if (method === 'sieve') {
    const r = sievePrimeSums(x);
    return { count: r.count, sum: r.sum, work: r.crossOuts };
  }
  if (method === 'lucy') {
    const r = lucyPrimeSums(x);
    return { count: r.count, sum: r.sum, work: r.updates };
  }
  const r = fastPrimeSums(x);
  const w = r.work;
  return { count: r.count, sum: r.sum, work: w.crossOuts + w.treeQueries + w.tableLookups + w.largeUpdates };
};

/** Times `method` on x (1 ≤ x ≤ its limit), after a warm-up run on min(x, 10^6). */
export function raceLap(method: RaceMethod, x: number): RaceLap {
  requireOneOf('method', method, RACE_METHODS);
  requireInteger('x', x, 1, RACE_LIMITS[method]);
  run(method, Math.min(x, 1_000_000));
  const t0 = performance.now();
  const r = run(method, x);
  return { method, x, ms: performance.now() - t0, ...r };
}
