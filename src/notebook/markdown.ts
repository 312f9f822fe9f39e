/** Stage 2: the markdown-it instance, built once per spec set, and the environment a compile carries. */
import markdownIt from 'markdown-it';
import type { MarkdownIt, StateCore } from 'markdown-it';
import type { WidgetSpec } from '../core/params';
import { liveValuePlugin, type LiveValue } from './bindings';
import { mathPlugin, slugify } from './math';
import { widgetPlugin, type WidgetSlot } from './widgetBlocks';

export interface TocEntry {
  level: 2 | 3;
  id: string;
  text: string;
}

/** Mutable state of one compile: where we are (for messages) and what the stages collected. */
export interface CompileEnv {
  file: string;
  /** File line of the Markdown body's first line (after the front matter). */
  bodyLine: number;
  labels: Map<string, number>;
  /** The source line of each label, for comparing a translation with its English file. */
  labelLines: Map<string, number>;
  /** The page's language: the words the compiler itself writes (a heading's self-link). */
  lang: 'en' | 'zh';
  slots: WidgetSlot[];
  widgetIds: Set<string>;
  toc: TocEntry[];
  macros: Record<string, string>;
  /** The page's address, and whether it is a notebook or an app page (the author guide). */
  slug: string;
  home: { kind: 'notebook'; slug: string } | { kind: 'page'; name: string };
  specs: Record<string, WidgetSpec>;
  /** Live numbers in prose (`{=id: formula}`), in page order. */
  live: LiveValue[];
  /** Values \paramvalue shows, in the order its placeholders were made. */
  values: { ref: string; text: string }[];
}

/** Gives each h2/h3 a stable id and a self-link, and records it for the table of contents. */
function headingAnchors(md: MarkdownIt) {
  md.core.ruler.push('heading_anchors', (state: StateCore) => {
    const env = state.env as unknown as CompileEnv;
    const seen = new Map<string, number>();
    state.tokens.forEach((token, i) => {
      if (token.type !== 'heading_open') return;
      const inline = state.tokens[i + 1];
      // Plain text of the heading; math keeps its TeX so ids stay readable.
      const text = (inline.children ?? []).map((c) => c.content).join('');
      const base = slugify(text);
      const count = seen.get(base) ?? 0;
      seen.set(base, count + 1);
      const id = count ? `${base}-${count + 1}` : base;
      token.attrSet('id', id);
      const level = Number(token.tag.slice(1));
      if (level === 2 || level === 3) env.toc.push({ level, id, text });
    });
  });
  md.renderer.rules.heading_close = (tokens, i, options, env, self) => {
    const id = tokens[i - 2]?.attrGet('id') ?? null;
    const name = (env as unknown as CompileEnv).lang === 'zh' ? '链接到本节' : 'Link to this section';
    const link = id ? ` <a class="anchor" href="#${id}" aria-label="${name}">#</a>` : '';
    return link + self.renderToken(tokens, i, options);
  };
}

/** Chinese characters and full-width punctuation, between which a line break is no space. */
const CJK = /[\p{Script=Han}\u3000-\u303f\uff00-\uffef]/u;

/**
 * A line break inside a paragraph reads as a space, which is right between Latin words and wrong
 * between Chinese characters (browsers do not yet drop it): there it joins the two lines.
 */
function chineseLineJoins(md: MarkdownIt) {
  md.core.ruler.push('chinese_line_joins', (state: StateCore) => {
    for (const token of state.tokens) {
      const children = token.children ?? [];
      children.forEach((child, i) => {
        if (child.type !== 'softbreak') return;
        const before = children[i - 1]?.content.slice(-1) ?? '';
        const after = children[i + 1]?.content.charAt(0) ?? '';
        if (CJK.test(before) && CJK.test(after)) child.type = 'text';
      });
    }
  });
}

/**
 * Emphasis in Chinese text is drawn as dots under the characters (app.css); emphasis holding no Chinese
 * (a paper's title in a list of references) keeps Latin italics instead: marked here, as CSS cannot
 * tell the scripts apart.
 */
function latinEmphasis(md: MarkdownIt) {
  md.renderer.rules.em_open = (tokens, i, options, _env, self) => {
    let text = '';
    for (let j = i + 1, depth = 1; j < tokens.length && depth > 0; j++) {
      if (tokens[j].type === 'em_open') depth++;
      else if (tokens[j].type === 'em_close') depth--;
      else text += tokens[j].content;
    }
    if (!CJK.test(text)) tokens[i].attrSet('class', 'latin');
    return self.renderToken(tokens, i, options);
  };
}

/** External links open in a new tab without handing over `window.opener`. */
function externalLinks(md: MarkdownIt) {
  md.renderer.rules.link_open = (tokens, i, options, _env, self) => {
    const href = String(tokens[i].attrGet('href') ?? '');
    if (/^https?:/.test(href)) {
      tokens[i].attrSet('target', '_blank');
      tokens[i].attrSet('rel', 'noopener noreferrer');
    }
    return self.renderToken(tokens, i, options);
  };
}

/** Code blocks and tables may scroll sideways on a phone: make them reachable by keyboard. */
function scrollables(md: MarkdownIt) {
  const fence = md.renderer.rules.fence!;
  md.renderer.rules.fence = (...args) => fence(...args).replace(/^<pre/, '<pre tabindex="0"');
  md.renderer.rules.table_open = () => '<div class="table-scroll" tabindex="0"><table>\n';
  md.renderer.rules.table_close = () => '</table></div>\n';
}

/** The one markdown-it factory: CommonMark + tables, no raw HTML, math, widget blocks, anchors. */
export function createMarkdown(specs: Record<string, WidgetSpec>): MarkdownIt {
  const md = new markdownIt({ html: false, linkify: true, typographer: true });
  md.use(mathPlugin);
  md.use(widgetPlugin, specs);
  md.use(liveValuePlugin);
  md.use(headingAnchors);
  md.use(chineseLineJoins);
  md.use(latinEmphasis);
  md.use(externalLinks);
  md.use(scrollables);
  return md;
}
