/**
 * About how tall a stretch of compiled prose will be, at a phone's width and at the notebook's full
 * column (FOOTPRINT_WIDTHS), without a browser. A notebook page lays out only the prose near the
 * reader (`content-visibility: auto` in NotebookPage.svelte); the rest holds this height until it is
 * laid out, so the scroll bar and the widgets' distances from the viewport are about right from the
 * start. e2e/platform.spec.ts holds the estimate to the real heights.
 */
import { FOOTPRINT_WIDTHS, type HeightAtWidths } from '../core/params';

/** The site's prose metrics (app.css): body text, line heights, block margins, a display's box. */
const FONT_PX = 16;
const LINE = { en: 1.6 * FONT_PX, zh: 1.8 * FONT_PX };
/** Average advance of a character: Latin text about half an em, CJK a full em. */
const LATIN_ADVANCE = 0.5 * FONT_PX;
const CJK_ADVANCE = FONT_PX;
const BLOCK_MARGIN = FONT_PX;
const HEADING_PX = 2.6 * FONT_PX;
const DISPLAY_ROW_PX = 1.9 * FONT_PX;
const DISPLAY_PADDING_PX = 1.6 * FONT_PX;
/** The page's side padding: the column is the page width less twice this. */
const PAGE_PADDING_PX = FONT_PX;
/** A table cell's padding (app.css: 0.3rem above and below, 0.6rem at the sides, rounded up). */
const CELL_PADDING_PX = 0.6 * FONT_PX;
/** Horizontal room the prose loses to a list's indent. */
const LIST_INDENT_PX = 2.5 * FONT_PX;

// Markdown-it writes each block tag at the start of its line; the blocks are split there.
const BLOCK_START = /\n(?=<(?:p|div|h[1-6]|ul|ol|li|table|tr|blockquote|pre)\b)/;
const CJK = /[\u3000-\u9fff\uff00-\uffef]/g;

/** The text a block shows: MathML (read by screen readers, not shown) and tags removed, entities as one character. */
function shownText(block: string): string {
  return block
    .replace(/<math[\s\S]*?<\/math>/g, '')
    .replace(/<[^>]*>/g, '')
    .replace(/&[#\w]+;/g, '_')
    .replace(/\s+/g, ' ')
    .trim();
}

/** Height in px of one block at a column `width` px wide. */
function blockHeight(block: string, width: number, lang: 'en' | 'zh'): number {
  if (/^<h[1-6]\b/.test(block)) return HEADING_PX + BLOCK_MARGIN;
  if (/^<div class="math-display"/.test(block)) {
    const rows = Math.max(1, (block.match(/<mtr>/g) ?? []).length);
    return rows * DISPLAY_ROW_PX + DISPLAY_PADDING_PX + BLOCK_MARGIN;
  }
  if (/^<(?:ul|ol|table)\b/.test(block)) return shownText(block) ? blockHeight(block.replace(/^<\w+[^>]*>/, '<p>'), width, lang) : BLOCK_MARGIN / 2;
  if (/^<tr\b/.test(block)) {
    // A row is as tall as its fullest cell, each cell wrapping in its share of the width.
    const cells = block.split(/<t[dh]\b/).slice(1);
    const room = width / Math.max(1, cells.length) - 2 * CELL_PADDING_PX;
    return Math.max(1, ...cells.map((cell) => linesOf(shownText(cell), room))) * LINE[lang] + CELL_PADDING_PX;
  }
  const text = shownText(block);
  if (!text) return 0;
  const room = /^<li\b/.test(block) ? width - LIST_INDENT_PX : width;
  const margin = /^<li\b/.test(block) ? 0 : BLOCK_MARGIN;
  return linesOf(text, room) * LINE[lang] + margin;
}

/** Lines `text` wraps to in `room` px. */
function linesOf(text: string, room: number): number {
  const cjk = (text.match(CJK) ?? []).length;
  return Math.max(1, Math.ceil((cjk * CJK_ADVANCE + (text.length - cjk) * LATIN_ADVANCE) / Math.max(room, FONT_PX)));
}

/** Estimated height of compiled prose `html` written in `lang`, at both footprint (page) widths. */
export function estimateProseSize(html: string, lang: 'en' | 'zh'): HeightAtWidths {
  const blocks = html.trim().split(BLOCK_START);
  const at = (page: number) => Math.round(blocks.reduce((sum, b) => sum + blockHeight(b.trim(), page - 2 * PAGE_PADDING_PX, lang), 0));
  return { narrow: at(FOOTPRINT_WIDTHS.narrow), wide: at(FOOTPRINT_WIDTHS.wide) };
}
