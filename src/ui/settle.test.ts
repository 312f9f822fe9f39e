import { afterEach, describe, expect, it, vi } from 'vitest';
import { settleAfter } from './settle';

afterEach(() => vi.useRealTimers());

describe('settleAfter', () => {
  it('starts the opening state at once and later ones after the quiet time, cancelled by a newer input', async () => {
    vi.useFakeTimers();
    const schedule = settleAfter(250);
    const started: string[] = [];
    schedule(() => started.push('opening'));
    await Promise.resolve();
    expect(started).toEqual(['opening']);
    const cancel = schedule(() => started.push('moved'));
    vi.advanceTimersByTime(100);
    cancel(); // the effect re-ran: a newer input
    schedule(() => started.push('settled'));
    vi.advanceTimersByTime(249);
    expect(started).toEqual(['opening']);
    vi.advanceTimersByTime(1);
    expect(started).toEqual(['opening', 'settled']);
  });

  it('an opening start cancelled before its microtask does not run', async () => {
    const schedule = settleAfter(250);
    let ran = false;
    schedule(() => (ran = true))();
    await Promise.resolve();
    expect(ran).toBe(false);
  });
});
