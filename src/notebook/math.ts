/**
 * Stage 2a: math. A markdown-it plugin that finds `$…$` (inline) and `$$…$$` (display, own lines),
 * numbers display equations that carry `\label{key}`, resolves `\eqref{key}` in prose to links, and
 * renders everything with KaTeX at build time (HTML for sight, MathML for screen readers).
 */
import katex from 'katex';
import type { MarkdownIt, StateBlock, StateCore, StateInline } from 'markdown-it';
import { BindingError, bindingMacros, bindingName, fillValues, trustBindings } from './bindings';
import { NotebookError, messages } from './errors';
import { exposeBoundSymbols } from './katexBindings';
import type { CompileEnv } from './markdown';

const LABEL = /\\label\{([^}]+)\}/;

/**
 * Renders TeX with KaTeX or throws a NotebookError at the line where the TeX starts. Symbols bound to
 * controls (\param, bindings.ts) come out as focusable buttons (katexBindings.ts).
 */
export function renderTex(tex: string, displayMode: boolean, env: CompileEnv, line: number, place?: SourcePlace): string {
  try {
    const html = katex.renderToString(tex, {
      displayMode,
      output: 'htmlAndMathml',
      throwOnError: true,
      // Unicode text inside \text{} is fine for us, and so is \htmlData, which the trust rule below
      // limits to our bindings; every other strictness complaint is an error.
      strict: (code: string) => (code === 'unicodeTextInMathMode' || code === 'htmlExtension' ? 'ignore' : 'error'),
      trust: trustBindings(env),
      macros: { ...env.macros, ...bindingMacros(env) },
    });
    return exposeBoundSymbols(fillValues(html, env), (ref) => bindingName(env, ref));
  } catch (err) {
    if (err instanceof BindingError) throw new NotebookError(env.file, line, err.message);
    const e = err as { rawMessage?: string; message: string; position?: number };
    const at = e.position === undefined ? { lines: 0, column: 0 }
      : place ? place(e.position) : { lines: tex.slice(0, e.position).split('\n').length - 1, column: 0 };
    throw new NotebookError(env.file, line + at.lines, messages.tex(e.rawMessage ?? e.message), at.column);
  }
}

/** Where a position in the TeX given to KaTeX was in the source: lines below the first, and the 1-based column. */
type SourcePlace = (position: number) => { lines: number; column: number };

function mathBlock(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  const start = state.bMarks[startLine] + state.tShift[startLine];
  const max = state.eMarks[startLine];
  if (state.src.slice(start, start + 2) !== '$$') return false;
  if (silent) return true;
  const firstRest = state.src.slice(start + 2, max);
  const content: string[] = [];
  // The 1-based source column where each line of the formula starts, for TeX errors' places.
  const columns = [state.tShift[startLine] + 3];
  let line = startLine;
  let closed = false;
  if (firstRest.trimEnd().endsWith('$$') && firstRest.trim().length >= 2) {
    content.push(firstRest.trimEnd().slice(0, -2));
    closed = true;
  } else {
    content.push(firstRest);
    for (line = startLine + 1; line < endLine; line++) {
      const text = state.src.slice(state.bMarks[line] + state.tShift[line], state.eMarks[line]);
      columns.push(state.tShift[line] + 1);
      if (text.trimEnd().endsWith('$$')) {
        content.push(text.trimEnd().slice(0, -2));
        closed = true;
        break;
      }
      content.push(text);
    }
  }
  const env = state.env as unknown as CompileEnv;
  if (!closed) throw new NotebookError(env.file, env.bodyLine + startLine, messages.unclosedMath());
  const token = state.push('math_block', 'div', 0);
  const raw = content.join('\n');
  token.content = raw.trim();
  token.meta = { columns, leading: raw.slice(0, raw.length - raw.trimStart().length) };
  token.map = [startLine, line + 1];
  token.block = true;
  state.line = line + 1;
  return true;
}

function mathInline(state: StateInline, silent: boolean): boolean {
  const src = state.src;
  const start = state.pos;
  if (src[start] !== '$' || src[start + 1] === '$') return false;
  // Pandoc's rule keeps prices like "$5 and $6" as text: no space just inside the dollars.
  if (/\s/.test(src[start + 1] ?? ' ')) return false;
  let end = start + 1;
  while (end < state.posMax) {
    if (src[end] === '\\') end += 2;
    else if (src[end] === '$') break;
    else end++;
  }
  if (end >= state.posMax || /\s/.test(src[end - 1])) return false;
  if (!silent) {
    const token = state.push('math_inline', 'span', 0);
    token.content = src.slice(start + 1, end);
  }
  state.pos = end + 1;
  return true;
}

/** TeX length up to which a formula is kept on one line with the punctuation after it. */
const SHORT_FORMULA = 24;
/** Punctuation that must not start a line: Chinese full-width and Latin closing marks. */
const CLOSING = /^[，。、；：？！）」』”’》〉,.;:?!)]+/;

function eqref(state: StateInline, silent: boolean): boolean {
  const m = /^\\eqref\{([^}]+)\}/.exec(state.src.slice(state.pos));
  if (!m) return false;
  if (!silent) state.push('eqref', 'a', 0).meta = { label: m[1] };
  state.pos += m[0].length;
  return true;
}

/** After block parsing: number labelled equations in order, so \eqref can point forward too. */
function numberEquations(state: StateCore): void {
  const env = state.env as unknown as CompileEnv;
  for (const token of state.tokens) {
    if (token.type !== 'math_block') continue;
    const m = LABEL.exec(token.content);
    if (!m) continue;
    const label = m[1].trim();
    const line = env.bodyLine + (token.map?.[0] ?? 0);
    if (env.labels.has(label)) throw new NotebookError(env.file, line, messages.duplicateLabel(label));
    const n = env.labels.size + 1;
    env.labels.set(label, n);
    env.labelLines.set(label, line);
    token.meta = { ...(token.meta as object), label, n };
  }
}

/** After inline parsing: every \eqref must name a label (checked here, where block lines are known). */
function checkRefs(state: StateCore): void {
  const env = state.env as unknown as CompileEnv;
  for (const token of state.tokens) {
    for (const child of token.children ?? []) {
      const label = (child.meta as { label?: string } | null)?.label;
      if (child.type === 'eqref' && label !== undefined && !env.labels.has(label)) {
        throw new NotebookError(env.file, env.bodyLine + (token.map?.[0] ?? 0), messages.unknownLabel(label));
      }
      if (child.type === 'math_inline') child.meta = { line: env.bodyLine + (token.map?.[0] ?? 0) };
    }
  }
}

/** Installs the math syntax and its renderers on a markdown-it instance. */
export function mathPlugin(md: MarkdownIt): void {
  md.block.ruler.before('fence', 'math_block', mathBlock, { alt: ['paragraph', 'reference', 'blockquote', 'list'] });
  md.inline.ruler.before('escape', 'math_inline', mathInline);
  md.inline.ruler.before('escape', 'eqref', eqref);
  md.core.ruler.after('block', 'number_equations', numberEquations);
  md.core.ruler.push('check_refs', checkRefs);

  md.renderer.rules.math_inline = (tokens, i, _o, env) => {
    const html = renderTex(tokens[i].content, false, env as unknown as CompileEnv, (tokens[i].meta as { line?: number } | null)?.line ?? (env as unknown as CompileEnv).bodyLine);
    // Closing punctuation right after a formula stays on its line: browsers may break after the
    // formula (an inline box) and start the next line with "。" or "，", which Chinese print never does.
    // Only a short formula: the pair cannot break at all, and a long one must still wrap on a phone.
    const next = tokens[i + 1];
    const punct = next?.type === 'text' && tokens[i].content.length <= SHORT_FORMULA ? CLOSING.exec(next.content)?.[0] : undefined;
    if (!punct) return html;
    next.content = next.content.slice(punct.length);
    return `<span class="math-punct">${html}${md.utils.escapeHtml(punct)}</span>`;
  };
  md.renderer.rules.math_block = (tokens, i, _o, rawEnv) => {
    const env = rawEnv as unknown as CompileEnv;
    const token = tokens[i];
    const line = env.bodyLine + (token.map?.[0] ?? 0);
    const { label, n, columns, leading } = token.meta as { label?: string; n?: number; columns: number[]; leading: string };
    const cut = label !== undefined ? LABEL.exec(token.content) : null;
    const tex = cut ? token.content.replace(LABEL, '') + `\\tag{${n}}` : token.content;
    const id = label !== undefined ? ` id="eq-${md.utils.escapeHtml(slugify(label))}"` : '';
    // A TeX error's position, back in the source: before the trim and the label's removal.
    const place: SourcePlace = (position) => {
      const inContent = position + (cut && position >= cut.index ? cut[0].length : 0);
      const before = (leading + token.content.slice(0, inContent)).split('\n');
      return { lines: before.length - 1, column: columns[before.length - 1] + before[before.length - 1].length };
    };
    // Focusable, so a keyboard can scroll an equation wider than a phone screen.
    return `<div class="math-display" tabindex="0"${id}>${renderTex(tex, true, env, line, place)}</div>\n`;
  };
  md.renderer.rules.eqref = (tokens, i, _o, env) => {
    const label = (tokens[i].meta as { label: string }).label;
    return `<a class="eqref" href="#eq-${md.utils.escapeHtml(slugify(label))}">(${(env as unknown as CompileEnv).labels.get(label)})</a>`;
  };
}

/** Lower-case, dash-separated id safe for HTML and URLs; keeps CJK and other letters. */
export function slugify(text: string): string {
  return text
    .toLowerCase()
    .normalize('NFKC')
    .replace(/[^\p{L}\p{N}]+/gu, '-')
    .replace(/^-+|-+$/g, '') || 'section';
}
