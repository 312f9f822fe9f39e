import { describe, expect, test } from 'vitest';
import { glaisherWalk, mergedPart, parsePartition } from './parse';

describe('parsePartition', () => {
  test('reads plus signs, spaces and commas, largest part first', () => {
    expect(parsePartition('1+3+5+3+1+1')).toEqual([5, 3, 3, 1, 1, 1]);
    expect(parsePartition(' 4, 2 1 ')).toEqual([4, 2, 1]);
  });

  test('says what is wrong, quoting the first bad token', () => {
    expect(() => parsePartition('')).toThrow('the partition is empty');
    expect(() => parsePartition('5+x+1')).toThrow("'x' is not a positive whole number");
    expect(() => parsePartition('5+0')).toThrow("'0' is not a positive whole number");
    expect(() => parsePartition('2.5+1')).toThrow("'2.5' is not");
    expect(() => parsePartition('-3')).toThrow("'-3' is not");
    expect(() => parsePartition('150+60')).toThrow('the parts add up to 210; keep the total at most 200');
  });
});

describe('glaisherWalk', () => {
  test('odd parts merge in pairs until distinct: 5+3+3+1+1+1 → 6+5+2+1', () => {
    const w = glaisherWalk([5, 3, 3, 1, 1, 1]);
    expect(w.direction).toBe('merge');
    expect(w.steps[0]).toEqual([5, 3, 3, 1, 1, 1]);
    expect(w.steps.at(-1)).toEqual([6, 5, 2, 1]);
    for (let i = 1; i < w.steps.length; i++) expect(mergedPart(w.steps[i - 1], w.steps[i])).not.toBeNull();
  });

  test('distinct parts split back to odd parts, the same walk read backwards', () => {
    const w = glaisherWalk([6, 5, 2, 1]);
    expect(w.direction).toBe('split');
    expect(w.steps[0]).toEqual([6, 5, 2, 1]);
    expect(w.steps.at(-1)).toEqual([5, 3, 3, 1, 1, 1]);
  });

  test('a partition both odd and distinct is its own image; a repeated even part is refused', () => {
    expect(glaisherWalk([5, 3, 1]).steps).toEqual([[5, 3, 1]]);
    expect(() => glaisherWalk([4, 4, 1])).toThrow('4 is even and repeated');
    // The even part and the repeated one can differ; the message names each.
    expect(() => glaisherWalk([3, 3, 2])).toThrow('2 is even and 3 is repeated: use only odd parts (repeats allowed) or only distinct parts');
  });

  test('mergedPart names the doubled part', () => {
    expect(mergedPart([3, 3, 1], [6, 1])).toBe(3);
    expect(mergedPart([3, 1], [3, 1])).toBeNull();
  });
});
