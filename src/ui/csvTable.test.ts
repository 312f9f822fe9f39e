import { expect, test } from 'vitest';
import { csvTable } from './csvTable';
import { toCsv } from './download';

test('reads back what toCsv wrote: quoted cells, numbers to six digits, the first rows only', () => {
  const csv = toCsv({ name: ['a,b', 'say "hi"', 'x'], value: [Math.PI, 1e-9, 123456789], count: [1n, 20n, 300n] });
  expect(csvTable(csv, 2)).toEqual({
    columns: ['name', 'value', 'count'],
    rows: [['a,b', '3.14159', '1'], ['say "hi"', '1.00000e-9', '20']],
    total: 3,
  });
  expect(csvTable(csv, 10).rows[2]).toEqual(['x', '123457000', '300']);
  expect(csvTable(null, 5)).toEqual({ columns: [], rows: [], total: 0 });
});

test('integers past 10¹⁵ (a BigInt count) are shown in scientific notation', () => {
  const big = '2' + '0'.repeat(30);
  expect(csvTable(toCsv({ n: [1], p: [BigInt(big)] }), 1).rows[0]).toEqual(['1', '2.00000e+30']);
});
