// Where pasted JSON breaks. Engines word JSON.parse errors differently and Safari gives no position at
// all, so after JSON.parse fails this small RFC 8259 scanner finds the first offending character itself.
import { coded, type CodedMessage } from '../errors';

/**
 * Offset, 1-based line and column, and a plain-words reason for the first JSON syntax error in `text`
 * (`reason` in English, `why` coded for the page's language); null when `text` is valid JSON.
 */
export function locateJsonError(text: string): { offset: number; line: number; column: number; reason: string; why: CodedMessage } | null {
  const scanner = new Scanner(text);
  let failure: { offset: number; reason: string; why: CodedMessage } | null = null;
  try {
    scanner.value(0);
    scanner.space();
    if (scanner.at < text.length) scanner.fail(coded('jsonTrailingText'));
  } catch (error) {
    if (!(error instanceof SyntaxFailure)) throw error;
    failure = { offset: error.offset, reason: error.message, why: error.why };
  }
  if (failure === null) return null;
  const before = text.slice(0, failure.offset);
  const line = before.split('\n').length;
  const column = failure.offset - (before.lastIndexOf('\n') + 1) + 1;
  return { ...failure, line, column };
}

class SyntaxFailure extends Error {
  constructor(readonly why: CodedMessage, readonly offset: number) { super(why.message); }
}

const MAX_DEPTH = 512; // deeper nesting is reported rather than risking the call stack

class Scanner {
  at = 0;
  constructor(private readonly text: string) {}

  fail(why: CodedMessage, offset = this.at): never {
    throw new SyntaxFailure(why, offset);
  }

  space(): void {
    while (this.at < this.text.length && ' \t\n\r'.includes(this.text[this.at])) this.at++;
  }

  private expect(char: string, what: 'colon'): void {
    this.space();
    if (this.text[this.at] !== char) this.fail(coded('jsonExpected', what, this.found()));
    this.at++;
  }

  /** The character found, quoted; null at the end of the text. */
  private found(): string | null {
    return this.at >= this.text.length ? null : `'${this.text[this.at]}'`;
  }

  value(depth: number): void {
    if (depth > MAX_DEPTH) this.fail(coded('jsonTooDeep', MAX_DEPTH));
    this.space();
    const c = this.text[this.at];
    if (c === '{') return this.object(depth);
    if (c === '[') return this.array(depth);
    if (c === '"') return this.string();
    if (c === '-' || (c >= '0' && c <= '9')) return this.number();
    for (const word of ['true', 'false', 'null']) {
      if (this.text.startsWith(word, this.at)) { this.at += word.length; return; }
    }
    if (c === "'") this.fail(coded('jsonSingleQuotes'));
    this.fail(coded('jsonExpected', 'value', this.found()));
  }

  private object(depth: number): void {
    this.at++;
    this.space();
    if (this.text[this.at] === '}') { this.at++; return; }
    for (;;) {
      this.space();
      if (this.text[this.at] !== '"') {
        this.fail(this.text[this.at] === '}' ? coded('jsonTrailingComma', '}') : coded('jsonExpected', 'key', this.found()));
      }
      this.string();
      this.expect(':', 'colon');
      this.value(depth + 1);
      this.space();
      if (this.text[this.at] === ',') { this.at++; continue; }
      if (this.text[this.at] === '}') { this.at++; return; }
      this.fail(coded('jsonExpected', 'commaBrace', this.found()));
    }
  }

  private array(depth: number): void {
    this.at++;
    this.space();
    if (this.text[this.at] === ']') { this.at++; return; }
    for (;;) {
      this.space();
      if (this.text[this.at] === ']') this.fail(coded('jsonTrailingComma', ']'));
      this.value(depth + 1);
      this.space();
      if (this.text[this.at] === ',') { this.at++; continue; }
      if (this.text[this.at] === ']') { this.at++; return; }
      this.fail(coded('jsonExpected', 'commaBracket', this.found()));
    }
  }

  private string(): void {
    const start = this.at++;
    while (this.at < this.text.length) {
      const c = this.text[this.at];
      if (c === '"') { this.at++; return; }
      if (c < ' ') this.fail(coded('jsonControl'));
      if (c === '\\') {
        const e = this.text[this.at + 1];
        if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(this.text.slice(this.at + 2, this.at + 6))) { this.at += 6; continue; }
        if (e !== undefined && '"\\/bfnrt'.includes(e)) { this.at += 2; continue; }
        this.fail(coded('jsonEscape'));
      }
      this.at++;
    }
    this.fail(coded('jsonUnclosed'), start);
  }

  private number(): void {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(this.text.slice(this.at, this.at + 400));
    if (match === null) this.fail(coded('jsonNumber'));
    this.at += match[0].length;
  }
}
