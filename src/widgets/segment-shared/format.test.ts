import { describe, expect, test } from 'vitest';
import { bigCount, joinPieces, num, prob, shortLabel } from './format';
import { plotlyText } from './plotlyText';

describe('segment formats', () => {
  test('probabilities never read as 1 unless they are', () => {
    expect(prob(1)).toBe('1');
    expect(prob(0)).toBe('0');
    expect(prob(0.99999968)).toBe('1 − 3.2e-7');
    expect(prob(1 / 3)).toBe('0.3333');
    expect(prob(4.4208e-5)).toBe('4.42e-5');
    expect(prob(NaN)).toBe('–');
  });

  test('labels, counts and plotly-safe text', () => {
    expect(joinPieces(['watch', 'ing'])).toBe('watch | ing');
    expect(shortLabel(['▁sub', 'word', '▁regular', 'ization', '▁samples'], 12)).toBe('▁sub|word|▁…');
    expect(shortLabel(['😀', '😀'], 3)).toBe('😀|😀');
    expect(bigCount('12')).toBe('12');
    expect(bigCount('43673200800768')).toBe('43,673,200,800,768');
    expect(bigCount('1234567890123456789')).toBe('1.23×10^18');
    expect(num(-8.2343, 4)).toBe('-8.234');
    expect(plotlyText('<b>x</b> & <a href="javascript:alert(1)">y</a>')).toBe('&lt;b&gt;x&lt;/b&gt; &amp; &lt;a href="javascript:alert(1)"&gt;y&lt;/a&gt;');
  });
});
