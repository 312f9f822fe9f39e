import { describe, expect, test } from 'vitest';
import { segmentationDistribution, segmentationLogProbability, type Segmentation, type Vocab } from '.';
import { countSegmentations, segmentationEntropy, forwardLogZ, viterbiDecode } from './forward';
import { buildLattice, segmentableLattice } from './lattice';
import { VOCAB_PRESETS } from './presets';

/**
 * Independent reference: every way to cut the text (2^(n−1) cut sets), kept when each part is a
 * piece, weighted Π p(w)^α and normalised by plain summation.
 */
function bruteForce(text: string, vocab: Vocab, alpha = 1): Map<string, number> {
  const chars = Array.from(text);
  const weights = new Map<string, number>();
  for (let mask = 0; mask < 2 ** (chars.length - 1); mask++) {
    const pieces: string[] = [];
    let current = chars[0];
    for (let i = 1; i < chars.length; i++) {
      if (mask & (1 << (i - 1))) {
        pieces.push(current);
        current = chars[i];
      } else current += chars[i];
    }
    pieces.push(current);
    if (pieces.every((w) => w in vocab)) weights.set(pieces.join('|'), pieces.reduce((w, piece) => w * vocab[piece] ** alpha, 1));
  }
  const z = [...weights.values()].reduce((a, b) => a + b, 0);
  return new Map([...weights].map(([k, w]) => [k, w / z]));
}

const asMap = (list: Segmentation[]) => new Map(list.map((s) => [s.pieces.join('|'), s.p]));

/** Every piece of length ≤ 3 of a random-ish alphabet text, with varied probabilities. */
const dense: Vocab = { a: 0.3, b: 0.2, c: 0.1, ab: 0.05, bc: 0.04, ca: 0.02, abc: 0.01, bca: 0.008, cab: 0.003, aa: 0.07 };

describe('segmentationDistribution', () => {
  test.each([
    ['watching', VOCAB_PRESETS.watching.vocab, 1],
    ['今天天气不错', VOCAB_PRESETS.weather.vocab, 1],
    ['今天天气不错', VOCAB_PRESETS.weather.vocab, 0.3],
    ['abcabcaab', dense, 1],
    ['abcabcaab', dense, 2.5],
    ['abcabcaab', dense, 0],
    ['cabab', dense, 0.1],
  ] as [string, Vocab, number][])('%s at α = %s matches brute-force enumeration', (text, vocab, alpha) => {
    const exact = asMap(segmentationDistribution(text, vocab, alpha));
    const reference = bruteForce(text, vocab, alpha);
    expect(exact.size).toBe(reference.size);
    for (const [key, p] of reference) expect(exact.get(key), key).toBeCloseTo(p, 14);
    expect([...exact.values()].reduce((a, b) => a + b, 0)).toBeCloseTo(1, 14);
  });

  test('the article’s tie: three segmentations of “watching”, 1/3 each, at any α', () => {
    for (const alpha of [0, 0.1, 1, 7]) {
      const dist = segmentationDistribution('watching', VOCAB_PRESETS.watching.vocab, alpha);
      expect(dist.map((s) => s.pieces.join('|')).sort()).toEqual(['w|atching', 'wat|ching', 'watch|ing'].sort());
      for (const s of dist) expect(s.p).toBeCloseTo(1 / 3, 14);
    }
  });

  test('α = 0 is uniform, α = 1 is the unigram product, most probable first', () => {
    const uniform = segmentationDistribution('abcab', dense, 0);
    for (const s of uniform) expect(s.p).toBeCloseTo(1 / uniform.length, 15);
    const dist = segmentationDistribution('abcab', dense);
    for (let i = 1; i < dist.length; i++) expect(dist[i - 1].p).toBeGreaterThanOrEqual(dist[i].p);
    // Viterbi's answer is the most probable segmentation.
    const lattice = segmentableLattice('abcab', dense);
    expect(viterbiDecode(lattice).arcs.map((k) => lattice.piece[k])).toEqual(dist[0].pieces);
  });

  test('code points, not UTF-16 units: an emoji is one character', () => {
    const dist = segmentationDistribution('😀😀', { '😀': 0.5, '😀😀': 0.1 });
    expect(dist.map((s) => s.pieces)).toEqual([['😀', '😀'], ['😀😀']]);
    expect(dist[0].p).toBeCloseTo(0.25 / 0.35, 15);
  });

  test('bad input throws a message that says why', () => {
    expect(() => segmentationDistribution('', dense)).toThrow("text must be a non-empty string, got ''");
    expect(() => segmentationDistribution('abd', dense)).toThrow(/no segmentation into vocabulary pieces: no piece starts at character 3 \('d'\)/);
    expect(() => segmentationDistribution('ab', { a: 0.5, b: 0 })).toThrow("p('b') must be a positive finite number, got 0");
    expect(() => segmentationDistribution('ab', { a: 0.5, b: -1 })).toThrow("p('b') must be a positive finite number, got -1");
    expect(() => segmentationDistribution('ab', { a: 0.5, b: Infinity })).toThrow("p('b') must be a positive finite number, got Infinity");
    expect(() => segmentationDistribution('ab', { a: 0.5, b: NaN })).toThrow("p('b') must be a positive finite number, got NaN");
    expect(() => segmentationDistribution('ab', dense, -0.5)).toThrow('alpha must be a non-negative finite number, got -0.5');
    expect(() => segmentationDistribution('ab', { '': 1, a: 1 })).toThrow("vocab pieces must be non-empty strings, got ''");
  });

  test('full enumeration stops at the cap with a clear message; counting and log Z do not', () => {
    const text = 'a'.repeat(40);
    const vocab = { a: 0.5, aa: 0.2 };
    expect(() => segmentationDistribution(text, vocab)).toThrow('text has 165580141 segmentations, more than the 50000 a full list allows; sampling and the probability of one segmentation have no such limit');
    // Fibonacci: segmentations of aⁿ into a and aa number F(n+1).
    expect(countSegmentations(buildLattice('a'.repeat(200), vocab))).toBe(453973694165307953197296969697410619233826n);
  });
});

describe('segmentationLogProbability and the forward sums', () => {
  test('agrees with the full list, and needs none on a long text', () => {
    for (const s of segmentationDistribution('abcabcaab', dense, 1.7)) {
      expect(segmentationLogProbability('abcabcaab', dense, s.pieces, 1.7)).toBeCloseTo(Math.log(s.p), 12);
    }
    // 10 000 characters: P(all single a's) = 0.5^n / Z with Z = Σ over Fibonacci-many segmentations.
    const long = 'a'.repeat(10_000);
    const vocab = { a: 0.5, aa: 0.25 };
    // Z(n) = 0.5 Z(n−1) + 0.25 Z(n−2) has Z(n) = ((1+√5)/4)^(n+1)/√5·… ; compare with a direct recurrence in logs.
    let z1 = 0, z2 = -Infinity; // log Z(n−1), log Z(n−2)
    for (let i = 1; i <= long.length; i++) {
      const next = Math.max(z1 + Math.log(0.5), z2 + Math.log(0.25));
      const other = Math.min(z1 + Math.log(0.5), z2 + Math.log(0.25));
      [z2, z1] = [z1, next + Math.log1p(Math.exp(other - next))];
    }
    const lp = segmentationLogProbability(long, vocab, Array(10_000).fill('a'));
    expect(lp).toBeCloseTo(10_000 * Math.log(0.5) - z1, 6);
    expect(forwardLogZ(buildLattice(long, vocab), 1)[10_000]).toBeCloseTo(z1, 6);
  });

  test('rejects pieces that do not spell the text', () => {
    expect(() => segmentationLogProbability('abc', dense, ['ab', 'b'])).toThrow(/pieces must spell the text/);
    expect(() => segmentationLogProbability('abc', dense, ['ab'])).toThrow('pieces must spell the whole text (3 characters), got 2 characters');
  });

  test('entropy from the forward sums equals −Σ P log P of the list; α = 0 gives log(count)', () => {
    for (const alpha of [0, 0.4, 1, 3]) {
      const lattice = buildLattice('abcabcaab', dense);
      const list = segmentationDistribution('abcabcaab', dense, alpha);
      const h = -list.reduce((sum, s) => sum + s.p * Math.log(s.p), 0);
      expect(segmentationEntropy(lattice, alpha)).toBeCloseTo(h, 12);
    }
    const lattice = buildLattice('abcabcaab', dense);
    expect(segmentationEntropy(lattice, 0)).toBeCloseTo(Math.log(Number(countSegmentations(lattice))), 12);
  });
});
