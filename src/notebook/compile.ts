/** The notebook compiler: one Markdown file in, one plain page object out (no I/O here). */
import type { HeightAtWidths, WidgetSpec } from '../core/params';
import { splitFrontMatter, type NotebookMeta } from './frontMatter';
import { createMarkdown, type CompileEnv, type TocEntry } from './markdown';
import type { WidgetSlot } from './widgetBlocks';
import type { LiveValue } from './bindings';
import type { Outline } from './pairing';
import { estimateProseSize } from './proseSize';

export type { NotebookMeta, OriginalArticle } from './frontMatter';
export type { TocEntry } from './markdown';
export type { WidgetSlot } from './widgetBlocks';
export type { LiveValue } from './bindings';
export type { FormulaFigure } from './formulaFigure';

/**
 * A page is prose (static HTML, math already rendered, with the height it is estimated to take until the
 * browser lays it out) interleaved with widget slots.
 */
export type Segment = { kind: 'html'; html: string; size: HeightAtWidths } | { kind: 'widget'; slot: WidgetSlot };
export interface NotebookPage {
  meta: NotebookMeta;
  /** The language the page is written in (a notebook's translation is `<slug>.zh.md`). */
  lang: 'en' | 'zh';
  toc: TocEntry[];
  segments: Segment[];
  /** Live numbers in the prose (`{=id: formula}`); the HTML holds their values at the page's start. */
  live: LiveValue[];
  /** Whether any equation binds a symbol to a control (\param, \paramvalue). */
  bound: boolean;
  /**
   * A notebook's segments after its first stretch, a chunk of their own (core/proseStretches.ts; added by the
   * build, absent when the whole page is one stretch).
   */
  tail?: () => Promise<{ default: Segment[] }>;
}

/** Shared TeX macros for every notebook. */
const MACROS: Record<string, string> = {
  '\\R': '\\mathbb{R}',
  '\\N': '\\mathbb{N}',
  '\\argmin': '\\operatorname*{arg\\,min}',
  '\\sign': '\\operatorname{sign}',
};

const mdCache = new WeakMap<object, ReturnType<typeof createMarkdown>>();

/**
 * Compiles a notebook. `file` is the path shown in messages; `slug` its address; notebooks (not app
 * pages) must cite their original article. Throws `NotebookError` (`file:line: message`) on any mistake.
 */
export interface CompileOptions {
  file: string;
  slug: string;
  specs: Record<string, WidgetSpec>;
  requireOriginal?: boolean;
  /** The language the file is written in: English unless it is a translation. */
  lang?: 'en' | 'zh';
}

export function compileNotebook(source: string, options: CompileOptions): NotebookPage {
  return compileWithOutline(source, options).page;
}

/** Compiles a notebook and returns, beside the page, what a translation must keep of it (pairing.ts). */
export function compileWithOutline(source: string, options: CompileOptions): { page: NotebookPage; outline: Outline } {
  const { meta, body, bodyLine } = splitFrontMatter(source, options.file, options.slug, options.requireOriginal ?? true);
  let md = mdCache.get(options.specs);
  if (!md) mdCache.set(options.specs, (md = createMarkdown(options.specs)));
  const env: CompileEnv = {
    file: options.file,
    bodyLine,
    labels: new Map(),
    labelLines: new Map(),
    lang: options.lang ?? 'en',
    slots: [],
    widgetIds: new Set(),
    toc: [],
    macros: { ...MACROS },
    slug: options.slug,
    home: options.requireOriginal === false ? { kind: 'page', name: options.slug } : { kind: 'notebook', slug: options.slug },
    specs: options.specs,
    live: [],
    values: [],
  };
  // markdown-it types its env loosely; our stages all read it as CompileEnv.
  const html = md.render(body, env as unknown as Parameters<typeof md.render>[1]);
  const segments: Segment[] = [];
  const parts = html.split(/<!--kexue-widget:(\d+)-->/);
  parts.forEach((part, i) => {
    if (i % 2 === 1) segments.push({ kind: 'widget', slot: env.slots[Number(part)] });
    else {
      // One stretch of prose per section (a page lays out, and puts in, prose a stretch at a time).
      for (const section of part.split(/\n(?=<h2\b)/)) {
        if (section.trim()) segments.push({ kind: 'html', html: section, size: estimateProseSize(section, env.lang) });
      }
    }
  });
  const page: NotebookPage = { meta, lang: env.lang, toc: env.toc, segments, live: env.live, bound: /data-param(value)?="[^.]/.test(html) };
  const labels = [...env.labelLines].map(([label, line]) => ({ label, line }));
  return { page, outline: { file: options.file, meta, slots: env.slots, labels } };
}
