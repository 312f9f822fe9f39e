import { describe, expect, test } from 'vitest';
import fc from 'fast-check';
import { allPartsFactors, capMultiplicity, coinFactors, distinctPartsFactors, gfTeX, oddPartsFactors } from '../compute/partitions/builder';
import { mathTree, type MathNode } from './texSubset';

/** The tree written back as compact text, to compare shapes at a glance. */
function show(n: MathNode): string {
  if ('text' in n) return n.text;
  const parts = n.children.map(show);
  if (n.tag === 'mfrac') return `(${parts[0]})/(${parts[1]})`;
  if (n.tag === 'msup') return `${parts[0]}^[${parts[1]}]`;
  return parts.join(' ');
}

describe('mathTree', () => {
  test('fractions, superscripts, numbers and symbols', () => {
    expect(show(mathTree('\\frac{1}{(1-x)(1-x^{2})}'))).toBe('(1)/(( 1 − x ) ( 1 − x^[2] ))');
    expect(show(mathTree('F(x) = (1+x+\\dots+x^{21})^{3}'))).toBe('F ( x ) = ( 1 + x + … + x^[21] )^[3]');
    expect(mathTree('x^{12}')).toEqual({ tag: 'msup', children: [{ tag: 'mi', text: 'x' }, { tag: 'mn', text: '12' }] });
    expect(show(mathTree('a \\cdots b'))).toBe('a ⋯ b');
  });

  test('anything outside the subset throws with its position', () => {
    expect(() => mathTree('\\sqrt{2}')).toThrow(/\\sqrt at character/);
    expect(() => mathTree('{x')).toThrow(/unclosed/);
    expect(() => mathTree('x}')).toThrow(/unmatched/);
    expect(() => mathTree('^2')).toThrow(/nothing before/);
    expect(() => mathTree('\\frac{1}')).toThrow(/missing argument/);
    expect(() => mathTree('x & y')).toThrow(/'&'/);
    expect(() => mathTree('<b>')).toThrow(/'<'/);
  });

  test('every formula the partitions builder writes can be typeset', () => {
    const builders = [allPartsFactors, oddPartsFactors, distinctPartsFactors];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 }), fc.integer({ min: 1, max: 300 }), fc.integer({ min: 0, max: 12 }), (b, n, cap) => {
        const factors = cap > 0 && b !== 2 ? capMultiplicity(builders[b](n), cap) : builders[b](n);
        expect(() => mathTree(`F(x) = ${gfTeX(factors)}`)).not.toThrow();
      }),
    );
    expect(() => mathTree(gfTeX(coinFactors([1, 1, 1, 5, 10, 25])))).not.toThrow();
  });
});
