/**
 * The few TeX constructs our widgets build at run time (e.g. the partitions builder's product
 * \frac{1}{(1-x)(1-x^{2})\cdots}), read into a MathML tree the browser typesets natively. This keeps
 * KaTeX's JavaScript out of the browser: derivations are typeset at build time, and live formulas use
 * this. Supported: letters, digits, + − = ( ) , . | ·, groups {…}, superscripts ^, \frac{a}{b},
 * \dots, \cdots, \ldots, \cdot, \times, \le, \ge. Anything else throws, so a widget cannot silently
 * show a half-read formula.
 */

export type MathNode =
  | { tag: 'mi' | 'mn' | 'mo'; text: string }
  | { tag: 'mrow'; children: MathNode[] }
  | { tag: 'mfrac' | 'msup'; children: [MathNode, MathNode] };

const SYMBOLS: Record<string, string> = {
  dots: '…', ldots: '…', cdots: '⋯', cdot: '⋅', times: '×', le: '≤', ge: '≥',
};
const OPERATORS = '+-=(),.|';

/** Parses `tex` (the subset above) into a MathML tree; throws naming the first thing it cannot read. */
export function mathTree(tex: string): MathNode {
  let i = 0;
  const fail = (what: string): never => {
    throw new Error(`cannot typeset ${what} at character ${i + 1} of "${tex}"`);
  };
  const skipSpace = () => {
    while (i < tex.length && /\s/.test(tex[i])) i++;
  };

  function group(): MathNode {
    skipSpace();
    if (tex[i] !== '{') return atom() ?? fail('a missing argument');
    i++;
    const row = sequence('}');
    if (tex[i] !== '}') fail('an unclosed {');
    i++;
    return row;
  }

  function atom(): MathNode | null {
    skipSpace();
    const c = tex[i];
    if (c === undefined || c === '}') return null;
    if (c === '{') return group();
    if (/\d/.test(c)) {
      const start = i;
      while (i < tex.length && /\d/.test(tex[i])) i++;
      return { tag: 'mn', text: tex.slice(start, i) };
    }
    if (/[a-zA-Z]/.test(c)) {
      i++;
      return { tag: 'mi', text: c };
    }
    if (OPERATORS.includes(c)) {
      i++;
      return { tag: 'mo', text: c === '-' ? '−' : c };
    }
    if (c === '\\') {
      const name = /^\\([a-zA-Z]+)/.exec(tex.slice(i))?.[1] ?? fail('a lone backslash');
      i += name.length + 1;
      if (name === 'frac') return { tag: 'mfrac', children: [group(), group()] };
      if (name in SYMBOLS) return { tag: 'mo', text: SYMBOLS[name] };
      return fail(`\\${name}`);
    }
    return fail(`'${c}'`);
  }

  function sequence(end: string | null): MathNode {
    const children: MathNode[] = [];
    for (;;) {
      skipSpace();
      if (i >= tex.length || tex[i] === end) break;
      if (tex[i] === '^') fail('a superscript with nothing before it');
      let node = atom() ?? fail('an unmatched }');
      skipSpace();
      if (tex[i] === '^') {
        i++;
        node = { tag: 'msup', children: [node, group()] };
      }
      children.push(node);
    }
    return children.length === 1 ? children[0] : { tag: 'mrow', children };
  }

  return sequence(null);
}

const MATHML = 'http://www.w3.org/1998/Math/MathML';

/** A `<math>` element for the tree, built from nodes and text (never from markup). */
export function mathElement(tree: MathNode, display: boolean, doc: Document = document): Element {
  const build = (node: MathNode): Element => {
    const el = doc.createElementNS(MATHML, node.tag);
    if ('text' in node) el.textContent = node.text;
    else for (const child of node.children) el.append(build(child));
    return el;
  };
  const math = doc.createElementNS(MATHML, 'math');
  if (display) math.setAttribute('display', 'block');
  math.append(build(tree));
  return math;
}
