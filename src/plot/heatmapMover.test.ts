import { describe, expect, it } from 'vitest';
import { cellEdges } from './heatmapCells';
import { cellColours } from './heatmapMover';

// Plotly's RdBu scale, as plotly resolves it into a trace's colorscale.
const RdBu: [number, string][] = [
  [0, 'rgb(5,10,172)'], [0.35, 'rgb(106,137,247)'], [0.5, 'rgb(190,190,190)'],
  [0.6, 'rgb(220,170,132)'], [0.7, 'rgb(230,145,90)'], [1, 'rgb(178,10,28)'],
];

function colourOf(f: NonNullable<ReturnType<typeof cellColours>>, z: number | null): number[] {
  const out = new Uint8ClampedArray(4);
  f(z, out, 0);
  return Array.from(out);
}

describe('cellColours', () => {
  it('interpolates channel by channel between stops over [zmin, zmax], clamped, r, g, b rounded', () => {
    const f = cellColours({ colorscale: RdBu, zmin: -1, zmax: 1 })!;
    expect(colourOf(f, -1)).toEqual([5, 10, 172, 255]);
    expect(colourOf(f, -5)).toEqual([5, 10, 172, 255]);
    expect(colourOf(f, 1)).toEqual([178, 10, 28, 255]);
    expect(colourOf(f, 0)).toEqual([190, 190, 190, 255]); // a stop: 0.5 of the way
    // z = 0.1 is 0.55 of the way: halfway from the 0.5 stop to the 0.6 stop.
    expect(colourOf(f, 0.1)).toEqual([205, 180, 161, 255]);
    expect(colourOf(f, null)).toEqual([0, 0, 0, 0]);
    expect(colourOf(f, NaN)).toEqual([0, 0, 0, 0]);
  });

  it('reversescale flips the scale: the top of the range takes the first stop', () => {
    const f = cellColours({ colorscale: RdBu, reversescale: true, zmin: -1, zmax: 1 })!;
    expect(colourOf(f, 1)).toEqual([5, 10, 172, 255]);
    expect(colourOf(f, -1)).toEqual([178, 10, 28, 255]);
    // z = −0.1 is 0.45 of the way on the flipped scale, halfway between its stops at 0.4 and 0.5.
    expect(colourOf(f, -0.1)).toEqual([205, 180, 161, 255]);
  });

  it('finds the same stops as a scan from the first, on uneven stops and repeated ones', () => {
    const scales: [number, string][][] = [RdBu, [[0, 'rgb(0,0,0)'], [0.5, 'rgb(10,20,30)'], [0.5, 'rgb(200,100,0)'], [1, 'rgb(255,255,255)']]];
    for (const colorscale of scales) {
      const f = cellColours({ colorscale, zmin: -2, zmax: 3 })!;
      const at = colorscale.map(([p]) => -2 + 5 * p), last = at.length - 1;
      for (let k = 0; k <= 1000; k++) {
        const z = -2.5 + (6 * k) / 1000;
        const v = Math.min(Math.max(z, at[0]), at[last]);
        let s = 0;
        while (s < last - 1 && v >= at[s + 1]) s++;
        const t = at[s + 1] > at[s] ? (v - at[s]) / (at[s + 1] - at[s]) : 0;
        const a = colorscale[s][1].match(/\d+/g)!.map(Number), b = colorscale[s + 1][1].match(/\d+/g)!.map(Number);
        expect(colourOf(f, z).slice(0, 3)).toEqual([0, 1, 2].map((c) => Math.round(a[c] + t * (b[c] - a[c]))));
      }
    }
  });

  it('reads #rrggbb and rgba() stops, and declines what it cannot read', () => {
    const f = cellColours({ colorscale: [[0, '#000000'], [1, 'rgba(255, 255, 255, 0.5)']], zmin: 0, zmax: 10 })!;
    expect(colourOf(f, 5)).toEqual([128, 128, 128, 191]);
    expect(cellColours({ colorscale: [[0, 'red'], [1, 'blue']], zmin: 0, zmax: 1 })).toBeNull();
    expect(cellColours({ colorscale: RdBu, zmin: 1, zmax: 1 })).toBeNull();
    expect(cellColours({ colorscale: RdBu })).toBeNull();
  });
});

describe('cellEdges', () => {
  it('bounds cells halfway to their neighbours, the end ones as far out as in', () => {
    expect(cellEdges([0, 1, 2, 3])).toEqual([-0.5, 3.5]);
    expect(cellEdges([0, 2, 6])).toEqual([-1, 8]);
    expect(cellEdges([5, 3, 1])).toEqual([6, 0]);
    expect(cellEdges([3])).toEqual([2.5, 3.5]);
  });
});
