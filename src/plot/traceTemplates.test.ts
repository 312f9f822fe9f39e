import type { Data } from 'plotly.js';
import { describe, expect, it } from 'vitest';
import { withGroups } from './traceTemplates';

describe('withGroups', () => {
  it('hands plotly an empty scatter trace as one gap, keeping everything else', () => {
    const empty = { type: 'scatter', mode: 'markers', x: [], y: [], name: 'dots', marker: { size: 4 } } as Data;
    expect(withGroups([empty])).toEqual([{ type: 'scatter', mode: 'markers', x: [null], y: [null], name: 'dots', marker: { size: 4 } }]);
    expect(withGroups([{ mode: 'lines', x: new Float64Array(0), y: new Float64Array(0) } as unknown as Data])[0]).toMatchObject({ x: [null], y: [null] });
  });

  it('leaves traces with points, bars and half-empty traces as they are (the same objects)', () => {
    const line = { type: 'scatter', x: [1, 2], y: [3, 4] } as Data;
    const bars = { type: 'bar', x: [], y: [] } as Data;
    const odd = { type: 'scatter', x: [], y: [1] } as Data;
    const out = withGroups([line, bars, odd]);
    expect(out[0]).toBe(line);
    expect(out[1]).toBe(bars);
    expect(out[2]).toBe(odd);
  });
});
