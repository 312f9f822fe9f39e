/**
 * Every message the notebook compiler can fail with, in one place (STYLE rule 3). Each has a failing
 * fixture in `fixtures/errors/`. A `NotebookError` carries the file and line so Vite prints
 * `file:line: message` in the terminal and in the dev overlay.
 */
import { formulaMessages } from '../compute/formula/messages';

export class NotebookError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly detail: string,
    /** 1-based column within the line where it is known (a TeX error in a display formula), else 0. */
    readonly column = 0,
  ) {
    super(`${file}:${line}: ${detail}`);
    this.name = 'NotebookError';
  }
}

export const messages = {
  noFrontMatter: () => 'the file must start with a front matter block between two "---" lines',
  unclosedFrontMatter: () => 'the front matter block is not closed by a "---" line',
  badYaml: (what: string, why: string) => `${what} is not valid YAML: ${why}`,
  frontMatterNotMap: () => 'the front matter must be a set of "key: value" lines',
  missingKey: (key: string) => `front matter needs "${key}"`,
  unknownKey: (key: string, known: string[]) => `unknown front matter key "${key}" (known: ${known.join(', ')})`,
  badKey: (key: string, expected: string) => `front matter "${key}" must be ${expected}`,
  tex: (why: string) => `TeX error: ${why}`,
  unclosedMath: () => 'display math opened with "$$" is never closed',
  duplicateLabel: (label: string) => `equation label "${label}" is used twice`,
  unknownLabel: (label: string) => `\\eqref{${label}} names no \\label in this notebook`,
  unknownWidget: (name: string, known: string[]) => `unknown widget "${name}" (known: ${known.join(', ')})`,
  widgetNoName: () => 'a widget block needs a name: ```widget NAME',
  badWidgetId: (id: string) => `widget id "${id}" must be kebab-case letters, digits and dashes`,
  duplicateWidgetId: (id: string) => `two widgets share the id "${id}"; give one another id: \`\`\`widget NAME #ID`,
  widgetParamsNotMap: () => 'a widget block holds "parameter: value" lines',
  badParam: (why: string) => why,
  // A translation (`<slug>.zh.md`) against its English file
  pairWidgetMissing: (english: string, line: number, what: string) => `${english}:${line} has ${what}, which this translation lacks at this place`,
  pairWidgetExtra: (english: string, what: string) => `${what} is not in ${english} at this place (a translation keeps the same widget blocks, in the same order)`,
  pairWidgetDiffers: (english: string, line: number, what: string) => `this block differs from ${english}:${line} (${what}); a translation copies widget blocks unchanged`,
  pairLabelMissing: (english: string, line: number, label: string) => `${english}:${line} labels an equation "${label}", which this translation lacks at this place`,
  pairLabelExtra: (english: string, label: string) => `equation label "${label}" is not in ${english} at this place (a translation keeps the same labels, in the same order)`,
  pairFrontMatter: (english: string, key: string) => `front matter "${key}" differs from ${english}; a translation copies it unchanged`,
  noTranslation: (file: string) => `this notebook has no Chinese version: add ${file} (same widget blocks and equation labels)`,
  noEnglish: (file: string) => `a translation needs its English notebook ${file}`,
  // Formula figures (```widget plot|map|sequence): the block's shape, then the formulas themselves.
  formulaUnknownKey: (where: string, key: string, known: readonly string[]) => `unknown key "${key}" in ${where} (known: ${known.join(', ')})`,
  formulaMissingKey: (where: string, key: string) => `${where} needs "${key}"`,
  formulaBadValue: (key: string, expected: string) => `"${key}" must be ${expected}`,
  badParamName: (name: string) =>
    `"${name}" cannot name a parameter or variable: use a letter, then letters, digits or _ (up to 24), and not a constant or function name`,
  emptyRange: (what: string, from: number, to: number) => `the range of ${what} is empty: ${from} … ${to} (the end must be above the start)`,
  formulaAtDefaults: (why: string) => `the figure cannot be computed at its starting values: ${why}`,
  ...formulaMessages,
  // Equations and prose bound to controls (\param, \paramvalue, {=id: formula}).
  unknownBinding: (ref: string, why: string) => `${ref}: ${why}`,
  rawHtml: (command: string) => `${command} is not allowed in TeX here; bind a symbol to a control with \\param{widgetId.parameter}{symbol}`,
  badLiveValue: (text: string) => `${text} is not a live value: write {=widgetId: formula} or {=widgetId: formula | digits} (digits 1–15, or int)`,
} as const;
