/**
 * Reading scaling-law data (N parameters, D tokens, loss) from pasted or uploaded CSV text. Bad rows
 * are reported with their line number and left out, so a reader can fix their file.
 */
import type { ScalingPoint } from './chinchilla.ts';
import { detectDelimiter, splitRecords, type CsvDelimiter } from '../numerics/csvRecords.ts';

/** A row that was left out: its 1-based line in the text and why. */
export interface CsvError { line: number; message: string }

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

function mapHeader(names: string[], delimiter: CsvDelimiter): CsvColumns | string {
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
  const missing: string[] = [];
  if (N < 0) missing.push(`N (one of ${NAMES.N.join(', ')})`);
  if (D < 0 && C < 0) missing.push(`D (one of ${NAMES.D.join(', ')}) or compute C (one of ${NAMES.C.join(', ')})`);
  if (loss < 0) missing.push(`loss (one of ${NAMES.loss.join(', ')})`);
  if (missing.length > 0) return `header has no column for ${missing.join('; ')}`;
  return { header: true, delimiter, names, N, D: D >= 0 ? D : null, C: D >= 0 ? null : C, loss };
}

function readNumber(fields: string[], index: number, label: string): number | string {
  if (index >= fields.length || fields[index] === '') return `missing ${label} (column ${index + 1})`;
  const text = fields[index];
  if (!NUMBER.test(text)) return `${label} is not a number: "${text.length > 40 ? text.slice(0, 40) + '…' : text}"`;
  const v = Number(text);
  if (!Number.isFinite(v)) return `${label} must be finite, got ${text}`;
  if (v <= 0) return `${label} must be positive, got ${text}`;
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
  if (records.length === 0) return { points: [], errors: [{ line: 1, message: 'no data rows' }], columns: null };

  const first = records[0];
  // A header row has no numeric field (a data row with one bad field is still data, reported below).
  const header = !first.fields.some((f) => NUMBER.test(f));
  let columns: CsvColumns;
  if (header) {
    const mapped = mapHeader(first.fields, delimiter);
    if (typeof mapped === 'string') return { points: [], errors: [{ line: first.line, message: mapped }], columns: null };
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
    const problem = [N, DorC, loss].find((v): v is string => typeof v === 'string');
    if (problem !== undefined) {
      errors.push({ line, message: problem });
      continue;
    }
    const D = columns.D !== null ? (DorC as number) : (DorC as number) / (6 * (N as number));
    if (!Number.isFinite(D) || D <= 0) {
      errors.push({ line, message: `D = C/(6N) must be a finite positive number, got ${D}` });
      continue;
    }
    points.push({ N: N as number, D, loss: loss as number });
  }
  if (more) {
    const next = records[rows.length + (header ? 1 : 0)];
    errors.push({ line: next.line, message: `too many rows: only the first ${maxRows} data rows were read` });
  }
  return { points, errors, columns };
}
