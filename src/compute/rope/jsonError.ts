// Where pasted JSON breaks. Engines word JSON.parse errors differently and Safari gives no position at
// all, so after JSON.parse fails this small RFC 8259 scanner finds the first offending character itself.

/** Offset, 1-based line and column, and a plain-words reason for the first JSON syntax error in `text`; null when `text` is valid JSON. */
export function locateJsonError(text: string): { offset: number; line: number; column: number; reason: string } | null {
  const scanner = new Scanner(text);
  let failure: { offset: number; reason: string } | null = null;
  try {
    scanner.value(0);
    scanner.space();
    if (scanner.at < text.length) scanner.fail('unexpected text after the end of the JSON value');
  } catch (error) {
    if (!(error instanceof SyntaxFailure)) throw error;
    failure = { offset: error.offset, reason: error.message };
  }
  if (failure === null) return null;
  const before = text.slice(0, failure.offset);
  const line = before.split('\n').length;
  const column = failure.offset - (before.lastIndexOf('\n') + 1) + 1;
  return { ...failure, line, column };
}

class SyntaxFailure extends Error {
  constructor(message: string, readonly offset: number) { super(message); }
}

const MAX_DEPTH = 512; // deeper nesting is reported rather than risking the call stack

class Scanner {
  at = 0;
  constructor(private readonly text: string) {}

  fail(reason: string, offset = this.at): never {
    throw new SyntaxFailure(reason, offset);
  }

  space(): void {
    while (this.at < this.text.length && ' \t\n\r'.includes(this.text[this.at])) this.at++;
  }

  private expect(char: string, what: string): void {
    this.space();
    if (this.text[this.at] !== char) this.fail(`expected ${what}, found ${this.found()}`);
    this.at++;
  }

  private found(): string {
    return this.at >= this.text.length ? 'the end of the text' : `'${this.text[this.at]}'`;
  }

  value(depth: number): void {
    if (depth > MAX_DEPTH) this.fail(`nesting deeper than ${MAX_DEPTH} levels`);
    this.space();
    const c = this.text[this.at];
    if (c === '{') return this.object(depth);
    if (c === '[') return this.array(depth);
    if (c === '"') return this.string();
    if (c === '-' || (c >= '0' && c <= '9')) return this.number();
    for (const word of ['true', 'false', 'null']) {
      if (this.text.startsWith(word, this.at)) { this.at += word.length; return; }
    }
    if (c === "'") this.fail("strings must use double quotes (\"), found '");
    this.fail(`expected a value, found ${this.found()}`);
  }

  private object(depth: number): void {
    this.at++;
    this.space();
    if (this.text[this.at] === '}') { this.at++; return; }
    for (;;) {
      this.space();
      if (this.text[this.at] !== '"') {
        this.fail(this.text[this.at] === '}' ? 'trailing comma before }' : `expected a double-quoted key, found ${this.found()}`);
      }
      this.string();
      this.expect(':', "':' after the key");
      this.value(depth + 1);
      this.space();
      if (this.text[this.at] === ',') { this.at++; continue; }
      if (this.text[this.at] === '}') { this.at++; return; }
      this.fail(`expected ',' or '}', found ${this.found()}`);
    }
  }

  private array(depth: number): void {
    this.at++;
    this.space();
    if (this.text[this.at] === ']') { this.at++; return; }
    for (;;) {
      this.space();
      if (this.text[this.at] === ']') this.fail('trailing comma before ]');
      this.value(depth + 1);
      this.space();
      if (this.text[this.at] === ',') { this.at++; continue; }
      if (this.text[this.at] === ']') { this.at++; return; }
      this.fail(`expected ',' or ']', found ${this.found()}`);
    }
  }

  private string(): void {
    const start = this.at++;
    while (this.at < this.text.length) {
      const c = this.text[this.at];
      if (c === '"') { this.at++; return; }
      if (c < ' ') this.fail('control character (such as a raw line break) inside a string');
      if (c === '\\') {
        const e = this.text[this.at + 1];
        if (e === 'u' && /^[0-9a-fA-F]{4}$/.test(this.text.slice(this.at + 2, this.at + 6))) { this.at += 6; continue; }
        if (e !== undefined && '"\\/bfnrt'.includes(e)) { this.at += 2; continue; }
        this.fail('invalid escape sequence in a string');
      }
      this.at++;
    }
    this.fail('string never closed', start);
  }

  private number(): void {
    const match = /^-?(0|[1-9]\d*)(\.\d+)?([eE][+-]?\d+)?/.exec(this.text.slice(this.at, this.at + 400));
    if (match === null) this.fail('malformed number');
    this.at += match[0].length;
  }
}
