import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectAccessible, query, setNumber, waitForPlot, widget } from './helpers';
import presets from '../src/compute/rope/presets.json' with { type: 'json' };

/** Scrolls a notebook widget into view (plots load near the viewport) and waits for its plot. */
async function ready(page: Page, id: string): Promise<Locator> {
  const w = widget(page, id);
  await w.scrollIntoViewIfNeeded();
  await waitForPlot(w);
  return w;
}

/** Opens the paste box, replaces its text and commits it as a reader would (leaving the field). */
async function paste(w: Locator, text: string): Promise<void> {
  const box = w.getByLabel('config.json text');
  if (!(await box.isVisible())) await w.getByText("Paste a model's config.json").click();
  await box.fill(text);
  await box.blur();
}

const QWEN_WITH_YARN = JSON.stringify({
  hidden_size: 3584, num_attention_heads: 28, max_position_embeddings: 32768, rope_theta: 1000000,
  rope_scaling: { factor: 4, original_max_position_embeddings: 32768, type: 'yarn', '<b>boom</b>': 1 },
});

test.describe('rope-digits', () => {
  test('β for base 10000, d = 64 is 1.33352, and 2023 is written in base β', async ({ page }) => {
    await page.goto('./?notebook=rope-beta-base');
    const w = await ready(page, 'rope-digits');
    await expect(w.getByTestId('beta')).toHaveText('1.33352');
    await expect(w.getByTestId('numeral')).toHaveText('1 1 0 0 0 1 0 1 0 0 1 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0 0');
  });

  test('the bars say what their colour is, in both languages', async ({ page }) => {
    await page.goto('./?notebook=rope-beta-base');
    const w = await ready(page, 'rope-digits');
    await expect(w.getByTestId('colour-key')).toContainText('Bar colour is cos(n·θᵢ): red near −1, grey near 0, blue near +1.');
    await page.goto('./?notebook=rope-beta-base&lang=zh');
    const zh = widget(page, 'rope-digits');
    await zh.scrollIntoViewIfNeeded();
    await expect(zh.getByTestId('colour-key')).toContainText('柱的颜色表示 cos(n·θᵢ)：接近 −1 为红色，接近 0 为灰色，接近 +1 为蓝色。');
  });

  test('position n: a log slider (2023 mid-way, 0 and 10⁶ reachable); arrows and the box move n by one', async ({ page }) => {
    await page.goto('./?notebook=rope-beta-base');
    const w = await ready(page, 'rope-digits');
    const slider = w.getByRole('slider', { name: 'Position n' });
    const box = w.getByRole('textbox', { name: 'Position n' });
    // On log(n + 1) over 0 … 10⁶, 2023 sits at 55% of the track (a linear slider put it at 0.2%).
    const at = Number(await slider.inputValue()) / Number(await slider.getAttribute('max'));
    expect(at).toBeGreaterThan(0.5);
    expect(at).toBeLessThan(0.6);
    await expect(slider).toHaveAttribute('aria-valuetext', '2023');
    await box.focus();
    await page.keyboard.press('ArrowUp');
    await expect(box).toHaveValue('2024');
    await expect(w.getByTestId('digits-position')).toHaveText('2024');
    await page.keyboard.press('ArrowDown');
    await page.keyboard.press('ArrowDown');
    await expect(box).toHaveValue('2022');
    await slider.focus();
    await page.keyboard.press('ArrowRight');
    await expect(box).toHaveValue('2023');
    await page.keyboard.press('Home');
    await expect(box).toHaveValue('0');
    await expect(w.getByTestId('numeral')).toHaveText('0');
    await page.keyboard.press('ArrowRight');
    await expect(box).toHaveValue('1');
    await page.keyboard.press('End');
    await expect(box).toHaveValue('1000000');
    // A link made while the slider was linear opens the same position.
    await page.goto('./?notebook=rope-beta-base&rope-digits.position=266350');
    const again = await ready(page, 'rope-digits');
    await expect(again.getByTestId('digits-position')).toHaveText('266350');
    await expect(again.getByRole('slider', { name: 'Position n' })).toHaveAttribute('aria-valuetext', '266350');
  });
});

test.describe('rope-extension', () => {
  test('notebook defaults: YaRN ×4 counts, critical pair, attention factor and NTK base', async ({ page }) => {
    await page.goto('./?notebook=rope-beta-base');
    const w = await ready(page, 'rope-extension');
    await expect(w.getByTestId('model')).toHaveText(/^YaRN with factor 4 on base b = 10,000, d = 128 \(64 pairs\): trained on 4,096 tokens, target 16,384/);
    await expect(w.getByTestId('counts')).toHaveText('21 kept, 25 mixed, 18 interpolated');
    await expect(w.getByTestId('critical-pair')).toHaveText('i = 46');
    await expect(w.getByTestId('out-of-range')).toHaveText('0');
    await expect(w.getByTestId('attention-factor')).toHaveText('1.1386');
    await expect(w.getByTestId('ntk-base')).toHaveText('b′ = 40,889.9');
    // Only the method's own parameters are offered.
    await expect(w.getByRole('textbox', { name: 'YaRN β_fast' })).toBeVisible();
    await expect(w.getByRole('textbox', { name: 'Llama 3 low_freq_factor' })).toHaveCount(0);
  });

  test('method and lengths go to the URL; linear interpolates every pair', async ({ page }) => {
    await page.goto('./?notebook=rope-beta-base');
    const w = await ready(page, 'rope-extension');
    await w.getByLabel('Method', { exact: true }).selectOption('linear');
    await expect(w.getByTestId('counts')).toHaveText('0 kept, 0 mixed, 64 interpolated');
    await expect(w.getByTestId('attention-factor')).toHaveText('1.0000');
    await setNumber(w, 'Target length', '65536');
    await expect(w.getByTestId('ntk-base')).toHaveText(/^b′ = 167,/);
    await expect.poll(() => query(page).get('rope-extension.method')).toBe('linear');
    await expect.poll(() => query(page).get('rope-extension.targetLength')).toBe('65536');
  });

  test('a published model shows its citation; its values can be copied into the controls', async ({ page }) => {
    await page.goto('./?notebook=rope-beta-base');
    const w = await ready(page, 'rope-extension');
    await w.getByLabel('Published model').selectOption('llama-3.1-8b');
    await expect(w.getByTestId('source')).toContainText('Source: meta-llama/Llama-3.1-8B config.json');
    await expect(w.getByTestId('model')).toHaveText(/^Llama 3 with factor 8 on base b = 500,000, d = 128 .* trained on 8,192 tokens, target 131,072/);
    await expect(w.getByLabel('Method', { exact: true })).toHaveCount(0);
    await expect.poll(() => query(page).get('rope-extension.preset')).toBe('llama-3.1-8b');
    await w.getByRole('button', { name: 'Copy into the controls' }).click();
    await expect(w.getByLabel('Method', { exact: true })).toHaveValue('llama3');
    await expect(w.getByRole('textbox', { name: 'Base b' })).toHaveValue('500000');
    await expect(w.getByRole('textbox', { name: 'Target length' })).toHaveValue('131072');
    await expect(w.getByTestId('model')).toHaveText(/^Llama 3 with factor 8 on base b = 500,000/);
  });

  test('a pasted config.json is read with plain-words warnings, kept in the URL, never run as HTML', async ({ page }) => {
    await page.goto('./?notebook=rope-beta-base');
    const w = await ready(page, 'rope-extension');
    await paste(w, QWEN_WITH_YARN);
    await expect(w.getByTestId('model')).toHaveText(/^YaRN with factor 4 on base b = 1,000,000, d = 128 .* trained on 32,768 tokens, target 131,072/);
    const warnings = w.getByTestId('warnings');
    await expect(warnings).toContainText('Ignored unknown rope_scaling keys: <b>boom</b>.');
    await expect(warnings).toContainText('issue #38224');
    await expect(page.locator('b', { hasText: 'boom' })).toHaveCount(0);
    // The pasted config sets every model value, so no model control is offered.
    await expect(w.getByRole('textbox', { name: 'Base b' })).toHaveCount(0);
    await expect.poll(() => query(page).get('rope-extension.config')).toBe(QWEN_WITH_YARN);
    await page.reload();
    const again = await ready(page, 'rope-extension');
    await expect(again.getByTestId('model')).toHaveText(/trained on 32,768 tokens, target 131,072/);
  });

  test('a bare rope_scaling block takes what it lacks from the controls, which stay offered', async ({ page }) => {
    await page.goto('./?embed=rope-extension');
    const w = await ready(page, 'rope-extension');
    await paste(w, '{"rope_type": "linear", "factor": 2}');
    await expect(w.getByTestId('warnings')).toContainText('No head_dim in a bare rope_scaling block: using the current head_dim 128.');
    await expect(w.getByTestId('model')).toHaveText(/^Linear \(PI\) with factor 2 on base b = 10,000, d = 128 .* trained on 4,096 tokens, target 8,192/);
    await setNumber(w, 'Head dimension d', '64');
    await expect(w.getByTestId('model')).toHaveText(/d = 64 \(32 pairs\)/);
    await expect(w.getByLabel('Method', { exact: true })).toHaveCount(0);
  });

  test('bad input: a message by the control names the field, and the last good plot stays', async ({ page }) => {
    await page.goto('./?embed=rope-extension');
    const w = await ready(page, 'rope-extension');
    const before = await w.getByTestId('model').textContent();
    await paste(w, '{"rope_scaling": {"rope_type": "yarn"}}');
    await expect(w.locator('#embed-config-note')).toHaveText("rope_scaling.factor is required for rope_type 'yarn'");
    await expect(w.getByText(/Not redrawn: fix the input/)).toBeVisible();
    await expect(w.getByTestId('model')).toHaveText(before!);
    await expect(w.locator('.plot-target .main-svg').first()).toBeVisible();
    await paste(w, '{"rope_theta": 10000,}');
    await expect(w.locator('#embed-config-note')).toHaveText(/not valid JSON: trailing comma before \} at line 1, column \d+/);
    await paste(w, '[1, 2]');
    await expect(w.locator('#embed-config-note')).toHaveText(/must be a JSON object/);
    await w.getByRole('button', { name: 'Clear the pasted config' }).click();
    await expect(w.locator('#embed-config-note')).toHaveText('');
    // Junk typed into a number keeps the last good value (and plot), with a note naming the field.
    await setNumber(w, 'Factor', 'banana');
    await expect(w.locator('#embed-factor-note')).toHaveText('Factor: "banana" is not a number; keeping 4');
    await expect(w.getByRole('textbox', { name: 'Factor' })).toHaveValue('4');
    await expect(w.getByTestId('model')).toHaveText(before!);
    // A pair of controls that contradict each other: the message sits by the one to fix.
    await setNumber(w, 'YaRN β_fast', '0.5');
    await expect(w.locator('#embed-betaFast-note')).toContainText('YaRN β_fast: 0.5 is below β_slow 1');
    await expect(w.getByTestId('model')).toHaveText(before!);
  });

  test('embed page passes an accessibility scan', async ({ page }) => {
    await page.goto('./?embed=rope-extension&preset=qwen2.5-7b-instruct-yarn');
    await waitForPlot(widget(page, 'rope-extension'));
    await expectAccessible(page);
  });
});

test.describe('rope-decay', () => {
  test('notebook: one curve per ticked method; PI at the target equals plain RoPE at the training length', async ({ page }) => {
    await page.goto('./?notebook=rope-beta-base');
    const w = await ready(page, 'rope-decay');
    await expect(w.getByTestId('decay-factor')).toHaveText('8');
    const none = w.getByTestId('decay-none');
    const linear = w.getByTestId('decay-linear');
    const sAtTrain = (await none.locator('td').nth(0).textContent())!;
    await expect(linear.locator('td').nth(1)).toHaveText(sAtTrain);
    await expect(w.getByTestId('decay-yarn').locator('td').nth(2)).toHaveText('1.208');
    await expect(w.getByTestId('decay-llama3')).toHaveCount(0);
    await w.getByRole('checkbox', { name: 'Llama 3' }).check();
    await expect(w.getByTestId('decay-llama3')).toBeVisible();
    await w.getByRole('checkbox', { name: 'No scaling' }).uncheck();
    await expect(none).toHaveCount(0);
    await w.getByLabel('Distance axis').selectOption('linear');
    await expect.poll(() => query(page).get('rope-decay.llama3')).toBe('true');
    await expect.poll(() => query(page).get('rope-decay.none')).toBe('false');
    await expect.poll(() => query(page).get('rope-decay.spacing')).toBe('linear');
  });

  test('the largest case, d = 256 over 131072 distances, draws; bad input gets a note', async ({ page }) => {
    await page.goto('./?embed=rope-decay&dim=256&targetLength=131072&trainLength=banana');
    const w = await ready(page, 'rope-decay');
    await expect(w.getByText('Training length: "banana" is not a number; using the default 4096')).toBeVisible();
    await expect(w.getByTestId('decay-factor')).toHaveText('32');
    await setNumber(w, 'Head dimension d', 'twelve');
    await expect(w.getByText('Head dimension d: "twelve" is not a number; keeping 256')).toBeVisible();
    await setNumber(w, 'Target length', '5000000');
    await expect(w.getByText('Target length: 5000000 is outside 16…1048576; using 1048576')).toBeVisible();
    await expect(w.getByTestId('decay-factor')).toHaveText('256');
  });

  test('the curves follow each input; the min/max band follows once the controls rest', async ({ page }) => {
    await page.goto('./?embed=rope-decay&dim=256&targetLength=131072');
    const w = await ready(page, 'rope-decay');
    // Band polygons: the filled traces; each holds two points per bucket once its envelope is in.
    const bandPoints = () =>
      w.evaluate((root) => {
        const gd = root.querySelector('.plot-target') as unknown as { data: { fill?: string; x: ArrayLike<number> }[] };
        return gd.data.filter((t) => t.fill === 'toself').map((t) => t.x.length);
      });
    await expect.poll(async () => (await bandPoints()).every((n) => n > 0)).toBe(true);
    await expect(w.getByText('the band spans its smallest and largest value over every distance in the bucket (shown)')).toBeVisible();
    // A new base: the readout and curves answer first; then the band for the new base comes in.
    await setNumber(w, 'Base b', '500000');
    await expect.poll(() => query(page).get('base')).toBe('500000');
    await expect.poll(async () => (await bandPoints()).every((n) => n > 0), { timeout: 15000 }).toBe(true);
    await expect(w.getByText(/\(shown\)/)).toBeVisible();
  });

  test('embed page passes an accessibility scan', async ({ page }) => {
    await page.goto('./?embed=rope-decay');
    await waitForPlot(widget(page, 'rope-decay'));
    await expectAccessible(page);
  });
});

test.describe('rope-cos-map', () => {
  test('notebook: every position is a row; many positions blank the pairs that would alias', async ({ page }) => {
    await page.goto('./?notebook=rope-beta-base');
    const w = await ready(page, 'rope-cos-map');
    await expect(w.getByTestId('cos-map-rows')).toContainText('512 rows; 32 of 32 pairs. Every cell is exact');
    await setNumber(w, 'Positions', '8192');
    await expect(w.getByTestId('cos-map-rows')).toContainText('Pairs 0–5 turn by more than half a circle');
    await expect.poll(() => query(page).get('rope-cos-map.positions')).toBe('8192');
    await w.getByLabel('Method', { exact: true }).selectOption('yarn');
    await expect(w.getByRole('textbox', { name: 'Training length' })).toBeVisible();
  });
});

/** Every trace the widget's plot holds now: its name, y values and fill (plotly's own data on the element). */
function traces(w: Locator): Promise<{ name: string; y: number[]; fill: string | null }[]> {
  return w.evaluate((root) => [...root.querySelectorAll('.plot-target')].flatMap((gd) =>
    ((gd as unknown as { data?: { name?: string; y?: ArrayLike<number>; fill?: string }[] }).data ?? [])
      .map((t) => ({ name: t.name ?? '', y: Array.from(t.y ?? [], Number), fill: t.fill ?? null }))));
}

/** Phi-3.5 mini's config.json as published (LongRoPE), and Gemma 3 4B's sparse one: as the presets hold them. */
const presetText = (name: string) => JSON.stringify(presets.find((p) => p.name === name)!.config);
const PHI_35 = presetText('Phi-3.5 mini');
const GEMMA_3_4B = presetText('Gemma 3 4B');

test.describe('rope-extension: configs as models publish them', () => {
  test('a pasted LongRoPE config: long factors at the target, its attention factor, each pair against PI, NTK and YaRN', async ({ page }) => {
    await page.goto('./?embed=rope-extension');
    const w = await ready(page, 'rope-extension');
    await paste(w, PHI_35);
    await expect(w.getByTestId('model')).toHaveText('LongRoPE (long factors per pair) on base b = 10,000, d = 96 (48 pairs): trained on 4,096 tokens, target 131,072 (×32).');
    // √(1 + ln 32 / ln 4096) = √(17/12).
    await expect(w.getByTestId('attention-factor')).toHaveText('1.1902');
    await expect(w.getByTestId('warnings')).toContainText('LongRoPE stretches each pair by its own factor: short_factor while a sequence fits 4096 tokens');
    await w.getByLabel('Show').selectOption('stretch');
    await expect(w.getByTestId('stretch-slowest')).toHaveText('64.84');
    await expect.poll(async () => (await traces(w)).map((t) => t.name)).toEqual(['PI (linear), s = 32.00', 'NTK-aware, s = 32.00', 'YaRN (β 32/1), s = 32.00', 'LongRoPE']);
    const longrope = (await traces(w)).find((t) => t.name === 'LongRoPE')!;
    const published = (JSON.parse(PHI_35) as { rope_scaling: { long_factor: number[] } }).rope_scaling.long_factor;
    expect(longrope.y).toHaveLength(48);
    longrope.y.forEach((v, i) => expect(v).toBeCloseTo(published[i], 9));
    await expect.poll(() => query(page).get('view')).toBe('stretch');
  });

  test("a sparse Gemma 3 config: Gemma3TextConfig's head_dim and bases, both RoPEs drawn and named", async ({ page }) => {
    await page.goto('./?embed=rope-extension');
    const w = await ready(page, 'rope-extension');
    await paste(w, GEMMA_3_4B);
    await expect(w.getByTestId('model')).toHaveText('Linear (PI) with factor 8 on base b = 1,000,000, d = 256 (128 pairs): trained on 16,384 tokens, target 131,072 (×8).');
    const warnings = w.getByTestId('warnings');
    await expect(warnings).toContainText("take transformers' Gemma3TextConfig defaults, not another family's: head_dim 256 (not hidden_size / num_attention_heads = 2560/8 = 320)");
    await expect(warnings).toContainText('sliding_attention (29 layers, window 1,024): no scaling on base 10,000');
    await expect(w.getByTestId('other-layers')).toHaveText(/^sliding attention layers: base 10,000, window 1,024 tokens, so their slowest pair turns 0\.0\d+ times at most/);
    const sliding = (await traces(w)).find((t) => t.name === 'sliding attention layers, within 1,024')!;
    expect(sliding.y).toHaveLength(128);
    expect(sliding.y[0]).toBeCloseTo(1024 / (2 * Math.PI), 6);
  });

  test('Llama 4 Scout from the picker: the empty blend is computed, with its source linked', async ({ page }) => {
    await page.goto('./?embed=rope-extension&preset=llama-4-scout');
    const w = await ready(page, 'rope-extension');
    await expect(w.getByTestId('model')).toHaveText(/^Llama 3 with factor 16 on base b = 500,000, d = 128 \(64 pairs\): trained on 8,192 tokens, target 10,485,760/);
    await expect(w.getByTestId('counts')).toHaveText('35 kept, 29 mixed, 0 interpolated');
    await expect(w.getByTestId('warnings')).toContainText('the blended band is empty');
    await expect(w.getByRole('link', { name: /meta-llama\/Llama-4-Scout-17B-16E config\.json/ })).toHaveAttribute('href', 'https://huggingface.co/meta-llama/Llama-4-Scout-17B-16E/blob/main/config.json');
  });
});
