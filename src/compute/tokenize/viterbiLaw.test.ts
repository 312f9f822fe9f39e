import { describe, expect, test } from 'vitest';
import { chiSquareTest } from '../testing/chiSquare';
import type { Vocab } from '.';
import { enumerateSegmentations } from './distribution';
import { cutKey, segmentableLattice, type Lattice } from './lattice';
import { VOCAB_PRESETS } from './presets';
import { sigmoid, viterbiOldSampler } from './samplers';
import { tallySamples } from './sampling';
import { viterbiOldLaw } from './viterbiLaw';

/**
 * Independent reference: runs BytePiece 0.4's loop as a decision tree, following both outcomes of
 * every random choice with their probabilities (no merging, exponential, fine for small texts).
 */
function decisionTree(lattice: Lattice, alpha: number): Map<string, number> {
  const law = new Map<string, number>();
  const { n, start, end, logp } = lattice;
  const visit = (k: number, p: number, scores: number[], route: number[]) => {
    if (k === start.length) {
      const arcs: number[] = [];
      for (let e = n; e > 0; e = start[route[e]]) arcs.push(route[e]);
      const key = cutKey(lattice, arcs.reverse());
      law.set(key, (law.get(key) ?? 0) + p);
      return;
    }
    const s = start[k], e = end[k];
    if (scores[s] === -Infinity) return visit(k + 1, p, scores, route);
    const score = scores[s] + logp[k];
    const accept = route[e] < 0 ? 1 : sigmoid(alpha * (score - scores[e]));
    if (accept > 0) {
      const s2 = [...scores], r2 = [...route];
      s2[e] = score;
      r2[e] = k;
      visit(k + 1, p * accept, s2, r2);
    }
    if (accept < 1) visit(k + 1, p * (1 - accept), scores, route);
  };
  visit(0, 1, [0, ...Array(n).fill(-Infinity)], Array(n + 1).fill(-1));
  return law;
}

const lawMap = (lattice: Lattice, alpha: number) => new Map(viterbiOldLaw(lattice, alpha).map((x) => [x.key, x.p]));

describe('exact law of the old Viterbi Sampling', () => {
  test('the article’s tie: 1/4, 1/4, 1/2 at every α', () => {
    const lattice = segmentableLattice('watching', VOCAB_PRESETS.watching.vocab);
    for (const alpha of [0, 0.1, 1, 50]) {
      // keys are the cut positions: w|atching = 1, wat|ching = 3, watch|ing = 5
      expect(lawMap(lattice, alpha)).toEqual(new Map([['5', 0.5], ['1', 0.25], ['3', 0.25]]));
    }
  });

  test('three routes of unequal weight: the analytic formula', () => {
    // The same three routes with weights w₁ (w|atching, first to arrive), w₂ (wat|ching), w₃ (watch|ing):
    // after the second arrival the first is kept with probability w₁/(w₁+w₂); the third then replaces
    // route i with probability w₃/(wᵢ+w₃).
    const vocab: Vocab = { w: 0.5, atching: 0.02, wat: 0.1, ching: 0.3, watch: 0.2, ing: 0.4 };
    const lattice = segmentableLattice('watching', vocab);
    for (const alpha of [0.3, 1, 2]) {
      const [w1, w2, w3] = [0.5 * 0.02, 0.1 * 0.3, 0.2 * 0.4].map((w) => w ** alpha);
      const keep1 = w1 / (w1 + w2), keep2 = w2 / (w1 + w2);
      const law = lawMap(lattice, alpha);
      expect(law.get('1')).toBeCloseTo(keep1 * (w1 / (w1 + w3)), 14);
      expect(law.get('3')).toBeCloseTo(keep2 * (w2 / (w2 + w3)), 14);
      expect(law.get('5')).toBeCloseTo(keep1 * (w3 / (w1 + w3)) + keep2 * (w3 / (w2 + w3)), 14);
      // …while the exact distribution gives wᵢ / (w₁ + w₂ + w₃).
    }
  });

  test('two routes per gap, but a random prefix: abc with equal weights gives 1/2, 1/4, 1/4', () => {
    // Gap 2 keeps ab or a|b; the duel at gap 3 weighs that one route, not Z(2) = both.
    const lattice = segmentableLattice('abc', { a: 1, b: 1, c: 1, ab: 1, bc: 1 });
    for (const alpha of [0.3, 1, 3]) {
      // keys: a|bc = 1, ab|c = 2, a|b|c = 1,2
      expect(lawMap(lattice, alpha)).toEqual(new Map([['1', 0.5], ['2', 0.25], ['1,2', 0.25]]));
    }
  });

  test('the weather example (numbers the notebook quotes): close to P at α = 1, leaning to Viterbi at α = 0.1', () => {
    const lattice = segmentableLattice('今天天气不错', VOCAB_PRESETS.weather.vocab);
    const tv = (alpha: number) => {
      const law = lawMap(lattice, alpha);
      return 0.5 * enumerateSegmentations(lattice, alpha).reduce((sum, s) => sum + Math.abs((law.get(s.key) ?? 0) - s.p), 0);
    };
    expect(tv(1)).toBeLessThan(0.001);
    expect(tv(0.1)).toBeCloseTo(0.17, 2);
    // 今天天气 | 不错 (one cut, after character 4): the old method's 0.26 against P's 0.18.
    const best = enumerateSegmentations(lattice, 0.1).find((s) => s.key === '4')!;
    expect(best.p).toBeCloseTo(0.18, 2);
    expect(lawMap(lattice, 0.1).get('4')).toBeCloseTo(0.26, 2);
  });

  test('two routes whose prefixes are fixed: the old method is exact', () => {
    const lattice = segmentableLattice('ab', { a: 0.3, b: 0.2, ab: 0.1 });
    const law = lawMap(lattice, 1.5);
    const wSplit = (0.3 * 0.2) ** 1.5, wWhole = 0.1 ** 1.5;
    expect(law.get('1')).toBeCloseTo(wSplit / (wSplit + wWhole), 15);
  });

  test.each([
    ['今天天气不错', VOCAB_PRESETS.weather.vocab, 1],
    ['今天天气不错', VOCAB_PRESETS.weather.vocab, 0.1],
    ['abcabca', { a: 0.3, b: 0.2, c: 0.1, ab: 0.05, bc: 0.04, ca: 0.02, abc: 0.01, bca: 0.008, cab: 0.003 }, 1],
    ['aaaaaa', { a: 0.5, aa: 0.2, aaa: 0.1 }, 0.7],
    ['aaaaaa', { a: 0.5, aa: 0.2, aaa: 0.1 }, 0],
  ] as [string, Vocab, number][])('%s at α = %s: joint states agree with the full decision tree', (text, vocab, alpha) => {
    const lattice = segmentableLattice(text, vocab);
    const law = lawMap(lattice, alpha);
    const tree = decisionTree(lattice, alpha);
    expect(law.size).toBe(tree.size);
    for (const [key, p] of tree) expect(law.get(key), key).toBeCloseTo(p, 13);
  });

  test('the sampler follows its law (chi-square on a seeded run)', () => {
    const vocab: Vocab = { a: 0.5, aa: 0.2, aaa: 0.1 };
    const lattice = segmentableLattice('aaaaaaa', vocab);
    const tallies = tallySamples(viterbiOldSampler(lattice, 0.7), lattice, 200_000, 31);
    const observed = new Map([...tallies.values()].map((t) => [t.key, t.count]));
    expect(chiSquareTest(observed, lawMap(lattice, 0.7)).pValue).toBeGreaterThan(0.001);
  });

  test('stops with a message past its state budget', () => {
    const lattice = segmentableLattice('a'.repeat(30), { a: 0.5, aa: 0.2, aaa: 0.1, aaaa: 0.05 });
    expect(() => viterbiOldLaw(lattice, 1, 50)).toThrow('the exact law of the old Viterbi Sampling needs more than 50 joint states for this text; only its samples are shown');
  });
});
