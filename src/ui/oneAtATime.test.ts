import { expect, test } from 'vitest';
import { oneAtATime } from './oneAtATime';

test('one request in flight; inputs meanwhile collapse into the newest', async () => {
  const sent: number[] = [];
  const releases: (() => void)[] = [];
  const request = oneAtATime((n: number) => {
    sent.push(n);
    return new Promise<void>((resolve) => releases.push(resolve));
  });
  request(1);
  request(2);
  request(3);
  expect(sent).toEqual([1]);
  releases.shift()!();
  await Promise.resolve();
  await Promise.resolve();
  expect(sent).toEqual([1, 3]);
  releases.shift()!();
  await new Promise((r) => setTimeout(r));
  request(4);
  expect(sent).toEqual([1, 3, 4]);
});
