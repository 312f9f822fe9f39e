/** Computation: a widget's request, its last good result and the input that result answers. */
import { beforeEach, describe, expect, test, vi } from 'vitest';

vi.mock('../core/inputClock', () => {
  const clock = { at: 0, busy: new Set<object>() };
  return { lastInputAt: () => 0, resultClock: () => clock, findResultClock: () => clock };
});
vi.mock('../core/nearViewport', () => ({ whenNearViewport: () => Promise.resolve() }));
vi.mock('../worker/client', () => ({ Channel: class { cancel() {} dispose() {} } }));

const { Computation, staleNote } = await import('./computation.svelte');
type Outcome = { ok: true; value: string; ms: number } | { ok: false; error: string } | null;

/** A request whose outcome the test decides, and whose progress callback it can call. */
function deferred() {
  let settle!: (o: Outcome) => void;
  let progress!: (f: number) => void;
  const request = (_: unknown, onProgress: (f: number) => void) => {
    progress = onProgress;
    return new Promise<Outcome>((r) => (settle = r));
  };
  return { request, settle: (o: Outcome) => settle(o), progress: (f: number) => progress(f) };
}

describe('Computation', () => {
  let c: InstanceType<typeof Computation<string, { n: number }>>;
  beforeEach(() => {
    c = new Computation<string, { n: number }>();
  });

  test('a result and the input it answers are set in the same step', async () => {
    const a = deferred();
    const run = c.run(a.request as never, { input: { n: 1 } });
    await Promise.resolve();
    expect(c.status.busy).toBe(true);
    expect(c.result).toBeNull();
    a.settle({ ok: true, value: 'one', ms: 3 });
    await run;
    expect([c.result, c.input]).toEqual(['one', { n: 1 }]);
    expect(c.status).toMatchObject({ busy: false, error: '', ms: 3, progress: null });
  });

  test('a superseded request changes nothing: the newer one owns result and status', async () => {
    const older = deferred(), newer = deferred();
    const first = c.run(older.request as never, { input: { n: 1 } });
    const second = c.run(newer.request as never, { input: { n: 2 } });
    await Promise.resolve();
    newer.settle({ ok: true, value: 'two', ms: 1 });
    await second;
    older.settle(null); // the channel drops a superseded answer as null
    await first;
    expect([c.result, c.input]).toEqual(['two', { n: 2 }]);
  });

  test('an older input’s answer that arrives while the newest waits is drawn, and the status stays busy', async () => {
    const older = deferred(), newer = deferred();
    const first = c.run(older.request as never, { input: { n: 1 } });
    const second = c.run(newer.request as never, { input: { n: 2 } });
    await Promise.resolve();
    older.settle({ ok: true, value: 'one', ms: 1, superseded: true } as never);
    await first;
    expect([c.result, c.input]).toEqual(['one', { n: 1 }]);
    expect(c.status.busy).toBe(true);
    newer.settle({ ok: true, value: 'two', ms: 1 });
    await second;
    expect([c.result, c.input]).toEqual(['two', { n: 2 }]);
    expect(c.status.busy).toBe(false);
  });

  test('an error keeps the last good result and its input, and marks it outdated', async () => {
    const a = deferred(), b = deferred();
    const ok = c.run(a.request as never, { input: { n: 1 } });
    await Promise.resolve();
    a.settle({ ok: true, value: 'one', ms: 1 });
    await ok;
    const bad = c.run(b.request as never, { input: { n: 2 } });
    await Promise.resolve();
    b.settle({ ok: false, error: 'n must be a positive integer, got -1' });
    await bad;
    expect([c.result, c.input]).toEqual(['one', { n: 1 }]);
    expect(c.status.error).toBe('n must be a positive integer, got -1');
    expect(c.outdated).toBe(true);
    expect(staleNote(c.outdated, c.status.error)).toMatch(/^Not redrawn: the figure and numbers below still show the previous settings/);
  });

  test('a long job is outdated while it runs; a progress report after its result is ignored', async () => {
    const a = deferred(), job = deferred();
    const first = c.run(a.request as never, { input: { n: 1 } });
    await Promise.resolve();
    a.settle({ ok: true, value: 'one', ms: 1 });
    await first;
    const long = c.run(job.request as never, { job: true, input: { n: 2 } });
    await Promise.resolve();
    job.progress(0.5);
    expect(c.status.progress).toBe(0.5);
    expect(c.outdated).toBe(true);
    job.settle({ ok: true, value: 'two', ms: 9 });
    await long;
    job.progress(0.9);
    expect(c.status.progress).toBeNull();
    expect(c.outdated).toBe(false);
  });

  test('fail() reports an input problem found before any request', () => {
    c.fail('the CSV has no header row');
    expect(c.status).toMatchObject({ busy: false, error: 'the CSV has no header row' });
  });
});
