/**
 * Splitting delimited text into records (RFC 4180: quoted fields, "" escapes, quoted line breaks),
 * remembering the 1-based line on which each record starts, for error messages.
 */

/** Field separators the scaling CSV reader understands. */
export type CsvDelimiter = ',' | ';' | '\t';

/** One record: the line it starts on (1-based) and its fields (unquoted, trimmed). */
export interface CsvRecord { line: number; fields: string[] }

const QUOTE = 34; // "
const CR = 13;
const LF = 10;

/** The delimiter that occurs most often outside quotes on the first non-blank line (ties: tab, ';', ','). */
export function detectDelimiter(text: string): CsvDelimiter {
  const counts: Record<CsvDelimiter, number> = { '\t': 0, ';': 0, ',': 0 };
  let best: CsvDelimiter = ',';
  for (let start = 0; start < text.length;) {
    let end = text.indexOf('\n', start);
    if (end < 0) end = text.length;
    const line = text.slice(start, end).split('\r').find((l) => l.trim() !== '' && !l.trimStart().startsWith('#'));
    start = end + 1;
    if (line === undefined) continue;
    let quoted = false;
    for (const ch of line) {
      if (ch === '"') quoted = !quoted;
      else if (!quoted && (ch === '\t' || ch === ';' || ch === ',')) counts[ch]++;
    }
    break;
  }
  for (const d of ['\t', ';', ','] as const) if (counts[d] > counts[best]) best = d;
  return best;
}

/**
 * Splits text into records; blank lines and lines starting with '#' are skipped. Stops after maxRecords
 * records and reports whether more followed. Lines without quotes take a fast split path.
 */
export function splitRecords(text: string, delimiter: CsvDelimiter, maxRecords = Infinity): { records: CsvRecord[]; truncated: boolean } {
  // Old Mac line ends (CR only) become LF; CRLF keeps its CR, stripped per line below.
  let body = text.charCodeAt(0) === 0xfeff ? text.slice(1) : text; // byte-order mark
  if (body.includes('\r') && !body.includes('\n')) body = body.replace(/\r/g, '\n');
  const records: CsvRecord[] = [];
  const n = body.length;
  let i = 0;
  let line = 1;
  while (i < n) {
    let end = body.indexOf('\n', i);
    if (end < 0) end = n;
    const raw = body.charCodeAt(end - 1) === CR ? body.slice(i, end - 1) : body.slice(i, end);
    const trimmed = raw.trim();
    if (trimmed === '' || trimmed.startsWith('#')) {
      i = end + 1;
      line++;
      continue;
    }
    if (records.length >= maxRecords) return { records, truncated: true };
    if (!raw.includes('"')) {
      records.push({ line, fields: raw.split(delimiter).map((f) => f.trim()) });
      i = end + 1;
      line++;
      continue;
    }
    const quoted = quotedRecord(body, i, delimiter.charCodeAt(0));
    records.push({ line, fields: quoted.fields });
    i = quoted.next;
    line += quoted.lines;
  }
  return { records, truncated: false };
}

/** RFC 4180 record starting at i: fields, the index after its line end, and how many lines it spans. */
function quotedRecord(text: string, start: number, delim: number): { fields: string[]; next: number; lines: number } {
  const n = text.length;
  const fields: string[] = [];
  let field = '';
  let inQuotes = false;
  let lines = 1;
  let i = start;
  while (i < n) {
    const ch = text.charCodeAt(i);
    if (inQuotes) {
      if (ch === QUOTE) {
        if (text.charCodeAt(i + 1) === QUOTE) { field += '"'; i++; } else inQuotes = false;
      } else {
        if (ch === LF) lines++;
        field += text[i];
      }
    } else if (ch === QUOTE && field.trim() === '') {
      inQuotes = true;
      field = '';
    } else if (ch === delim) {
      fields.push(field.trim());
      field = '';
    } else if (ch === LF) {
      i++;
      break;
    } else if (ch !== CR) {
      field += text[i];
    }
    i++;
  }
  fields.push(field.trim());
  return { fields, next: i, lines };
}
