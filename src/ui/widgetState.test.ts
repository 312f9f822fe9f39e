/** WidgetState: spec defaults, then the notebook block, then the address; every change parsed by the spec. */
import { afterEach, describe, expect, test, vi } from 'vitest';
import { defineWidget } from '../core/params';

const route = vi.hoisted(() => ({
  location$: { query: new URLSearchParams() },
  writeWidgetQuery: vi.fn(),
  // The page's language travels with every link it hands out; here the page is read in Chinese.
  withLang: (url: URL) => (url.searchParams.set('lang', 'zh'), url),
}));
vi.mock('../core/route.svelte', () => route);
const { WidgetState } = await import('./widgetState.svelte');

const spec = defineWidget({
  name: 'demo',
  title: 'Demo',
  description: 'A widget for tests.',
  notebook: 'demo-notebook',
  height: 100,
  footprint: { wide: 200, narrow: 300 },
  params: {
    n: { kind: 'integer', label: 'Count n', min: 1, max: 100, default: 10 },
    mode: { kind: 'choice', label: 'Mode', options: [{ value: 'a', label: 'A' }, { value: 'b', label: 'B' }], default: 'a' },
  },
  renamed: { count: 'n' },
});

const at = (search: string) => (route.location$.query = new URLSearchParams(search));

describe('WidgetState', () => {
  afterEach(() => {
    at('');
    vi.unstubAllGlobals();
  });

  test('the address overrides the notebook block, which overrides the defaults', () => {
    at('?notebook=x&w.mode=b');
    const w = new WidgetState(spec, { prefix: 'w', params: { n: 20 } });
    expect({ ...w.values }).toEqual({ n: 20, mode: 'b' });
    // The address records only what differs from the notebook's values.
    expect(w.entries()).toEqual([['w.mode', 'b']]);
  });

  test('junk and out-of-range values in the address leave a note by the control', () => {
    at('?w.n=500&w.mode=zzz');
    const w = new WidgetState(spec, { prefix: 'w' });
    expect({ ...w.values }).toEqual({ n: 100, mode: 'a' });
    expect(w.notes.n).toMatch(/500 is outside 1…100; using 100/);
    expect(w.notes.mode).toBeTruthy();
  });

  test('a former parameter name in an old link still opens the same state', () => {
    at('?w.count=42');
    expect(new WidgetState(spec, { prefix: 'w' }).values.n).toBe(42);
  });

  test('set() parses by the spec: clamps with a note, and a good value clears it', () => {
    const w = new WidgetState(spec, { prefix: 'w' });
    w.set('n', '1000');
    expect(w.values.n).toBe(100);
    expect(w.notes.n).toMatch(/outside/);
    w.set('n', '7');
    expect(w.values.n).toBe(7);
    expect(w.notes.n).toBeUndefined();
  });

  test('reload() re-reads the address after back/forward', () => {
    const w = new WidgetState(spec, { prefix: 'w' });
    at('?w.n=3');
    w.reload();
    expect(w.values.n).toBe(3);
  });

  test('the embed link spells out every value that differs from the defaults and the language, without the prefix', () => {
    vi.stubGlobal('location', { href: 'https://example.org/kexue/?notebook=demo-notebook&w.n=5#eq-1' });
    at('?w.n=5');
    const w = new WidgetState(spec, { prefix: 'w', params: { n: 5 } });
    expect(w.embedUrl()).toBe('https://example.org/kexue/?embed=demo&n=5&lang=zh');
  });
});
