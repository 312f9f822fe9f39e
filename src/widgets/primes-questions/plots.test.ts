import { afterEach, describe, expect, test } from 'vitest';
import { setLang } from '../../core/i18n';
import { questionCurves, sumOfFirst, sumUpTo } from '../../compute/primes/widgets';
import { curveRows, questionsCsv, questionsFigure, questionsSummary } from './plots';

describe('two questions', () => {
  const c = questionCurves(1000, 100), a = sumUpTo(2_000_000), b = sumOfFirst(2_000_000);

  test('figure: four ratio curves on two panels, and the reader’s x and N marked on both estimates', () => {
    const fig = questionsFigure(c, a, b);
    expect(fig.data.map((d) => (d as { name?: string }).name)).toEqual(['Σp ÷ x²/(2 ln x)', 'Σp ÷ li(x²)', 'first N ÷ N² ln N / 2', 'first N ÷ Sinha’s expansion', 'your x', 'your N']);
    expect(fig.data[4]).toMatchObject({ x: [2e6, 2e6], y: [a.leading.ratio, a.li.ratio] });
    expect((fig.data[5] as { xaxis?: string }).xaxis).toBe('x2');
    const waiting = questionsFigure(null, null, null);
    expect(waiting.data.map((d) => (d as { x: unknown[] }).x)).toEqual([[], []]);
  });

  test('summary in words with the exact answers of the article', () => {
    const s = questionsSummary(a, b);
    expect(s).toContain('The 148\u2009933 primes up to 2\u2009000\u2009000 add up to 142\u2009913\u2009828\u2009922');
    expect(s).toContain('The first 2\u2009000\u2009000 primes, the last being 32\u2009452\u2009843, add up to 31\u2009381\u2009137\u2009530\u2009481');
    expect(questionsSummary(null, null)).toBe('The sum of the primes up to x is being computed. The sum of the first N primes is being computed.');
  });

  test('table rows and CSV put the curves and the answers side by side', () => {
    const rows = curveRows(c);
    expect(rows.length).toBe(c.x.length);
    expect(rows[0][0]).toBe('100');
    expect(rows.at(-1)?.[3]).toBe('');
    const csv = questionsCsv(c, a, b).trim().split('\n');
    expect(csv[0]).toBe('x,ratio_to_x2_over_2lnx,ratio_to_li_x2,N,ratio_to_N2_lnN_over_2,ratio_to_sinha,your_x,pi_of_your_x,sum_of_primes_up_to_your_x,your_N,prime_number_N,sum_of_first_N_primes');
    expect(csv[1].endsWith(',2000000,148933,142913828922,2000000,32452843,31381137530481')).toBe(true);
  });
});

describe('in Chinese', () => {
  afterEach(() => setLang('en'));

  test('summary and legend speak Chinese with the same exact answers', () => {
    setLang('zh');
    const a = sumUpTo(2_000_000), b = sumOfFirst(2_000_000);
    const s = questionsSummary(a, b);
    expect(s).toContain('不超过 2\u2009000\u2009000 的 148\u2009933 个素数之和为 142\u2009913\u2009828\u2009922');
    expect(s).toContain('前 2\u2009000\u2009000 个素数（最后一个是 32\u2009452\u2009843）之和为 31\u2009381\u2009137\u2009530\u2009481');
    expect(questionsSummary(null, null)).toBe('正在计算不超过 x 的素数之和。正在计算前 N 个素数之和。');
    expect(questionsFigure(null, a, b).data.map((d) => (d as { name?: string }).name)).toEqual(['你的 x', '你的 N']);
  });
});
