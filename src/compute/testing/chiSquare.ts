/**
 * Test-only helper: Pearson's chi-square goodness-of-fit test of observed counts against expected
 * probabilities. Categories expected fewer than 5 times are pooled into one (the usual rule of thumb),
 * and the p-value is the upper tail of the chi-square distribution, Q(df/2, x/2), from the regularised
 * incomplete gamma function (series below a + 1, continued fraction above: Numerical Recipes §6.2).
 */

function lnGamma(x: number): number {
  // Lanczos approximation (g = 7, n = 9), accurate to ~1e-15 for x > 0.
  const c = [0.99999999999980993, 676.5203681218851, -1259.1392167224028, 771.32342877765313, -176.61502916214059,
    12.507343278686905, -0.13857109526572012, 9.9843695780195716e-6, 1.5056327351493116e-7];
  if (x < 0.5) return Math.log(Math.PI / Math.sin(Math.PI * x)) - lnGamma(1 - x);
  x -= 1;
  let a = c[0];
  const t = x + 7.5;
  for (let i = 1; i < 9; i++) a += c[i] / (x + i);
  return 0.5 * Math.log(2 * Math.PI) + (x + 0.5) * Math.log(t) - t + Math.log(a);
}

/** Regularised upper incomplete gamma Q(a, x). */
export function gammaQ(a: number, x: number): number {
  if (x <= 0) return 1;
  const front = Math.exp(-x + a * Math.log(x) - lnGamma(a));
  if (x < a + 1) {
    let sum = 1 / a, term = 1 / a;
    for (let n = 1; n < 1000 && Math.abs(term) > Math.abs(sum) * 1e-16; n++) sum += (term *= x / (a + n));
    return 1 - sum * front;
  }
  // Lentz's method for the continued fraction.
  let b = x + 1 - a, c = 1e300, d = 1 / b, h = d;
  for (let i = 1; i < 1000; i++) {
    const an = -i * (i - a);
    b += 2;
    d = an * d + b;
    if (Math.abs(d) < 1e-300) d = 1e-300;
    c = b + an / c;
    if (Math.abs(c) < 1e-300) c = 1e-300;
    d = 1 / d;
    const delta = d * c;
    h *= delta;
    if (Math.abs(delta - 1) < 1e-16) break;
  }
  return front * h;
}

export interface ChiSquareResult {
  statistic: number;
  df: number;
  pValue: number;
}

/** Goodness of fit of `observed` counts (by category) to probabilities `expected` (summing to 1). */
export function chiSquareTest(observed: Map<string, number>, expected: Map<string, number>): ChiSquareResult {
  const total = [...observed.values()].reduce((a, b) => a + b, 0);
  for (const key of observed.keys()) if (!expected.has(key)) return { statistic: Infinity, df: expected.size - 1, pValue: 0 };
  let statistic = 0, df = -1, pooledO = 0, pooledE = 0;
  for (const [key, p] of expected) {
    const e = p * total, o = observed.get(key) ?? 0;
    if (e < 5) {
      pooledO += o;
      pooledE += e;
      continue;
    }
    statistic += (o - e) ** 2 / e;
    df++;
  }
  if (pooledE > 0) {
    statistic += (pooledO - pooledE) ** 2 / pooledE;
    df++;
  }
  return { statistic, df, pValue: df > 0 ? gammaQ(df / 2, statistic / 2) : 1 };
}
