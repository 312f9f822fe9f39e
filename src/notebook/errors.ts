/**
 * Every message the notebook compiler can fail with, in one place (STYLE rule 3). Each has a failing
 * fixture in `fixtures/errors/`. A `NotebookError` carries the file and line so Vite prints
 * `file:line: message` in the terminal and in the dev overlay.
 */
export class NotebookError extends Error {
  constructor(
    readonly file: string,
    readonly line: number,
    readonly detail: string,
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
} as const;
