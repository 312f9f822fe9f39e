/**
 * A widget block's YAML with its file lines: the plain value, and the line of any key or item, so a
 * mistake deep inside a formula block is reported at its own line.
 */
import { isMap, isScalar, isSeq, LineCounter, parseDocument, type Document, type Node, type Pair } from 'yaml';
import { NotebookError, messages } from './errors';

export type Path = readonly (string | number)[];

export class BlockYaml {
  readonly value: unknown;
  private readonly doc: Document;
  private readonly counter = new LineCounter();

  /** `firstLine`: the file line of the YAML's first line (the line after the fence). */
  constructor(
    content: string,
    readonly file: string,
    private readonly firstLine: number,
  ) {
    this.doc = parseDocument(content, { lineCounter: this.counter, prettyErrors: false, uniqueKeys: true });
    if (this.doc.errors.length) {
      const err = this.doc.errors[0];
      throw new NotebookError(file, this.lineAt(err.pos[0]), messages.badYaml('the widget block', err.message.split('\n')[0]));
    }
    this.value = this.doc.toJS();
  }

  private lineAt(offset: number | undefined): number {
    return this.firstLine + (offset === undefined ? 0 : this.counter.linePos(offset).line - 1);
  }

  /** File line of the key (or list item) at `path`; the nearest ancestor's when it is missing. */
  line(path: Path): number {
    let node: unknown = this.doc.contents;
    let offset: number | undefined = (node as Node | null)?.range?.[0];
    for (const step of path) {
      if (isMap(node)) {
        const pair = (node.items as Pair[]).find((p) => isScalar(p.key) && String(p.key.value) === String(step));
        if (!pair) break;
        offset = (pair.key as Node).range?.[0] ?? offset;
        node = pair.value;
      } else if (isSeq(node) && typeof step === 'number' && node.items[step]) {
        node = node.items[step];
        offset = (node as Node).range?.[0] ?? offset;
      } else break;
    }
    return this.lineAt(offset);
  }

  /** Throws a NotebookError at the line of `path`. */
  fail(path: Path, message: string): never {
    throw new NotebookError(this.file, this.line(path), message);
  }
}

/** A plain YAML map (not a list or scalar). */
export function isPlainMap(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}
