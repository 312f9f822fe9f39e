import { afterEach, describe, expect, test } from 'vitest';
import { setLang } from '../../core/i18n';
import type { RaceLap } from '../../compute/primes/widgets';
import { lapXs, racePlan } from './plan';
import { agreement, fittedSlope, lapRows, raceCsv, raceFigure, raceSummary } from './plots';

const lap = (method: RaceLap['method'], x: number, ms: number, sum = 1n): RaceLap => ({ method, x, ms, count: 1n, sum, work: x });

describe('race plan', () => {
  test('laps every half decade from 10³, ending at the reader’s x; each method within its limit', () => {
    expect(lapXs(1e5)).toEqual([1000, 3162, 10000, 31623, 100000]);
    expect(lapXs(50_000)).toEqual([1000, 3162, 10000, 31623, 50000]);
    expect(lapXs(1000)).toEqual([1000]);
    const plan = racePlan(1e13, ['sieve', 'lucy', 'fast']);
    expect(plan.filter((p) => p.method === 'sieve').at(-1)?.x).toBe(1e10);
    expect(plan.filter((p) => p.method === 'lucy').at(-1)?.x).toBe(1e12);
    expect(plan.at(-1)).toEqual({ method: 'fast', x: 1e13 });
    expect(plan.slice(0, 3).map((p) => p.method)).toEqual(['sieve', 'lucy', 'fast']);
  });
});

describe('race figure and readouts', () => {
  const laps = [lap('sieve', 1e6, 10), lap('sieve', 1e7, 100), lap('sieve', 1e8, 1000), lap('fast', 1e6, 1), lap('fast', 1e9, 100), lap('fast', 1e12, 10000)];

  test('slopes: a least-squares fit over laps of 20 ms or more', () => {
    expect(fittedSlope(laps, 'sieve')).toBeCloseTo(1, 12);
    expect(fittedSlope(laps, 'fast')).toBeCloseTo(2 / 3, 12);
    expect(fittedSlope(laps, 'lucy')).toBeNull();
  });

  test('one trace per method, slopes written at the last lap', () => {
    const fig = raceFigure(laps, ['sieve', 'lucy', 'fast']);
    expect(fig.data.map((d) => (d as { name?: string }).name)).toEqual(['sieve (expect slope 1)', 'Lucy recursion (expect slope 3/4)', 'fast method (expect slope 2/3)']);
    expect(fig.data[1]).toMatchObject({ x: [], y: [] });
    expect(fig.layout.annotations?.map((a) => a.text)).toEqual(['slope 1.00', 'slope 0.67']);
    expect(fig.layout.annotations?.[0]).toMatchObject({ x: 8, y: 3 });
  });

  test('agreement, rows, words and CSV', () => {
    expect(agreement([lap('sieve', 10, 1, 17n), lap('fast', 10, 1, 17n), lap('lucy', 100, 1, 1060n), lap('fast', 100, 1, 1061n)])).toEqual([{ x: 10, agree: true }, { x: 100, agree: false }]);
    expect(lapRows([lap('fast', 1e12, 1234.4, 18435588552550705911377n)])[0]).toEqual(['10^12', 'fast method', '1234', '1\u2009000\u2009000\u2009000\u2009000', '1', '18\u2009435\u2009588\u2009552\u2009550\u2009705\u2009911\u2009377']);
    expect(raceSummary(laps, ['sieve', 'lucy', 'fast'])).toBe('So far the sieve reached x = 10^8 in 1000 ms (slope 1.00), the Lucy recursion ran no lap, the fast method reached x = 10^12 in 10000 ms (slope 0.67). Where they overlap, all methods agree on π(x) and the sum.');
    expect(raceSummary([], ['fast'])).toBe('No lap has finished yet.');
    expect(raceCsv([lap('lucy', 100, 0.5, 1060n)]).trim().split('\n')).toEqual(['x,method,ms,work,pi_x,sum_of_primes', '100,lucy,0.5,100,1,1060']);
  });
});

describe('in Chinese', () => {
  afterEach(() => setLang('en'));

  test('summary, legend, slopes and rows speak Chinese; the CSV keeps the method keys', () => {
    setLang('zh');
    const laps = [lap('sieve', 1e6, 10), lap('sieve', 1e7, 100), lap('sieve', 1e8, 1000)];
    expect(raceSummary(laps, ['sieve', 'lucy'])).toBe('目前筛法跑到了 x = 10^8，用时 1000 毫秒（斜率 1.00）；Lucy 递推一圈也没有跑完。在各方法都跑到的 x 上，它们算出的 π(x) 与素数之和全部一致。');
    const fig = raceFigure(laps, ['sieve']);
    expect(fig.data.map((d) => (d as { name?: string }).name)).toEqual(['筛法（预期斜率 1）']);
    expect(fig.layout.annotations?.map((a) => a.text)).toEqual(['斜率 1.00']);
    expect(lapRows(laps)[0][1]).toBe('筛法');
    expect(raceCsv(laps).split('\n')[1]).toBe('1000000,sieve,10,1000000,1,1');
  });
});
