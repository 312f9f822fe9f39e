/** Which laps the race runs, and when a runner drops out. */
import type { RaceMethod } from '../../compute/primes/widgets';
import type { Text } from '../../core/i18n';

export const METHOD_LIMITS: Record<RaceMethod, number> = { sieve: 1e10, lucy: 1e12, fast: 1e13 };
export const METHOD_NAMES: Record<RaceMethod, Text> = {
  sieve: { en: 'sieve', zh: '筛法' },
  lucy: { en: 'Lucy recursion', zh: 'Lucy 递推' },
  fast: { en: 'fast method', zh: '快速方法' },
};

/** The x of the laps: 10^3, 10^3.5, …, below xMax, then xMax itself. */
export function lapXs(xMax: number): number[] {
  const xs: number[] = [];
  for (let k = 6; ; k++) {
    const x = Math.round(10 ** (k / 2));
    if (x >= xMax) break;
    xs.push(x);
  }
  xs.push(xMax);
  return xs;
}

/** Laps in running order: by x, then sieve, Lucy, fast, each within its method's limit. */
export function racePlan(xMax: number, methods: RaceMethod[]): { method: RaceMethod; x: number }[] {
  return lapXs(xMax).flatMap((x) => methods.filter((m) => x <= METHOD_LIMITS[m]).map((method) => ({ method, x })));
}
