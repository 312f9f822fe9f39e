/**
 * A reader's own two-class points for the training view, from CSV text: columns x, y and label (0 or
 * 1), header optional. Bad rows are reported with their line number and left out, so the reader can
 * fix the file; nothing in the text is ever run or shown as markup.
 */
import { detectDelimiter, splitRecords } from '../numerics/csvRecords';
import { coded, type CodedMessage } from '../errors';

/** Most points the training job takes (splitDataset's limit). */
export const MAX_POINTS = 2000;
/** Fewest points it takes. */
export const MIN_POINTS = 20;

/** A row that was left out: its 1-based line in the text and why. */
/** A bad row: its line and what is wrong with it (coded; `message` in English). */
export type PointsCsvError = { line: number } & CodedMessage;

/** Points read (flat x, y pairs), their labels and lines, rows left out, and the column names used. */
export interface PointsCsv {
  points: Float64Array;
  labels: Uint8Array;
  /** The line each point came from. */
  lines: Uint32Array;
  errors: PointsCsvError[];
  /** Column names as read ('x', 'y', 'label' when there is no header); null when no columns fit. */
  columns: string[] | null;
  /** A problem with the whole set (too few points, one class only), or null when it can be trained on. */
  problem: CodedMessage | null;
}

const NAMES = {
  x: ['x', 'x1', 'u'],
  y: ['y', 'x2', 'v'],
  label: ['label', 'class', 'target', 'category'],
} as const;

/** A plain decimal or scientific number; Number() alone would accept '', '0x1f' and 'Infinity'. */
const NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const normalise = (name: string) => name.toLowerCase().replace(/[^a-z0-9]/g, '');
const shorten = (s: string) => (s.length > 40 ? `${s.slice(0, 40)}…` : s);

/**
 * Parses x, y, label rows: comma, semicolon or tab separated (detected), quoted fields, '#' comments and
 * blank lines skipped; with a header the columns may come in any order (x/x1, y/x2, label/class/target),
 * without one the order is x, y, label. Reads up to MAX_POINTS rows.
 */
export function parsePointsCsv(text: string): PointsCsv {
  if (typeof text !== 'string') throw new Error('text must be a string of CSV data');
  const empty = (problem: CodedMessage, errors: PointsCsvError[] = [], columns: string[] | null = null): PointsCsv => ({
    points: new Float64Array(0), labels: new Uint8Array(0), lines: new Uint32Array(0), errors, columns, problem,
  });
  const delimiter = detectDelimiter(text);
  const { records, truncated } = splitRecords(text, delimiter, MAX_POINTS + 2);
  if (records.length === 0) return empty(coded('pointsNoDataRows'));

  const first = records[0];
  const header = !first.fields.some((f) => NUMBER.test(f));
  let index = { x: 0, y: 1, label: 2 };
  let names = ['x', 'y', 'label'];
  if (header) {
    const keys = first.fields.map(normalise);
    const find = (kind: keyof typeof NAMES) => keys.findIndex((k) => (NAMES[kind] as readonly string[]).includes(k));
    index = { x: find('x'), y: find('y'), label: find('label') };
    const missing = (Object.keys(index) as (keyof typeof NAMES)[]).filter((k) => index[k] < 0);
    if (missing.length > 0) {
      const named = coded('pointsHeader', missing.map((k) => [k, NAMES[k]] as const));
      return empty(coded('pointsBadHeader'), [{ line: first.line, ...named }]);
    }
    names = [first.fields[index.x], first.fields[index.y], first.fields[index.label]];
  }
  const rows = header ? records.slice(1, MAX_POINTS + 1) : records.slice(0, MAX_POINTS);
  const errors: PointsCsvError[] = [];
  const points: number[] = [];
  const labels: number[] = [];
  const lines: number[] = [];
  const read = (fields: string[], i: number, name: string): number | CodedMessage => {
    if (i >= fields.length || fields[i] === '') return coded('csvMissing', name, i + 1);
    if (!NUMBER.test(fields[i])) return coded('csvNotNumber', name, shorten(fields[i]));
    const v = Number(fields[i]);
    return Number.isFinite(v) ? v : coded('csvNotFinite', name, shorten(fields[i]));
  };
  for (const { line, fields } of rows) {
    const x = read(fields, index.x, names[0]);
    const y = read(fields, index.y, names[1]);
    const label = read(fields, index.label, names[2]);
    const bad = [x, y, label].find((v): v is CodedMessage => typeof v !== 'number');
    if (bad !== undefined) {
      errors.push({ line, ...bad });
    } else if (label !== 0 && label !== 1) {
      errors.push({ line, ...coded('pointsLabel', names[2], fields[index.label]) });
    } else {
      points.push(x as number, y as number);
      labels.push(label);
      lines.push(line);
    }
  }
  if (truncated || records.length - (header ? 1 : 0) > MAX_POINTS) {
    const next = records[rows.length + (header ? 1 : 0)];
    errors.push({ line: next.line, ...coded('csvTooManyRows', MAX_POINTS) });
  }
  const ones = labels.filter((l) => l === 1).length;
  let problem: CodedMessage | null = null;
  if (labels.length < MIN_POINTS) problem = coded('pointsTooFew', labels.length, MIN_POINTS);
  else if (ones === 0 || ones === labels.length) problem = coded('pointsOneClass', labels[0]);
  return {
    points: Float64Array.from(points), labels: Uint8Array.from(labels), lines: Uint32Array.from(lines),
    errors, columns: names, problem,
  };
}
