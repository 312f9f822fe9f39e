import { describe, expect, test, vi } from 'vitest';
import { widgetCardsModule } from '../notebook/plugin';
import { widgetSpecs } from './specs';

/** The cards as the build writes them into `virtual:kexue/widgets`. */
const cards = () => JSON.parse(widgetCardsModule().replace(/^export const widgetCards = /, '').replace(/;$/, '')) as Record<string, unknown>;

vi.mock('virtual:kexue/widgets', () => ({ widgetCards: cards() }));

describe('the registry', () => {
  test('the build gives every widget a card of its spec’s title, notebook and footprint, and nothing more', () => {
    const expected = Object.fromEntries(Object.values(widgetSpecs).map(({ name, title, notebook, footprint }) => [name, { title, notebook, footprint }]));
    expect(cards()).toEqual(expected);
  });

  test('loads each widget’s own spec on demand, and refuses an unknown name', async () => {
    const { loadSpec } = await import('./registry');
    for (const [name, spec] of Object.entries(widgetSpecs)) expect(await loadSpec(name), name).toBe(spec);
    await expect(loadSpec('no-such-widget')).rejects.toThrow('unknown widget "no-such-widget"');
    await expect(loadSpec('toString')).rejects.toThrow('unknown widget');
  });
});
