import { describe, expect, it } from 'vitest';
import { FIRST_STRETCH, headEnd, stretchEnd } from './proseStretches';

const html = (chars: number) => ({ kind: 'html' as const, html: 'x'.repeat(chars) });
const widget = { kind: 'widget' as const };

describe('stretches', () => {
  it('a stretch holds at least its characters of HTML, widgets riding along', () => {
    const segments = [html(10), widget, html(10), html(10)];
    expect(stretchEnd(segments, 0, 15)).toBe(3);
    expect(stretchEnd(segments, 0, 5)).toBe(1);
    expect(stretchEnd(segments, 3, 100)).toBe(4);
    expect(stretchEnd(segments, 4, 100)).toBe(4);
  });

  it("a notebook's first chunk is its first stretch, extended to its first widget", () => {
    expect(headEnd([html(FIRST_STRETCH), widget, html(10)])).toBe(2); // the widget right after the stretch
    expect(headEnd([html(FIRST_STRETCH), html(10), html(10), widget, html(10)])).toBe(4);
    expect(headEnd([html(10), widget, html(FIRST_STRETCH), html(10), widget])).toBe(3);
    expect(headEnd([html(FIRST_STRETCH), html(10)])).toBe(1); // no widget: the first stretch alone
    expect(headEnd([html(10)])).toBe(1);
  });
});
