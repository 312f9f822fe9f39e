import { describe, expect, test } from 'vitest';
import { practiceCurves } from '../../compute/attention/practice';
import { ropeExtensionSpec } from '../rope-extension/spec';
import { ropeDecaySpec } from '../rope-decay/spec';
import { parseValues } from '../../core/params';
import { factorAt, practiceCsv, practiceFigure, practiceSummary, practiceTable, ropeLinks } from './plots';

const curves = practiceCurves({ trainLength: 4096, factor: 8, maxLength: 65536, marks: [4096, 32768] });

describe('attention-practice', () => {
  test('factors at L and T: log_L n is 1 at L; Qwen starts at L; YaRN is flat', () => {
    expect(factorAt(curves, 'entropy', 4096)).toBeCloseTo(1, 14);
    expect(factorAt(curves, 'qwen', 4096)).toBe(1);
    expect(factorAt(curves, 'yarn', 4096)).toBeCloseTo((0.1 * Math.log(8) + 1) ** 2, 14);
    expect(practiceTable(curves, 4096, 32768).rows.length).toBe(4);
    expect(practiceSummary(curves, 4096, 32768)).toContain('Qwen logn attention × 1.25');
    expect(practiceCsv(curves).split('\n')[0]).toBe('n,entropy,qwen,yarn,llama4');
    expect(practiceFigure(curves, 4096, 32768).data.length).toBe(6);
  });

  test('the RoPE links carry parameters the RoPE widgets accept as they are', () => {
    const { extension, decay } = ropeLinks(4096, 32768, 8);
    const read = (url: string, id: string) => {
      const params = new URLSearchParams(url.slice(url.indexOf('?'), url.indexOf('#')));
      expect(params.get('notebook')).toBe('rope-beta-base');
      return Object.fromEntries([...params].filter(([k]) => k.startsWith(`${id}.`)).map(([k, v]) => [k.slice(id.length + 1), v]));
    };
    const ext = parseValues(ropeExtensionSpec.params, read(extension, 'rope-extension'));
    expect(ext.notes).toEqual({});
    expect(ext.values).toMatchObject({ method: 'yarn', trainLength: 4096, targetLength: 32768, factor: 8 });
    expect(extension.endsWith('#widget-rope-extension')).toBe(true);
    const dec = parseValues(ropeDecaySpec.params, read(decay, 'rope-decay'));
    expect(dec.notes).toEqual({});
    expect(dec.values).toMatchObject({ trainLength: 4096, targetLength: 32768 });
  });
});
