/** Stage 1: split a notebook file into its front matter (validated metadata) and Markdown body. */
import { LineCounter, parseDocument, isMap, isScalar, type Pair } from 'yaml';
import { NotebookError, messages } from './errors';

export interface OriginalArticle {
  /** The article's title as published (Chinese). */
  title: string;
  url: string;
  /** ISO date, YYYY-MM-DD. */
  date: string;
}
export interface NotebookMeta {
  slug: string;
  title: string;
  summary: string;
  /** Position on the index; lower first. */
  order: number;
  original?: OriginalArticle;
  /** The Chinese version's title and summary, when the notebook has one (`<slug>.zh.md`). */
  zh?: { title: string; summary: string };
}
export interface SplitFile {
  meta: NotebookMeta;
  body: string;
  /** Line number (1-based) of the body's first line in the file. */
  bodyLine: number;
}

const KNOWN = ['title', 'summary', 'order', 'original'];
const ORIGINAL_KEYS = ['title', 'url', 'date'];

/** Parses the front matter of `source`; `requireOriginal` is true for notebooks (not for app pages). */
export function splitFrontMatter(source: string, file: string, slug: string, requireOriginal: boolean): SplitFile {
  const lines = source.split(/\r?\n/);
  if (lines[0]?.trim() !== '---') throw new NotebookError(file, 1, messages.noFrontMatter());
  const end = lines.findIndex((l, i) => i > 0 && l.trim() === '---');
  if (end < 0) throw new NotebookError(file, 1, messages.unclosedFrontMatter());
  const yamlText = lines.slice(1, end).join('\n');
  const counter = new LineCounter();
  const doc = parseDocument(yamlText, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  const lineOf = (offset: number | undefined) => 1 + (offset === undefined ? 0 : counter.linePos(offset).line);
  if (doc.errors.length) {
    const err = doc.errors[0];
    throw new NotebookError(file, lineOf(err.pos[0]), messages.badYaml('front matter', err.message.split('\n')[0]));
  }
  if (!isMap(doc.contents)) throw new NotebookError(file, 2, messages.frontMatterNotMap());
  const pairs = doc.contents.items as Pair[];
  const pairLine = (pair: Pair) => lineOf((pair.key as { range?: [number] })?.range?.[0]);
  const get = (key: string) => pairs.find((p) => isScalar(p.key) && p.key.value === key);

  for (const pair of pairs) {
    const key = String(isScalar(pair.key) ? pair.key.value : pair.key);
    if (!KNOWN.includes(key)) throw new NotebookError(file, pairLine(pair), messages.unknownKey(key, KNOWN));
  }
  const text = (key: string): string => {
    const pair = get(key);
    if (!pair) throw new NotebookError(file, 2, messages.missingKey(key));
    const v = isScalar(pair.value) ? pair.value.value : undefined;
    if (typeof v !== 'string' || !v.trim()) throw new NotebookError(file, pairLine(pair), messages.badKey(key, 'non-empty text'));
    return v.trim();
  };
  const meta: NotebookMeta = { slug, title: text('title'), summary: text('summary'), order: 100 };

  const orderPair = get('order');
  if (orderPair) {
    const v = isScalar(orderPair.value) ? orderPair.value.value : undefined;
    if (typeof v !== 'number' || !Number.isFinite(v)) throw new NotebookError(file, pairLine(orderPair), messages.badKey('order', 'a number'));
    meta.order = v;
  }

  const originalPair = get('original');
  if (!originalPair && requireOriginal) throw new NotebookError(file, 2, messages.missingKey('original'));
  if (originalPair) meta.original = readOriginal(originalPair, file, pairLine(originalPair), lineOf);

  return { meta, body: lines.slice(end + 1).join('\n'), bodyLine: end + 2 };
}

function readOriginal(pair: Pair, file: string, line: number, lineOf: (o?: number) => number): OriginalArticle {
  if (!isMap(pair.value)) throw new NotebookError(file, line, messages.badKey('original', 'a map with title, url and date'));
  const out: Record<string, string> = {};
  const lines: Record<string, number> = {};
  for (const item of pair.value.items as Pair[]) {
    const key = String(isScalar(item.key) ? item.key.value : item.key);
    const at = lineOf((item.key as { range?: [number] })?.range?.[0]);
    if (!ORIGINAL_KEYS.includes(key)) throw new NotebookError(file, at, messages.unknownKey(`original.${key}`, ORIGINAL_KEYS));
    const v = isScalar(item.value) ? item.value.value : undefined;
    out[key] = typeof v === 'string' ? v.trim() : '';
    lines[key] = at;
  }
  for (const key of ORIGINAL_KEYS) if (!out[key]) throw new NotebookError(file, lines[key] ?? line, messages.missingKey(`original.${key}`));
  if (!/^https?:\/\/\S+$/.test(out.url)) throw new NotebookError(file, lines.url, messages.badKey('original.url', 'an http(s) URL'));
  if (!/^\d{4}-\d{2}-\d{2}$/.test(out.date)) throw new NotebookError(file, lines.date, messages.badKey('original.date', 'a date YYYY-MM-DD'));
  return out as unknown as OriginalArticle;
}
