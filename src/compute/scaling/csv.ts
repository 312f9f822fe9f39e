/**
 * Reading scaling-law data (N parameters, D tokens, loss) from pasted or uploaded CSV text. Bad rows
 * are reported with their line number and left out, so a reader can fix their file.
 */
import type { ScalingPoint } from './chinchilla.ts';
import { detectDelimiter, splitRecords, type CsvDelimiter } from '../numerics/csvRecords.ts';
import { coded, type CodedMessage } from '../errors';

/** A row that was left out: its 1-based line in the text and why. */
/** A bad row: its line and what is wrong with it (coded; `message` in English). */
export type CsvError = { line: number } & CodedMessage;

/** Where each quantity was read from (0-based column indices; D null when derived as C/(6N)). */
export interface CsvColumns {
  header: boolean;
  delimiter: CsvDelimiter;
  names: string[];
  N: number;
  D: number | null;
  C: number | null;
  loss: number;
}

/** Points read, rows left out, and the column mapping used (null when no usable columns were found). */
export interface CsvResult { points: ScalingPoint[]; errors: CsvError[]; columns: CsvColumns | null }

/** Options of {@link parseScalingCsv}. */
export interface CsvOptions {
  /** At most this many data rows are read (default 100 000); more are reported as one error. */
  maxRows?: number;
}

/** Header names (lower case, letters and digits only) accepted for each quantity. */
const NAMES: Record<'N' | 'D' | 'C' | 'loss', string[]> = {
  N: ['n', 'params', 'parameters', 'nparams', 'numparams', 'modelsize', 'size', 'model', 'nparameters'],
  D: ['d', 'tokens', 'trainingtokens', 'ntokens', 'numtokens', 'data', 'datasize', 'traintokens'],
  C: ['c', 'compute', 'flop', 'flops', 'trainingflop', 'trainingflops', 'trainingcompute'],
  loss: ['loss', 'l', 'finalloss', 'evalloss', 'valloss', 'validationloss', 'testloss', 'trainloss'],
};

/** A plain decimal or scientific number; Number() alone would accept '', '0x1f' and 'Infinity'. */
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;

const normalise = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');

function mapHeader(names: string[], delimiter: CsvDelimiter): CsvColumns | CodedMessage {
  const keys = names.map(normalise);
  const find = (kind: keyof typeof NAMES) => {
    for (const alias of NAMES[kind]) {
      const i = keys.indexOf(alias);
      if (i >= 0) return i;
    }
    return -1;
  };
  const N = find('N');
  const D = find('D');
  const C = find('C');
  const loss = find('loss');
  if (N < 0 || (D < 0 && C < 0) || loss < 0) {
    return coded('scalingHeader', N < 0 ? NAMES.N : null, D < 0 && C < 0 ? [NAMES.D, NAMES.C] : null, loss < 0 ? NAMES.loss : null);
  }
  return { header: true, delimiter, names, N, D: D >= 0 ? D : null, C: D >= 0 ? null : C, loss };
}

function readNumber(fields: string[], index: number, label: string): number | CodedMessage {
  if (index >= fields.length || fields[index] === '') return coded('csvMissing', label, index + 1);
  const text = fields[index];
  if (!NUMBER.test(text)) return coded('csvNotNumber', label, text.length > 40 ? text.slice(0, 40) + '…' : text);
  const v = Number(text);
  if (!Number.isFinite(v)) return coded('csvNotFinite', label, text);
  if (v <= 0) return coded('csvNotPositive', label, text);
  return v;
}

/**
 * Parses N, D, loss rows: comma, semicolon or tab separated (detected), quoted fields, optional header
 * (case-insensitive names such as N/params/"Model Size", D/tokens, loss; or "Training FLOP" C with
 * D = C/(6N) as in Epoch AI's Chinchilla file); without a header the order is N, D, loss. Blank lines
 * and '#' comments are skipped; bad rows become {line, message} errors and are left out.
 */
export function parseScalingCsv(text: string, options: CsvOptions = {}): CsvResult {
  if (typeof text !== 'string') throw new Error('text must be a string of CSV data');
  const maxRows = options.maxRows ?? 100_000;
  if (!Number.isInteger(maxRows) || maxRows < 1) throw new Error(`options.maxRows must be a positive integer, got ${maxRows}`);
  const delimiter = detectDelimiter(text);
  // Read one record past the cap (two with a header) so the first unread line can be named.
  const { records, truncated } = splitRecords(text, delimiter, maxRows + 2);
  const errors: CsvError[] = [];
  if (records.length === 0) return { points: [], errors: [{ line: 1, ...coded('csvNoDataRows') }], columns: null };

  const first = records[0];
  // A header row has no numeric field (a data row with one bad field is still data, reported below).
  const header = !first.fields.some((f) => NUMBER.test(f));
  let columns: CsvColumns;
  if (header) {
    const mapped = mapHeader(first.fields, delimiter);
    if ('code' in mapped) return { points: [], errors: [{ line: first.line, ...mapped }], columns: null };
    columns = mapped;
  } else {
    columns = { header: false, delimiter, names: ['N', 'D', 'loss'], N: 0, D: 1, C: null, loss: 2 };
  }
  const rows = header ? records.slice(1, maxRows + 1) : records.slice(0, maxRows);
  const more = truncated || records.length - (header ? 1 : 0) > maxRows;
  const label = (i: number) => columns.names[i];

  const points: ScalingPoint[] = [];
  for (const { line, fields } of rows) {
    const N = readNumber(fields, columns.N, label(columns.N));
    const second = columns.D !== null ? columns.D : (columns.C as number);
    const DorC = readNumber(fields, second, label(second));
    const loss = readNumber(fields, columns.loss, label(columns.loss));
    const problem = [N, DorC, loss].find((v): v is CodedMessage => typeof v !== 'number');
    if (problem !== undefined) {
      errors.push({ line, ...problem });
      continue;
    }
    const D = columns.D !== null ? (DorC as number) : (DorC as number) / (6 * (N as number));
    if (!Number.isFinite(D) || D <= 0) {
      errors.push({ line, ...coded('csvTokensFromCompute', D) });
      continue;
    }
    points.push({ N: N as number, D, loss: loss as number });
  }
  if (more) {
    const next = records[rows.length + (header ? 1 : 0)];
    errors.push({ line: next.line, ...coded('csvTooManyRows', maxRows) });
  }
  return { points, errors, columns };
}
