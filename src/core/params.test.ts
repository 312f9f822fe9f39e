import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import {
  defaultValues,
  encodeValues,
  normaliseTyped,
  parseParam,
  parseValues,
  pickQuery,
  validateValues,
  type NumberParam,
  type ParamSpecs,
} from './params';
import { widgetSpecs } from '../widgets/specs';

const specs = {
  n: { kind: 'integer', label: 'n', min: 0, max: 100, default: 7 },
  dim: { kind: 'integer', label: 'd', min: 2, max: 256, step: 2, default: 64 },
  x: { kind: 'number', label: 'x', min: 0.1, max: 1000, default: 1, log: true },
  mode: { kind: 'choice', label: 'mode', options: [{ value: 'a', label: 'A' }, { value: 'b', label: 'B' }], default: 'a' },
  on: { kind: 'boolean', label: 'on', default: false },
  text: { kind: 'text', label: 'text', maxLength: 10, default: '' },
} as const satisfies ParamSpecs;

describe('parseParam', () => {
  test('takes valid values as they are', () => {
    expect(parseParam(specs.n, '42')).toEqual({ value: 42 });
    expect(parseParam(specs.x, 2.5)).toEqual({ value: 2.5 });
    expect(parseParam(specs.mode, 'b')).toEqual({ value: 'b' });
    expect(parseParam(specs.on, 'true')).toEqual({ value: true });
    expect(parseParam(specs.text, 'hello')).toEqual({ value: 'hello' });
  });
  test('clamps out-of-range numbers with a note naming the control', () => {
    const r = parseParam(specs.n, '1e9');
    expect(r.value).toBe(100);
    expect(r.problem).toBe('clamped');
    expect(r.note).toBe('n: 1000000000 is outside 0…100; using 100');
  });
  test('snaps integers to their step grid', () => {
    expect(parseParam(specs.dim, 127)).toMatchObject({ value: 128, problem: 'clamped' });
    expect(parseParam(specs.n, 2.4)).toMatchObject({ value: 2, problem: 'clamped' });
  });
  test('junk falls back to the default with a note', () => {
    for (const junk of ['', 'abc', 'NaN', 'Infinity', '<script>', null, undefined, {}, []]) {
      const r = parseParam(specs.n, junk);
      expect(r.value).toBe(7);
      expect(r.problem).toBe('invalid');
    }
    expect(parseParam(specs.mode, 'c').value).toBe('a');
    expect(parseParam(specs.on, 'yes').value).toBe(false);
    expect(parseParam(specs.text, 'x'.repeat(11)).value).toBe('');
  });
  test('a number too large for float64 is out of range like any other, and said as typed', () => {
    expect(parseParam(specs.n, '1e400')).toEqual({ value: 100, problem: 'clamped', reason: '1e400 is outside 0…100', note: 'n: 1e400 is outside 0…100; using 100' });
    expect(parseParam(specs.n, '99999999')).toMatchObject({ value: 100, problem: 'clamped' });
    expect(parseParam(specs.n, '-1e400')).toMatchObject({ value: 0, problem: 'clamped' });
  });
  test('only decimal numbers: hexadecimal, octal and binary are refused with a message', () => {
    for (const text of ['0x10', '0o20', '0b10000', '-0X1F']) {
      expect(parseParam(specs.n, text)).toMatchObject({ value: 7, problem: 'invalid', reason: `"${text}" is not a decimal number` });
    }
  });
  test('full-width digits and signs, as typed on a Chinese keyboard, are read', () => {
    expect(parseParam(specs.n, '４２')).toEqual({ value: 42 });
    expect(parseParam(specs.x, '　１．５ｅ２　')).toEqual({ value: 150 });
    expect(parseParam(specs.x, '－１')).toMatchObject({ value: 0.1, problem: 'clamped' });
    expect(parseParam(specs.text, '１，２，５')).toEqual({ value: '1,2,5' });
    expect(parseParam(specs.text, '1、2、5')).toEqual({ value: '1,2,5' });
  });
  test('only those characters: a superscript stays a superscript', () => {
    expect(normaliseTyped('10⁶ ＋ x²')).toBe('10⁶ + x²');
    expect(parseParam(specs.n, '10⁶')).toMatchObject({ value: 7, problem: 'invalid' });
  });
  test('a label ending in "=" reads as a sentence in notes', () => {
    const spec = { kind: 'integer', label: 'Count up to n =', min: 1, max: 10, default: 5 } as const;
    expect(parseParam(spec, 99999).note).toBe('Count up to n: 99999 is outside 1…10; using 10');
  });
  test('property: any input yields a value inside the spec', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.double(), fc.integer(), fc.constant(null), fc.boolean()), (raw) => {
        for (const spec of Object.values(specs)) {
          const { value } = parseParam(spec, raw);
          if (spec.kind === 'integer' || spec.kind === 'number') {
            const s = spec as NumberParam;
            expect(Number.isFinite(value)).toBe(true);
            expect(value as number).toBeGreaterThanOrEqual(s.min);
            expect(value as number).toBeLessThanOrEqual(s.max);
            if (spec.kind === 'integer') expect(Number.isInteger(value)).toBe(true);
          } else if (spec.kind === 'choice') expect(['a', 'b']).toContain(value);
          else if (spec.kind === 'boolean') expect(typeof value).toBe('boolean');
          else expect((value as string).length).toBeLessThanOrEqual(10);
        }
      }),
      { numRuns: 500 },
    );
  });
});

describe('URL round trip', () => {
  test('property: encode then parse restores every valid state', () => {
    const arbitraryState = fc.record({
      n: fc.integer({ min: 0, max: 100 }),
      dim: fc.integer({ min: 1, max: 128 }).map((k) => 2 * k),
      x: fc.double({ min: 0.1, max: 1000, noNaN: true }).map((v) => Number(v.toPrecision(12))),
      mode: fc.constantFrom('a', 'b'),
      on: fc.boolean(),
      text: fc.string({ maxLength: 10 }),
    });
    fc.assert(
      fc.property(arbitraryState, (state) => {
        const query = new URLSearchParams(encodeValues(specs, state, defaultValues(specs), 'w1'));
        const back = parseValues(specs, pickQuery(query, 'w1'));
        expect(back.values).toEqual(state);
        expect(back.notes).toEqual({});
      }),
      { numRuns: 300 },
    );
  });
  test('only values differing from the base are written, and other widgets are ignored', () => {
    const base = defaultValues(specs);
    expect(encodeValues(specs, { ...base, n: 9 }, base, 'w1')).toEqual([['w1.n', '9']]);
    const q = new URLSearchParams('w1.n=9&w2.n=3&notebook=x');
    expect(pickQuery(q, 'w1')).toEqual({ n: '9' });
  });
  test('property: junk queries never throw and give in-range values', () => {
    fc.assert(
      fc.property(fc.string(), (junk) => {
        const q = new URLSearchParams(junk);
        const { values } = parseValues(specs, pickQuery(q, ''));
        expect(values.n).toBeGreaterThanOrEqual(0);
        expect(values.n).toBeLessThanOrEqual(100);
      }),
    );
  });
});

describe('validateValues (notebook blocks)', () => {
  test('reports unknown keys and bad values strictly', () => {
    expect(validateValues(specs, { n: 3 })).toEqual([]);
    expect(validateValues(specs, { m: 3 })[0].message).toMatch(/unknown parameter "m"/);
    expect(validateValues(specs, { n: 300 })[0].message).toMatch(/outside 0…100/);
  });
  test('says what is wrong, not which value would be used: the build stops there', () => {
    expect(validateValues(specs, { dim: 127 })).toEqual([{ key: 'dim', message: 'parameter "dim": d: 127 is not a multiple of 2 from 2' }]);
    expect(validateValues(specs, { n: 'abc' })[0].message).toBe('parameter "n": n: "abc" is not a number');
  });
});

describe('registered specs', () => {
  test('every default is valid under its own spec, and names match keys', () => {
    for (const [name, spec] of Object.entries(widgetSpecs)) {
      expect(spec.name).toBe(name);
      expect(name).toMatch(/^[a-z][a-z0-9-]*$/);
      for (const [key, p] of Object.entries(spec.params)) {
        expect(parseParam(p, p.default).problem, `${name}.${key}`).toBeUndefined();
      }
    }
  });
});
