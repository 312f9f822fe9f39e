/**
 * A figure and its readouts answer one input. The worker's answers are held back here (the page's
 * Worker is wrapped before the app loads), so a control can move ahead of the result on screen: the
 * readouts must still describe that result's input, never the control's newer value.
 */
import { expect, test, type Page } from '@playwright/test';
import { query, setNumber, waitForPlot, widget } from './helpers';

type Hold = { on: boolean; queue: (() => void)[] };

/** Wraps the page's Worker so that its messages to the page can be held back and released. */
async function holdableWorkers(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const hold: Hold = { on: false, queue: [] };
    (window as unknown as { __hold: Hold }).__hold = hold;
    const gatedOf = new WeakMap<object, EventListener>();
    const Native = window.Worker;
    window.Worker = class extends Native {
      addEventListener(type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | AddEventListenerOptions): void {
        if (listener === null) return;
        if (type !== 'message' || typeof listener !== 'function') return super.addEventListener(type, listener, options);
        const gated: EventListener = (event) => {
          if (hold.on) hold.queue.push(() => listener.call(this, event));
          else listener.call(this, event);
        };
        gatedOf.set(listener, gated);
        super.addEventListener(type, gated, options);
      }
      removeEventListener(type: string, listener: EventListenerOrEventListenerObject | null, options?: boolean | EventListenerOptions): void {
        if (listener === null) return;
        super.removeEventListener(type, gatedOf.get(listener) ?? listener, options);
      }
    };
  });
}

const holdAnswers = (page: Page) => page.evaluate(() => void ((window as unknown as { __hold: Hold }).__hold.on = true));
const releaseAnswers = (page: Page) =>
  page.evaluate(() => {
    const hold = (window as unknown as { __hold: Hold }).__hold;
    hold.on = false;
    for (const deliver of hold.queue.splice(0)) deliver();
  });

test('rope-digits: the readout names the position its digits are of, not the one just typed', async ({ page }) => {
  await holdableWorkers(page);
  await page.goto('./?embed=rope-digits');
  const w = widget(page, 'rope-digits');
  await waitForPlot(w);
  const numeral = await w.getByTestId('numeral').textContent();
  await expect(w.getByText(/n = 2023 written in base β/)).toBeVisible();

  await holdAnswers(page);
  await setNumber(w, 'Position n', '4096');
  await expect.poll(() => query(page).get('position')).toBe('4096');
  // The digits on screen are still those of 2023, and the sentence says so.
  await expect(w.getByTestId('numeral')).toHaveText(numeral!);
  await expect(w.getByText(/n = 2023 written in base β/)).toBeVisible();

  await releaseAnswers(page);
  await expect(w.getByText(/n = 4096 written in base β/)).toBeVisible();
  await expect(w.getByTestId('numeral')).not.toHaveText(numeral!);
});
