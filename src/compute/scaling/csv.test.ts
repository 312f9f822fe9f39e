import { readFileSync } from 'node:fs';
import { describe, expect, test } from 'vitest';
import { parseScalingCsv } from './csv.ts';
import { detectDelimiter, splitRecords } from '../numerics/csvRecords.ts';

describe('parseScalingCsv', () => {
  test('junk rows are reported with their exact line and left out', () => {
    const text = [
      'N,D,loss', //                    1
      '1e8,2e9,3.1', //                 2 ok
      '', //                            3 blank
      '2e8,,2.9', //                    4 missing D
      '3e8,6e9,abc', //                 5 text
      '   ', //                         6 blank (spaces)
      '-4e8,8e9,2.7', //                7 negative N
      '5e8,1e10', //                    8 missing loss
      '6e8,1.2e10,0', //                9 zero loss
      '7e8,1.4e10,1e999', //            10 infinite loss
      '8e8,1.6e10,2.5', //              11 ok
      '0x10,2e9,3', //                  12 hex is not a plain number
    ].join('\n');
    const { points, errors, columns } = parseScalingCsv(text);
    expect(points).toEqual([
      { N: 1e8, D: 2e9, loss: 3.1 },
      { N: 8e8, D: 1.6e10, loss: 2.5 },
    ]);
    expect(errors).toMatchObject([
      { line: 4, message: 'missing D (column 2)' },
      { line: 5, message: 'loss is not a number: "abc"' },
      { line: 7, message: 'N must be positive, got -4e8' },
      { line: 8, message: 'missing loss (column 3)' },
      { line: 9, message: 'loss must be positive, got 0' },
      { line: 10, message: 'loss must be finite, got 1e999' },
      { line: 12, message: 'N is not a number: "0x10"' },
    ]);
    expect(columns).toMatchObject({ header: true, delimiter: ',', N: 0, D: 1, loss: 2, C: null });
  });

  test('header names in any order and case; extra columns ignored', () => {
    const text = 'Loss;Tokens;Comment;Params\n2.5;1e10;"small; model";1e8\n2.2;1e11;big;1e9\n';
    const { points, errors, columns } = parseScalingCsv(text);
    expect(errors).toEqual([]);
    expect(columns).toMatchObject({ delimiter: ';', N: 3, D: 1, loss: 0 });
    expect(points).toEqual([{ N: 1e8, D: 1e10, loss: 2.5 }, { N: 1e9, D: 1e11, loss: 2.2 }]);
  });

  test('tab-separated, quoted numbers, CRLF line ends, no header → N, D, loss', () => {
    const text = '"1e8"\t2e9\t3.1\r\n2e8\t"4e9"\t2.9\r\n\r\n3e8\tx\t2.8\r\n';
    const { points, errors, columns } = parseScalingCsv(text);
    expect(columns).toMatchObject({ header: false, delimiter: '\t', N: 0, D: 1, loss: 2 });
    expect(points).toEqual([{ N: 1e8, D: 2e9, loss: 3.1 }, { N: 2e8, D: 4e9, loss: 2.9 }]);
    expect(errors).toMatchObject([{ line: 4, message: 'D is not a number: "x"' }]);
  });

  test('a quoted field spanning lines keeps later line numbers right', () => {
    const text = 'N,D,loss,note\n1e8,2e9,3.1,"two\nlines"\n2e8,-1,2.9,ok\n';
    const { points, errors } = parseScalingCsv(text);
    expect(points).toHaveLength(1);
    expect(errors).toMatchObject([{ line: 4, message: 'D must be positive, got -1' }]);
  });

  test("Epoch AI's file: 'Model Size', 'Training FLOP', loss → D = C/(6N)", () => {
    const text = readFileSync(new URL('../../data/chinchilla.csv', import.meta.url), 'utf8');
    const { points, errors, columns } = parseScalingCsv(text);
    expect(errors).toEqual([]);
    expect(points).toHaveLength(245);
    expect(columns).toMatchObject({ header: true, N: 3, D: null, C: 4, loss: 6 });
    // First row: 6795600349.289497, 9.993852799709755e+18, 5.005581996196243.
    expect(points[0].N).toBe(6795600349.289497);
    expect(points[0].D).toBeCloseTo(9.993852799709755e18 / (6 * 6795600349.289497), 3);
    expect(points[0].loss).toBe(5.005581996196243);
  });

  test('a header without the needed columns is one error on its line', () => {
    const text = '\n# runs\nsize_mb,loss\n1,2\n';
    const { points, errors, columns } = parseScalingCsv(text);
    expect(points).toEqual([]);
    expect(columns).toBeNull();
    expect(errors).toHaveLength(1);
    expect(errors[0].line).toBe(3);
    expect(errors[0].message).toMatch(/no column for N .*D .*or compute C/);
  });

  test('comments, BOM and blank lines are skipped; empty text is an error', () => {
    const { points, errors } = parseScalingCsv('\uFEFF# N D loss\n\n1e8,2e9,3\n');
    expect(points).toEqual([{ N: 1e8, D: 2e9, loss: 3 }]);
    expect(errors).toEqual([]);
    expect(parseScalingCsv('\n \n').errors).toMatchObject([{ line: 1, message: 'no data rows' }]);
  });

  test('row cap: the rest is reported once, at the first line not read', () => {
    const rows = Array.from({ length: 12 }, (_, i) => `${1e8 * (i + 1)},${1e9 * (i + 1)},3`);
    const { points, errors } = parseScalingCsv(['N,D,loss', ...rows.slice(0, 10), '', '', ...rows.slice(10)].join('\n'), { maxRows: 10 });
    expect(points).toHaveLength(10);
    expect(errors).toMatchObject([{ line: 14, message: 'too many rows: only the first 10 data rows were read' }]);
    const headerless = parseScalingCsv(rows.join('\n'), { maxRows: 11 });
    expect(headerless.points).toHaveLength(11);
    expect(headerless.errors).toMatchObject([{ line: 12, message: 'too many rows: only the first 11 data rows were read' }]);
    expect(() => parseScalingCsv('1,2,3', { maxRows: 0 })).toThrow(/options.maxRows/);
    expect(() => parseScalingCsv(42 as never)).toThrow(/text must be a string/);
  });

  test('100 000 rows parse (timed in src/compute/kernels.bench.ts)', () => {
    const rows = Array.from({ length: 100_000 }, (_, i) => `${1e8 + i},${2e9 + 7 * i},${3 - i * 1e-6}`);
    const text = ['params,tokens,loss', ...rows].join('\n');
    const { points, errors } = parseScalingCsv(text);
    expect(points).toHaveLength(100_000);
    expect(errors).toEqual([]);
    expect(points[99_999]).toEqual({ N: 1e8 + 99_999, D: 2e9 + 7 * 99_999, loss: 3 - 99_999 * 1e-6 });
  });
});

describe('csvRecords', () => {
  test('delimiter detection ignores delimiters inside quotes', () => {
    expect(detectDelimiter('"a,b,c";d;e\n')).toBe(';');
    expect(detectDelimiter('a\tb\tc')).toBe('\t');
    expect(detectDelimiter('a,b')).toBe(',');
    expect(detectDelimiter('abc')).toBe(',');
  });

  test('escaped quotes and trimming', () => {
    const { records } = splitRecords(' a , "b ""q"" c" ,d\n', ',');
    expect(records).toEqual([{ line: 1, fields: ['a', 'b "q" c', 'd'] }]);
  });
});
