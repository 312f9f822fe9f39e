import { expect, test } from '@playwright/test';
import { expectAccessible, query, setNumber, waitForPlot, widget } from './helpers';
import { FOOTPRINT_WIDTHS } from '../src/core/params';
import { widgetSpecs } from '../src/widgets/specs';

test('index → notebook: cards, original article, contents and typeset math', async ({ page }) => {
  await page.goto('./');
  const card = page.getByRole('link', { name: 'RoPE is a β-base encoding' });
  await expect(card).toBeVisible();
  await card.click();
  await expect(page).toHaveURL(/\?notebook=rope-beta-base/);
  await expect(page.getByRole('heading', { level: 1, name: 'RoPE is a β-base encoding' })).toBeVisible();
  const original = page.getByRole('link', { name: /RoPE是一种β进制编码/ }).first();
  await expect(original).toHaveAttribute('href', 'https://kexue.fm/archives/9675');
  await expect(page.getByRole('navigation', { name: 'Contents' }).getByRole('link').first()).toBeVisible();
  // Math arrives as HTML with MathML for screen readers, typeset at build time.
  expect(await page.locator('.katex .katex-mathml math').count()).toBeGreaterThan(10);
  const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name).filter((n) => n.endsWith('.js')));
  expect(scripts.filter((s) => /katex/i.test(s))).toEqual([]);
  expect(await page.evaluate(() => 'katex' in window)).toBe(false);
});

for (const lang of ['en', 'zh']) {
  test(`a notebook shows once its math fonts are in: the prose does not shift when they arrive (${lang})`, async ({ page }) => {
    await page.addInitScript(() => {
      const w = window as unknown as { shifts: number[] };
      w.shifts = [];
      new PerformanceObserver((list) => {
        for (const e of list.getEntries() as (PerformanceEntry & { value: number; hadRecentInput: boolean })[]) if (!e.hadRecentInput) w.shifts.push(e.value);
      }).observe({ type: 'layout-shift', buffered: true });
    });
    await page.goto(`./?notebook=rope-beta-base&lang=${lang}`);
    await expect(page.locator('article .katex').first()).toBeVisible();
    // By the time any math shows, its fonts are loaded: no later swap can reflow the paragraphs.
    expect(await page.evaluate(() => ['1em KaTeX_Main', 'italic 1em KaTeX_Math'].every((f) => document.fonts.check(f)))).toBe(true);
    await page.evaluate(() => document.fonts.ready);
    // Fonts reflowed the prose by 0.13 on a 1280 × 800 screen before they were waited for.
    const total = await page.evaluate(() => (window as unknown as { shifts: number[] }).shifts.reduce((a, b) => a + b, 0));
    expect(total).toBeLessThan(0.02);
  });
}

test('equation references jump to their equation', async ({ page }) => {
  await page.goto('./?notebook=rope-beta-base');
  const ref = page.locator('a.eqref').first();
  const target = (await ref.getAttribute('href'))!;
  await ref.click();
  await expect(page).toHaveURL(new RegExp(`${target}$`));
  await expect(page.locator(target)).toBeInViewport();
});

test('the index loads no plotting code', async ({ page }) => {
  await page.goto('./');
  await expect(page.getByRole('link', { name: 'RoPE is a β-base encoding' })).toBeVisible();
  // Everything the page fetches by itself has arrived once the network has been quiet for 500 ms.
  await page.waitForLoadState('networkidle');
  const scripts = await page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name));
  expect(scripts.filter((s) => /plotly/i.test(s))).toEqual([]);
});

test('widget input goes to the URL and a reload restores it; back leaves the notebook', async ({ page }) => {
  await page.goto('./');
  await page.getByRole('link', { name: 'RoPE is a β-base encoding' }).click();
  const w = widget(page, 'rope-digits');
  await waitForPlot(w);
  await setNumber(w, 'Position n', '4096');
  await expect.poll(() => query(page).get('rope-digits.position')).toBe('4096');
  await w.getByLabel('Show').selectOption('angles');
  await expect.poll(() => query(page).get('rope-digits.view')).toBe('angles');
  await page.reload();
  const again = widget(page, 'rope-digits');
  await expect(again.getByRole('textbox', { name: 'Position n' })).toHaveValue('4096');
  await expect(again.getByLabel('Show')).toHaveValue('angles');
  await expect(again).toBeInViewport(); // the reader is back where they were
  await page.goBack();
  await expect(page.getByRole('heading', { level: 1, name: 'Kexue Notebook' })).toBeVisible();
});

test('a change is in the address at once: a reload straight after it keeps it', async ({ page }) => {
  await page.goto('./?notebook=rope-beta-base');
  const w = widget(page, 'rope-digits');
  await waitForPlot(w);
  // Two changes in quick succession, then a reload with no wait: both are kept.
  await w.getByLabel('Show').selectOption('angles');
  await setNumber(w, 'Position n', '4096');
  expect(query(page).get('rope-digits.view')).toBe('angles');
  expect(query(page).get('rope-digits.position')).toBe('4096');
  await page.reload();
  const again = widget(page, 'rope-digits');
  await expect(again.getByRole('textbox', { name: 'Position n' })).toHaveValue('4096');
  await expect(again.getByLabel('Show')).toHaveValue('angles');
  // A drag (many inputs in a row) spaces its writes out, and its last value still lands.
  const slider = again.getByRole('slider', { name: 'Position n' });
  await slider.focus();
  for (let i = 0; i < 30; i++) await page.keyboard.press('ArrowRight');
  const last = await again.getByRole('textbox', { name: 'Position n' }).inputValue();
  expect(Number(last)).toBeGreaterThan(4096);
  await expect.poll(() => query(page).get('rope-digits.position'), { timeout: 3000 }).toBe(last);
});

test('an embed keeps the page keys of its address (plot=plain, lang) while it writes its state', async ({ page }) => {
  await page.goto('./?embed=rope-digits&plot=plain&lang=en');
  const w = page.locator('[data-widget=rope-digits]').first();
  await waitForPlot(w);
  await setNumber(w, 'Position n', '4096');
  await expect.poll(() => query(page).get('position')).toBe('4096');
  expect([query(page).get('plot'), query(page).get('lang'), query(page).get('embed')]).toEqual(['plain', 'en', 'rope-digits']);
});

test('junk and out-of-range URL values fall back or clamp, with a note by the control', async ({ page }) => {
  await page.goto('./?notebook=rope-beta-base&rope-digits.position=banana&rope-digits.dim=9999&rope-digits.view=<b>x</b>');
  const w = widget(page, 'rope-digits');
  await waitForPlot(w);
  await expect(w.getByRole('textbox', { name: 'Head dimension d' })).toHaveValue('256');
  await expect(w.getByText('Head dimension d: 9999 is outside 2…256; using 256')).toBeVisible();
  await expect(w.getByText(/Position n: "banana" is not a number; using the default 2023/)).toBeVisible();
  await expect(w.getByLabel('Show')).toHaveValue('digits');
  await expect(page.locator('b', { hasText: 'x' })).toHaveCount(0);
});

test('keyboard: sliders step with the arrow keys', async ({ page }) => {
  await page.goto('./?notebook=rope-beta-base');
  const w = widget(page, 'rope-digits');
  await waitForPlot(w);
  const slider = w.getByRole('slider', { name: 'Position n' });
  await slider.focus();
  await page.keyboard.press('ArrowRight');
  await expect(w.getByRole('textbox', { name: 'Position n' })).toHaveValue('2024');
});

test('a crashed worker is restarted and the widget recovers on the next input', async ({ page }) => {
  await page.goto('./?notebook=rope-beta-base');
  const w = widget(page, 'rope-digits');
  await waitForPlot(w);
  // The test build's hooks (app/testHooks.ts) arrive in a chunk of their own.
  await expect(page.locator('html[data-test-hooks]')).toHaveCount(1);
  await page.evaluate(() => (window as unknown as { __kexue: { crashWorker: () => Promise<void> } }).__kexue.crashWorker());
  await setNumber(w, 'Position n', '77');
  await expect(w.getByTestId('numeral')).toBeVisible();
  await expect(w.getByText(/Computed in/)).toBeVisible();
  await expect(w.locator('.error')).toHaveCount(0);
});

test('theme: follows the system, the toggle wins and persists', async ({ page }, info) => {
  await page.goto('./');
  const systemDark = info.project.name.includes('dark');
  await expect(page.locator('html')).toHaveAttribute('data-theme', systemDark ? 'dark' : 'light');
  const choice = systemDark ? 'light' : 'dark';
  await page.getByLabel('Theme').selectOption(choice);
  await expect(page.locator('html')).toHaveAttribute('data-theme', choice);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('data-theme', choice);
});

test('embed: one widget in the URL state, a link back, and its height posted to the parent', async ({ page }) => {
  await page.goto('./?embed=rope-digits&position=99&base=500000');
  const w = widget(page, 'rope-digits');
  await waitForPlot(w);
  await expect(w.getByRole('textbox', { name: 'Position n' })).toHaveValue('99');
  await expect(page.getByRole('link', { name: 'RoPE is a β-base encoding' })).toHaveAttribute('href', /\?notebook=rope-beta-base/);
  // Framed by another page, it reports its height.
  const src = page.url();
  await page.setContent(`<iframe id="f" src="${src}" style="width:700px;height:200px"></iframe>`);
  const height = await page.evaluate(
    () =>
      new Promise<number>((resolve) =>
        addEventListener('message', (e) => e.data?.type === 'kexue-notebook:height' && e.data.height > 300 && resolve(e.data.height)),
      ),
  );
  expect(height).toBeGreaterThan(300);
});

test('copy embed code gives an iframe of this state', async ({ page, context }, info) => {
  test.skip(info.project.name.startsWith('phone'), 'clipboard permissions are a desktop check');
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./?notebook=rope-beta-base&rope-digits.position=321');
  const w = widget(page, 'rope-digits');
  await waitForPlot(w);
  await w.getByRole('button', { name: 'Copy embed code' }).click();
  await expect(w.getByText('Embed code copied.')).toBeVisible();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  // The language goes along (English here), so the framed widget speaks as the page it was copied from.
  expect(text).toMatch(/<iframe src="[^"]*\?embed=rope-digits&amp;position=321&amp;lang=en"/);
});

test('gallery lists every widget with its parameters, and the author guide renders', async ({ page }) => {
  await page.goto('./?page=gallery');
  await expect(page.getByRole('heading', { name: /Positions as base-β digits/ })).toBeVisible();
  await expect(page.getByRole('rowheader', { name: 'position' }).first()).toBeVisible();
  await page.getByRole('link', { name: 'Author guide' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Author guide' })).toBeVisible();
  await expect(page.getByRole('heading', { name: /Add a notebook/ })).toBeVisible();
});

test('phones: nothing overflows sideways', async ({ page }) => {
  await page.goto('./?notebook=rope-beta-base');
  await waitForPlot(widget(page, 'rope-digits'));
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - window.innerWidth);
  expect(overflow).toBeLessThanOrEqual(0);
});

for (const path of ['./', './?notebook=rope-beta-base', './?page=gallery', './?page=guide', './?embed=rope-digits']) {
  test(`accessibility scan: ${path}`, async ({ page }) => {
    await page.goto(path);
    if (path.includes('rope')) await waitForPlot(page.locator('.slot').first());
    await expectAccessible(page);
  });
}

test('a notebook downloads only the views near the top; the rest load as the reader scrolls', async ({ page }) => {
  await page.goto('./?notebook=partitions');
  await waitForPlot(page.locator('.slot').first());
  const views = () => page.evaluate(() => performance.getEntriesByType('resource').map((r) => r.name).filter((n) => /\/(Partitions\w+)-[\w-]+\.js$/.test(n)));
  expect((await views()).some((n) => /PartitionsPn/.test(n))).toBe(false);
  const last = page.locator('.slot').last();
  await last.scrollIntoViewIfNeeded();
  await waitForPlot(widget(page, 'partitions-pn'));
  expect((await views()).some((n) => /PartitionsPn/.test(n))).toBe(true);
});

test('prose away from the reader is laid out only as they near it, holding about its height until then', async ({ page }) => {
  await page.goto('./?notebook=rope-beta-base');
  const prose = page.locator('article > .prose');
  await expect(page.locator('article')).toHaveAttribute('data-complete', 'true', { timeout: 20_000 }); // the whole page is in
  // The last stretch of prose, pages below, has not been laid out; scrolled to, it is.
  const laidOut = () => prose.last().evaluate((el) => el.firstElementChild!.checkVisibility({ contentVisibilityAuto: true }));
  expect(await laidOut()).toBe(false);
  await prose.last().scrollIntoViewIfNeeded();
  await expect.poll(laidOut).toBe(true);
  // Every notebook, in both languages: each stretch's estimate (proseSize.ts) against its real height.
  const slugs = ['rope-beta-base', 'lion-optimizer', 'partitions', 'scaling-laws', 'attention-length', 'random-segmentation', 'primes'];
  const off: string[] = [];
  for (const lang of ['en', 'zh']) {
    for (const slug of slugs) {
      await page.goto(`./?notebook=${slug}&lang=${lang}`);
      await expect(prose.first()).toBeVisible();
      await page.keyboard.press('Shift'); // a reader's key asks for the rest of the page at once (it waits for a first figure)
      await expect(page.locator('article')).toHaveAttribute('data-complete', 'true', { timeout: 20_000 });
      const sizes = await prose.evaluateAll((els) =>
        els.map((el) => {
          const estimate = parseFloat((el as HTMLElement).style.containIntrinsicSize.replace('auto', ''));
          (el as HTMLElement).style.contentVisibility = 'visible';
          return [estimate, el.getBoundingClientRect().height];
        }),
      );
      sizes.forEach(([estimate, real], i) => {
        if (Math.abs(estimate - real) > 0.25 * real + 30) off.push(`${slug} (${lang}) prose ${i}: estimated ${estimate}, laid out ${Math.round(real)}`);
      });
    }
  }
  expect(off).toEqual([]);
});

test('live numbers in prose put on the page after its first stretch follow state from the address', async ({ page }) => {
  await page.goto('./?notebook=rope-beta-base&rope-digits.dim=128');
  const w = widget(page, 'rope-digits');
  await waitForPlot(w);
  const base = Number(await w.getByRole('textbox', { name: 'Base b' }).inputValue());
  const beta = Number((base ** (2 / 128)).toPrecision(4));
  const prose = page.locator('article > .prose p', { hasText: 'so each digit covers more' });
  await prose.scrollIntoViewIfNeeded();
  await expect(prose.locator('.live-value').first()).toHaveText(String(beta));
  await expect(prose.locator('.live-value').nth(1)).toHaveText('64');
  // The partitions page's last live numbers, bound to the widget at its end, from the address too.
  await page.goto('./?notebook=partitions&partitions-pn.n=5000');
  const last = page.locator('article > .prose').last();
  await last.scrollIntoViewIfNeeded();
  await waitForPlot(widget(page, 'partitions-pn'));
  await expect(page.locator('.prose .live-value', { hasText: '78.7723' })).toHaveCount(1);
  await expect(page.locator('.prose .live-value', { hasText: '74.2327' })).toHaveCount(1);
});

test('a reload returns the reader to their place far down a notebook', async ({ page }) => {
  await page.goto('./?notebook=rope-beta-base');
  const heading = page.getByRole('heading', { name: 'The long-range decay' });
  // The views near it load, and the page settles, before the reader's last scroll.
  await waitForPlot(widget(page, 'rope-decay'));
  await page.waitForLoadState('networkidle');
  await heading.evaluate((el) => el.scrollIntoView());
  await page.evaluate(() => scrollBy(0, -40));
  // The place is saved once per frame after a scroll.
  await page.evaluate(() => new Promise((r) => requestAnimationFrame(() => requestAnimationFrame(r))));
  const before = await heading.evaluate((el) => el.getBoundingClientRect().top);
  await page.reload();
  await expect(heading).toBeInViewport();
  await expect.poll(() => heading.evaluate((el, at) => Math.abs(el.getBoundingClientRect().top - at) <= 2, before)).toBe(true);
});

test("each widget's footprint (what its slot reserves before the view loads) is within 15% of its height", async ({ page }, info) => {
  test.skip(info.project.name.startsWith('phone'), 'measures both widths itself, once');
  // Every widget at two widths, one after another: a few seconds each.
  test.setTimeout(600_000);
  const off: string[] = [];
  for (const key of ['wide', 'narrow'] as const) {
    const width = FOOTPRINT_WIDTHS[key];
    await page.setViewportSize({ width, height: 900 });
    for (const spec of Object.values(widgetSpecs)) {
      await page.goto(`./?embed=${spec.name}`);
      await waitForPlot(page.locator('[data-widget]'));
      const height = await page.locator('[data-widget]').evaluate((el) => el.getBoundingClientRect().height);
      if (Math.abs(height - spec.footprint[key]) > 0.15 * height) off.push(`${spec.name} ${key}: footprint ${spec.footprint[key]}, measured ${Math.round(height)}`);
    }
  }
  expect(off).toEqual([]);
});
