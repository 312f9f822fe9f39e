/**
 * A coded kernel error through comlink, as between the page and its worker: the kernel table runs in
 * this process on one end of a MessageChannel (as in client.test.ts), the client on the other.
 */
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { expose, wrap, type Endpoint } from 'comlink';
import { MessageChannel } from 'node:worker_threads';
import { fail, shown } from '../compute/errors';
import { requireInteger } from '../compute/numerics/checks';
import { errorText, failureText, registerKernelErrors, type KernelError } from './errors';
import type * as ClientModule from './client';

// The worker's side registers the handler on its copy of comlink, as worker.ts does; the client
// (imported afresh for each test, with a comlink of its own) registers on its copy.
registerKernelErrors();

const kernels = {
  checked: (n: unknown) => requireInteger('n', n, 1, 100),
  unsegmentable: () => fail('unsegmentable', shown('abc'), 2, shown('bc'), false),
  plain: () => {
    throw new Error('a plain English error');
  },
};

class FakeWorker extends EventTarget {
  private readonly port: MessagePort;
  constructor() {
    super();
    const { port1, port2 } = new MessageChannel();
    expose(kernels, port2 as unknown as Endpoint);
    this.port = port1 as unknown as MessagePort;
    this.port.addEventListener('message', (e) => this.dispatchEvent(new MessageEvent('message', { data: (e as MessageEvent).data })));
    this.port.start();
    made.push(this);
  }
  postMessage(data: unknown, transfer?: Transferable[]) {
    this.port.postMessage(data, transfer ?? []);
  }
  terminate() {
    this.port.close();
  }
}
const made: FakeWorker[] = [];

let client: typeof ClientModule;
beforeEach(async () => {
  vi.stubGlobal('Worker', FakeWorker);
  vi.resetModules();
  client = await import('./client');
});
afterEach(() => {
  vi.unstubAllGlobals();
  for (const w of made.splice(0)) w.terminate();
});

describe('coded errors across the worker boundary', () => {
  test('a failed argument check arrives with its English message, its code and its arguments', async () => {
    const ch = new client.Channel() as unknown as { run(name: string, ...args: unknown[]): Promise<ClientModule.Outcome<unknown>> };
    const outcome = await ch.run('checked', 0);
    expect(outcome).toEqual({
      ok: false,
      error: 'n must be a positive integer ≤ 100, got 0',
      coded: { code: 'notInteger', args: ['n', { literal: '0' }, 1, 100] },
    });
    if (outcome === null || outcome.ok || !outcome.coded) throw new Error('expected a coded failure');
    expect(failureText(outcome.coded, 'zh')).toBe('n 必须是 ≤ 100 的正整数，收到的是 0');
  });

  test('the receiving side rebuilds a KernelError, which reads in either language', async () => {
    const { port1, port2 } = new MessageChannel();
    expose(kernels, port2 as unknown as Endpoint);
    const remote = wrap<typeof kernels>(port1 as unknown as Endpoint);
    const thrown = await Promise.resolve(remote.unsegmentable()).catch((e: unknown) => e);
    port1.close();
    // A KernelError (of the client's module copy: vitest shares comlink between the copies it loads).
    expect(thrown).toBeInstanceOf(Error);
    expect((thrown as KernelError).name).toBe('KernelError');
    expect((thrown as KernelError).code).toBe('unsegmentable');
    expect(errorText(thrown, 'en')).toBe(
      "text 'abc' has no segmentation into vocabulary pieces: no piece starts at character 2 ('bc'), the furthest any segmentation reaches",
    );
    expect(errorText(thrown, 'zh')).toBe("文本 'abc' 无法切分成词表中的词片：第 2 个字符（'bc'）处没有任何词片开头，任何切分最远只能到这里");
  });

  test('an uncoded error still arrives as its message alone', async () => {
    const ch = new client.Channel() as unknown as { run(name: string, ...args: unknown[]): Promise<ClientModule.Outcome<unknown>> };
    expect(await ch.run('plain')).toEqual({ ok: false, error: 'a plain English error' });
  });
});
