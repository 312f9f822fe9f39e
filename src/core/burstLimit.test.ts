import { expect, test } from 'vitest';
import { BurstLimit } from './burstLimit';

test('writes land at once until the burst is spent, then wait for the oldest to leave the window', () => {
  const limit = new BurstLimit(3, 1000);
  for (const t of [0, 10, 20]) {
    expect(limit.delay(t)).toBe(0);
    limit.record(t);
  }
  expect(limit.delay(30)).toBe(970);
  expect(limit.delay(999)).toBe(1);
  expect(limit.delay(1000)).toBe(0);
  limit.record(1000);
  // 10 and 20 are still in the window: the fourth write after them waits for 10 to leave.
  expect(limit.delay(1005)).toBe(5);
});

test('a drag of 60 inputs a second writes a bounded number of times', () => {
  const limit = new BurstLimit(4, 1000);
  let writes = 0;
  let next = 0;
  for (let t = 0; t < 10_000; t += 1000 / 60) {
    if (t < next) continue;
    const wait = limit.delay(t);
    if (wait > 0) {
      next = t + wait;
      continue;
    }
    limit.record(t);
    writes++;
  }
  expect(writes).toBeGreaterThanOrEqual(36);
  expect(writes).toBeLessThanOrEqual(44);
});

test('a change after a quiet spell lands at once', () => {
  const limit = new BurstLimit(2, 500);
  limit.record(0);
  limit.record(100);
  expect(limit.delay(200)).toBe(300);
  expect(limit.delay(700)).toBe(0);
});
