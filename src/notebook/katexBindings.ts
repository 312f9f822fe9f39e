/**
 * Makes the symbols an author bound to a control (`\param{f.a}{a}`, rendered by KaTeX's `\htmlData`)
 * reachable: KaTeX hides its visual HTML from screen readers (aria-hidden; its MathML speaks the
 * equation), and a focusable element may not sit inside a hidden one. So in an equation with bound
 * symbols the hiding moves down: every part of the visual HTML is hidden except the bound symbols,
 * which become buttons named by their control. Works on KaTeX's own output (well-formed, no comments,
 * attribute values escaped), read as a tree of tags.
 */

interface El {
  open: string;
  tag: string;
  children: Node[];
  selfClosing: boolean;
}
type Node = El | string;

// KaTeX quotes HTML attributes with " and its SVG's with '.
const TAG = /<\/?([a-zA-Z][\w-]*)((?:\s+[\w:-]+(?:="[^"]*"|='[^']*')?)*)\s*(\/?)>/g;

/** Parses KaTeX's HTML into a forest of elements and text. */
function parse(html: string): Node[] {
  const root: El = { open: '', tag: '#root', children: [], selfClosing: false };
  const stack: El[] = [root];
  let last = 0;
  for (const m of html.matchAll(TAG)) {
    if (m.index > last) stack[stack.length - 1].children.push(html.slice(last, m.index));
    last = m.index + m[0].length;
    if (m[0].startsWith('</')) {
      if (stack.length > 1) stack.pop();
      continue;
    }
    const el: El = { open: m[0], tag: m[1], children: [], selfClosing: m[3] === '/' };
    stack[stack.length - 1].children.push(el);
    if (!el.selfClosing) stack.push(el);
  }
  if (last < html.length) root.children.push(html.slice(last));
  return root.children;
}

function serialize(nodes: Node[]): string {
  return nodes.map((n) => (typeof n === 'string' ? n : n.selfClosing ? n.open : `${n.open}${serialize(n.children)}</${n.tag}>`)).join('');
}

const attr = (el: El, name: string): string | null => new RegExp(`\\s${name}="([^"]*)"`).exec(el.open)?.[1] ?? null;
const setAttr = (el: El, name: string, value: string) => {
  el.open = el.open.replace(/\s*(\/?)>$/, ` ${name}="${value}"$1>`);
};
const removeAttr = (el: El, name: string) => {
  el.open = el.open.replace(new RegExp(`\\s${name}="[^"]*"`), '');
};
const isBound = (n: El): boolean => attr(n, 'data-param') !== null;
const holdsBound = (n: Node): boolean => typeof n !== 'string' && (isBound(n) || n.children.some(holdsBound));

/** Hides everything under `el` except the path to bound symbols, which become named buttons. */
function expose(el: El, name: (ref: string) => string): void {
  el.children = el.children.map((child) => {
    if (typeof child === 'string') return child.trim() ? { open: '<span aria-hidden="true">', tag: 'span', children: [child], selfClosing: false } : child;
    if (isBound(child)) {
      const ref = attr(child, 'data-param')!;
      setAttr(child, 'tabindex', '0');
      setAttr(child, 'role', 'button');
      setAttr(child, 'aria-label', escapeAttr(name(ref)));
      return child;
    }
    if (holdsBound(child)) {
      expose(child, name);
      return child;
    }
    if (attr(child, 'aria-hidden') === null) setAttr(child, 'aria-hidden', 'true');
    return child;
  });
}

function escapeAttr(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/"/g, '&quot;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/**
 * KaTeX output with its bound symbols (`data-param`) made focusable buttons named by `name(ref)`; the
 * rest of the visual HTML stays hidden from screen readers. Output without bound symbols is returned as is.
 */
export function exposeBoundSymbols(html: string, name: (ref: string) => string): string {
  if (!html.includes('data-param="')) return html;
  const forest = parse(html);
  const visit = (nodes: Node[]) => {
    for (const n of nodes) {
      if (typeof n === 'string') continue;
      if (/\bkatex-html\b/.test(attr(n, 'class') ?? '') && holdsBound(n)) {
        removeAttr(n, 'aria-hidden');
        expose(n, name);
      } else visit(n.children);
    }
  };
  visit(forest);
  return serialize(forest);
}
