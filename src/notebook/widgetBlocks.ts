/**
 * Stage 2b: widget blocks. A fence ```` ```widget NAME [#ID] ```` holds YAML parameters; this stage checks
 * the name against the registered specs and every parameter against the widget's spec, and turns the
 * block into a slot the page renders as a lazily mounted widget.
 */
import type { MarkdownIt, StateCore } from 'markdown-it';
import { LineCounter, parseDocument, isMap, isScalar, type Pair } from 'yaml';
import { validateValues, type WidgetSpec } from '../core/params';
import { NotebookError, messages } from './errors';
import { readFormulaBlock } from './formulaBlocks';
import { FORMULA_KINDS, type FormulaFigure, type FormulaKind } from './formulaFigure';
import type { CompileEnv } from './markdown';

export interface WidgetSlot {
  /** Unique on the page; prefixes the widget's URL query keys (`id.param`). */
  id: string;
  widget: string;
  /** Only the parameters the author set; the widget fills in the rest from its spec. */
  params: Record<string, string | number | boolean>;
  /** Line of the fence in the source file. */
  line: number;
  /** A formula block's figure (plot, map, sequence): its own spec, plan and typeset formulas. */
  figure?: FormulaFigure;
}

const ID = /^[a-z][a-z0-9-]*$/;

function readBlock(info: string, content: string, line: number, env: CompileEnv, specs: Record<string, WidgetSpec>): WidgetSlot {
  const [, name, rawId, ...rest] = info.trim().split(/\s+/);
  if (!name) throw new NotebookError(env.file, line, messages.widgetNoName());
  const spec = specs[name];
  if (!spec) throw new NotebookError(env.file, line, messages.unknownWidget(name, Object.keys(specs)));
  const id = rawId ? rawId.replace(/^#/, '') : name;
  if (rest.length || !ID.test(id) || (rawId && !rawId.startsWith('#'))) throw new NotebookError(env.file, line, messages.badWidgetId(rawId ?? ''));
  if (env.widgetIds.has(id)) throw new NotebookError(env.file, line, messages.duplicateWidgetId(id));
  env.widgetIds.add(id);
  if ((FORMULA_KINDS as readonly string[]).includes(name)) {
    return { id, widget: name, params: {}, line, figure: readFormulaBlock(name as FormulaKind, id, content, line, env) };
  }

  const counter = new LineCounter();
  const doc = parseDocument(content, { lineCounter: counter, prettyErrors: false, uniqueKeys: true });
  // The fence line is `line`; the YAML's first line is the next one.
  const at = (offset?: number) => line + 1 + (offset === undefined ? 0 : counter.linePos(offset).line - 1);
  if (doc.errors.length) throw new NotebookError(env.file, at(doc.errors[0].pos[0]), messages.badYaml('the widget block', doc.errors[0].message.split('\n')[0]));
  const params: Record<string, string | number | boolean> = {};
  if (doc.contents !== null && !isMap(doc.contents)) throw new NotebookError(env.file, line + 1, messages.widgetParamsNotMap());
  for (const pair of (isMap(doc.contents) ? doc.contents.items : []) as Pair[]) {
    const key = String(isScalar(pair.key) ? pair.key.value : pair.key);
    const value = isScalar(pair.value) ? pair.value.value : undefined;
    const keyLine = at((pair.key as { range?: [number] }).range?.[0]);
    const problems = validateValues(spec.params, { [key]: value === null || value === undefined ? '' : value });
    if (problems.length) throw new NotebookError(env.file, keyLine, messages.badParam(problems[0].message));
    params[key] = value as string | number | boolean;
  }
  return { id, widget: name, params, line };
}

/** Installs the widget fence: each block becomes a `widget_slot` token carrying its validated slot. */
export function widgetPlugin(md: MarkdownIt, specs: Record<string, WidgetSpec>): void {
  md.core.ruler.after('block', 'widget_blocks', (state: StateCore) => {
    const env = state.env as unknown as CompileEnv;
    for (const token of state.tokens) {
      if (token.type !== 'fence' || !/^widget(\s|$)/.test(token.info)) continue;
      const line = env.bodyLine + (token.map?.[0] ?? 0);
      const slot = readBlock(token.info, token.content, line, env, specs);
      token.type = 'widget_slot';
      token.meta = { index: env.slots.length };
      env.slots.push(slot);
    }
  });
  // A marker comment the compiler splits the HTML on; authors cannot write it (HTML is off).
  md.renderer.rules.widget_slot = (tokens, i) => `<!--kexue-widget:${(tokens[i].meta as { index: number }).index}-->`;
}
