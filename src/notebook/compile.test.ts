import { readFileSync, readdirSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, test } from 'vitest';
import { widgetSpecs } from '../widgets/specs';
import { compileNotebook } from './compile';
import { messages, type NotebookError } from './errors';
import { expectFailureAt } from './expectFailure';

const fixtures = resolve(import.meta.dirname, 'fixtures');
const compile = (name: string) =>
  compileNotebook(readFileSync(resolve(fixtures, name), 'utf8'), { file: name, slug: 'fixture', specs: widgetSpecs });

describe('a valid notebook', () => {
  const page = compile('ok/basic.md');

  test('compiles to the page snapshot (regenerate on purpose with vitest -u)', async () => {
    await expect(JSON.stringify(page, null, 2)).toMatchFileSnapshot(resolve(fixtures, 'ok/basic.json'));
  });

  test('prose comes in one stretch per section, each with its estimated height', () => {
    const prose = page.segments.flatMap((s) => (s.kind === 'html' ? [s] : []));
    // Every stretch but a page's first starts at a section heading (h2) or right after a widget.
    const starts = page.segments.map((s, i) => (s.kind === 'html' && i > 0 && page.segments[i - 1].kind === 'html' ? s.html.slice(0, 3) : null));
    expect(starts.filter((s) => s !== null).every((s) => s === '<h2')).toBe(true);
    expect(prose.some((s) => s.html.startsWith('<h2 id="first-section"'))).toBe(true);
    for (const s of prose) expect(s.size.narrow).toBeGreaterThanOrEqual(s.size.wide);
  });

  test('numbers labelled equations in order and links forward references', () => {
    const html = page.segments.filter((s) => s.kind === 'html').map((s) => s.html).join('');
    expect(html).toContain('id="eq-first"');
    expect(html).toContain('<a class="eqref" href="#eq-first">(1)</a>');
    expect(html).toContain('<a class="eqref" href="#eq-second">(2)</a>');
    // MathML rides along for screen readers; the dollar prices stay text.
    expect(html).toContain('<math');
    expect(html).toContain('a price of $5 or $ 6.');
  });

  test('turns widget blocks into slots with validated parameters and unique ids', () => {
    const slots = page.segments.flatMap((s) => (s.kind === 'widget' ? [s.slot] : []));
    expect(slots).toEqual([
      { id: 'rope-digits', widget: 'rope-digits', params: { base: 500000, position: 12 }, line: 19 },
      { id: 'again', widget: 'rope-digits', params: {}, line: 28 },
    ]);
  });

  test('builds the table of contents from h2 and h3 with anchors', () => {
    expect(page.toc).toEqual([
      { level: 2, id: 'first-section', text: 'First section' },
      { level: 3, id: 'sub-section', text: 'Sub section' },
    ]);
    expect(page.meta).toMatchObject({ title: 'T', summary: 'S', order: 100, original: { title: '标题', date: '2023-01-01' } });
  });
});

// One failing fixture per message: file name = message key; expected line and text.
/** Messages about a translation against its English file: pairing.test.ts and buildOutput.test.ts. */
type PairingKey = Extract<keyof typeof messages, `pair${string}` | 'noTranslation' | 'noEnglish'>;
const isPairingKey = (key: string) => /^pair|^noTranslation$|^noEnglish$/.test(key);
const failures: Record<Exclude<keyof typeof messages, PairingKey>, [number, RegExp]> = {
  noFrontMatter: [1, /must start with a front matter block/],
  unclosedFrontMatter: [1, /not closed/],
  badYaml: [2, /front matter is not valid YAML/],
  frontMatterNotMap: [2, /"key: value" lines/],
  missingKey: [2, /front matter needs "summary"/],
  unknownKey: [4, /unknown front matter key "author"/],
  badKey: [7, /"original.date" must be a date YYYY-MM-DD/],
  tex: [11, /TeX error: .*/],
  unclosedMath: [11, /never closed/],
  duplicateLabel: [11, /label "x" is used twice/],
  unknownLabel: [9, /\\eqref\{nowhere\} names no \\label/],
  unknownWidget: [9, /unknown widget "no-such-widget" \(known: rope-digits/],
  widgetNoName: [9, /needs a name/],
  badWidgetId: [9, /widget id "#Bad_Id"/],
  duplicateWidgetId: [12, /two widgets share the id "rope-digits"/],
  widgetParamsNotMap: [10, /"parameter: value" lines/],
  badParam: [12, /parameter "dim": Head dimension d: 127 is not a multiple of 2 from 2$/],
  formulaUnknownKey: [13, /unknown key "colour" in the plot block \(known: title, description, params, x, y, curves/],
  formulaMissingKey: [11, /the plot block needs "curves"/],
  formulaBadValue: [11, /"x.points" must be a whole number from 2 to 20000/],
  badParamName: [12, /"sin" cannot name a parameter/],
  emptyRange: [12, /the range of parameter a is empty: 4 … 0.5/],
  formulaAtDefaults: [10, /cannot be computed at its starting values: the range of x is empty: from 0 to 0/],
  formulaSyntax: [13, /curves.0.y: formula syntax error: Parenthesis \) expected/],
  emptyFormula: [13, /curves.0.y: the formula is empty/],
  unknownSymbol: [15, /curves.0.y: unknown symbol "z" \(known here: a, t/],
  unknownFunction: [13, /unknown function "import"/],
  badArity: [13, /atan2\(\) takes 2 arguments, not 1/],
  propertyAccess: [13, /property access/],
  assignmentInFormula: [13, /assignment \("="\) is not allowed/],
  functionDefinition: [13, /defining a function/],
  notAllowed: [13, /text in quotes is not allowed in a formula/],
  badIndex: [12, /recurrence: a\[…\] reads an earlier term/],
  notExact: [12, /term: sqrt\(\) has no exact integer meaning/],
  unknownBinding: [10, /rope-digits.radix: widget "rope-digits" has no parameter "radix" \(its parameters: base, dim/],
  rawHtml: [10, /\\href is not allowed in TeX here/],
  badLiveValue: [10, /\{=rope-digits base\} is not a live value/],
};

describe('every compiler message has a failing fixture', () => {
  test('the fixture folder holds exactly one file per message', () => {
    expect(readdirSync(resolve(fixtures, 'errors')).sort()).toEqual(Object.keys(messages).filter((k) => !isPairingKey(k)).map((k) => `${k}.md`).sort());
  });
  for (const [key, [line, pattern]] of Object.entries(failures)) {
    test(`${key} fails at file:${line}`, () => {
      const file = `errors/${key}.md`;
      expectFailureAt(() => compile(file), file, line, pattern);
    });
  }
});

describe('a TeX error in display math is placed at its own line and column', () => {
  const header = readFileSync(resolve(fixtures, 'errors/tex.md'), 'utf8').split('\n').slice(0, 8).join('\n');
  const place = (body: string): [number, number, string] => {
    try {
      compileNotebook(`${header}\n${body}`, { file: 'inline.md', slug: 'inline', specs: widgetSpecs });
    } catch (e) {
      const err = e as NotebookError;
      return [err.line, err.column, err.detail];
    }
    return [0, 0, 'compiled'];
  };

  test('on a line below the $$ line, at the command', () => {
    // Line 9 is the first after the front matter.
    expect(place('Text.\n\n$$\n  x = 1 \\\\\n  y = \\foo + 1\n$$\n')).toEqual([13, 7, expect.stringMatching(/TeX error: .*\\foo/)]);
  });
  test('on the $$ line itself, and after a label on the line before', () => {
    expect(place('$$ a + \\foo $$\n')).toEqual([9, 8, expect.stringMatching(/\\foo/)]);
    expect(place('$$\nx = 1 \\label{one} \\\\\n\\qquad \\foo\n$$\n')).toEqual([11, 8, expect.stringMatching(/\\foo/)]);
  });
});

describe('the shipped notebooks and pages compile', () => {
  const root = resolve(import.meta.dirname, '../..');
  const files = readdirSync(resolve(root, 'notebooks')).filter((f) => f.endsWith('.md') && !f.endsWith('.zh.md'));
  test('there is at least one notebook', () => expect(files.length).toBeGreaterThan(0));
  for (const f of files) {
    test(f, () => {
      const page = compileNotebook(readFileSync(resolve(root, 'notebooks', f), 'utf8'), { file: f, slug: f.slice(0, -3), specs: widgetSpecs });
      expect(page.meta.original?.url).toMatch(/^https:\/\/kexue\.fm\//);
      expect(page.segments.some((s) => s.kind === 'widget')).toBe(true);
    });
  }
  test('author guide', () => {
    const page = compileNotebook(readFileSync(resolve(root, 'src/app/pages/guide.md'), 'utf8'), {
      file: 'guide.md', slug: 'guide', specs: widgetSpecs, requireOriginal: false,
    });
    expect(page.toc.length).toBeGreaterThan(2);
  });
});

describe('line breaks inside a paragraph', () => {
  const header = readFileSync(resolve(fixtures, 'ok/basic.md'), 'utf8').split('\n').slice(0, 8).join('\n');
  const html = (body: string) =>
    compileNotebook(`${header}\n${body}`, { file: 'lines.md', slug: 'lines', specs: widgetSpecs, lang: 'zh' })
      .segments.map((s) => (s.kind === 'html' ? s.html : ''))
      .join('');
  test('join two Chinese lines without a space, and keep the space between Latin words', () => {
    expect(html('第一行的结尾\n第二行的开头。')).toContain('<p>第一行的结尾第二行的开头。</p>');
    expect(html('句号。\n下一句')).toContain('<p>句号。下一句</p>');
    expect(html('the end\nof a line')).toContain('<p>the end\nof a line</p>');
    expect(html('中文\nEnglish')).toContain('<p>中文\nEnglish</p>');
  });
});

describe('punctuation after inline math', () => {
  const header = readFileSync(resolve(fixtures, 'ok/basic.md'), 'utf8').split('\n').slice(0, 8).join('\n');
  const html = (body: string) =>
    compileNotebook(`${header}\n${body}`, { file: 'p.md', slug: 'p', specs: widgetSpecs, lang: 'zh' })
      .segments.map((s) => (s.kind === 'html' ? s.html : ''))
      .join('');
  test('stays on the formula\'s line; other text is untouched', () => {
    const out = html('指数 $\\alpha$。实测');
    expect(out).toMatch(/<span class="math-punct"><span class="katex">.*<\/span>。<\/span>实测/);
    expect(html('$x$ and more')).not.toContain('math-punct');
    expect(html('value $x$, then')).toMatch(/<span class="math-punct">.*<\/span>,<\/span> then/);
  });
});

describe('emphasis', () => {
  const header = readFileSync(resolve(fixtures, 'ok/basic.md'), 'utf8').split('\n').slice(0, 8).join('\n');
  const html = (body: string) =>
    compileNotebook(`${header}\n${body}`, { file: 'e.md', slug: 'e', specs: widgetSpecs, lang: 'zh' })
      .segments.map((s) => (s.kind === 'html' ? s.html : ''))
      .join('');
  test('holding no Chinese is marked Latin (italics, not dots)', () => {
    expect(html('见 *Attention Is All You Need*。')).toContain('<em class="latin">Attention Is All You Need</em>');
    expect(html('这是*重点*。')).toContain('<em>重点</em>');
  });
});

describe("a bound symbol's accessible name", () => {
  const header = readFileSync(resolve(fixtures, 'ok/basic.md'), 'utf8').split('\n').slice(0, 8).join('\n');
  const html = (lang: 'en' | 'zh') =>
    compileNotebook(`${header}\n$\\param{rope-digits.base}{b}$\n\n\`\`\`widget rope-digits\n\`\`\`\n`, { file: 'b.md', slug: 'b', specs: widgetSpecs, lang })
      .segments.map((s) => (s.kind === 'html' ? s.html : ''))
      .join('');
  test("names the control and its widget in the page's language", () => {
    expect(html('en')).toContain('aria-label="Base b (Positions as base-β digits); Enter goes to its control"');
    expect(html('zh')).toContain('aria-label="底数 b（位置的 β 进制数位）；按 Enter 跳到它的控件"');
  });
});
