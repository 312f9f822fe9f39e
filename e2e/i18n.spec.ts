/**
 * The site in Chinese and English: every page in both languages (address `lang`, `<html lang>`, the
 * prose and the controls in that language), the header's switch, the browser's language and the
 * reader's last choice when the address names none, and links and embed codes that carry the language.
 */
import { readdirSync } from 'node:fs';
import { expect, test, type Locator, type Page } from '@playwright/test';
import { FORMULA_KINDS } from '../src/notebook/formulaFigure';
import { widgetSpecs } from '../src/widgets/specs';

const notebooks = readdirSync('notebooks').filter((f) => f.endsWith('.md') && !f.endsWith('.zh.md')).map((f) => f.slice(0, -3));
const pages = ['', '?page=gallery', '?page=guide', ...notebooks.map((slug) => `?notebook=${slug}`)];
const HTML_LANG = { en: 'en', zh: 'zh-CN' } as const;

/** Han characters and Latin letters in the text of `where`, leaving out math, code and the original's title. */
async function scripts(where: Locator): Promise<{ han: number; latin: number }> {
  const texts = await where.evaluateAll((els) =>
    els.map((el) => {
      const copy = el.cloneNode(true) as HTMLElement;
      for (const skip of copy.querySelectorAll('.katex, .katex-display, pre, code, [lang="zh-CN"], [lang="zh"], [lang="en"]')) skip.remove();
      return copy.textContent ?? '';
    }),
  );
  const text = texts.join(' ');
  return { han: (text.match(/\p{Script=Han}/gu) ?? []).length, latin: (text.match(/[A-Za-z]/g) ?? []).length };
}
const hanShare = ({ han, latin }: { han: number; latin: number }) => han / Math.max(1, han + latin);

/** The text of every control's label in `w` that has letters of either script. */
async function controlLabels(w: Locator): Promise<string[]> {
  const texts = await w.locator('label, legend').allTextContents();
  return texts.map((t) => t.trim()).filter((t) => /[A-Za-z]|\p{Script=Han}/u.test(t));
}

const main = (page: Page) => page.locator('main');

for (const path of pages) {
  const sep = path ? '&' : '?';
  test(`${path || 'index'} in Chinese: html lang, and the page's words are Chinese`, async ({ page }) => {
    await page.goto(`./${path}${sep}lang=zh`);
    await expect(page.locator('html')).toHaveAttribute('lang', HTML_LANG.zh);
    await expect(main(page).locator('h1').first()).toBeVisible();
    await expect(main(page)).not.toHaveClass(/pending/);
    const where = path.startsWith('?notebook') || path === '?page=guide' ? main(page).locator('.prose, h1') : main(page);
    const share = hanShare(await scripts(where));
    expect(share, `Han share of ${path || 'index'}`).toBeGreaterThan(0.6);
    await expect(page.locator('header.site')).toContainText('笔记');
  });

  test(`${path || 'index'} in English: html lang, and no Chinese beyond names such as 科学空间`, async ({ page }) => {
    await page.goto(`./${path}${sep}lang=en`);
    await expect(page.locator('html')).toHaveAttribute('lang', HTML_LANG.en);
    await expect(main(page).locator('h1').first()).toBeVisible();
    await expect(main(page)).not.toHaveClass(/pending/);
    expect(hanShare(await scripts(main(page)))).toBeLessThan(0.05);
  });
}

/**
 * A label in English words: a lower-case word standing alone. Names read the same in both languages
 * and are not counted: "SGD", "Adam β₁", "NTK-aware", "relu²/n".
 */
const englishWords = (t: string) => !/\p{Script=Han}/u.test(t) && /(^|\s)[a-z]{3,}(?=\s|$)/.test(t);
// Formula figures (plot, map, sequence) label their controls with the author's own words.
const authorsWords = new Set<string>(FORMULA_KINDS);

for (const spec of Object.values(widgetSpecs).filter((s) => !authorsWords.has(s.name))) {
  test(`${spec.name}: controls labelled in Chinese under lang=zh, in English under lang=en`, async ({ page }, info) => {
    test.skip(info.project.name.startsWith('phone'), 'the labels do not depend on the width');
    const labelsIn = async (lang: 'zh' | 'en') => {
      await page.goto(`./?embed=${spec.name}&lang=${lang}`);
      const w = page.locator('[data-widget]');
      await expect(w.locator('label').first()).toBeVisible();
      return controlLabels(w);
    };
    const zh = await labelsIn('zh');
    expect(zh.filter((t) => /\p{Script=Han}/u.test(t)).length, 'some labels in Chinese').toBeGreaterThan(0);
    expect(zh.filter(englishWords), 'labels in English words under lang=zh').toEqual([]);
    const en = await labelsIn('en');
    expect(en.filter((t) => /\p{Script=Han}/u.test(t)), 'Chinese labels under lang=en').toEqual([]);
  });
}

test('the header switches the language and keeps the place; links keep it', async ({ page }) => {
  await page.goto('./?notebook=rope-beta-base&lang=en');
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await page.getByRole('link', { name: '中文' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', HTML_LANG.zh);
  await expect(page).toHaveURL(/notebook=rope-beta-base/);
  await expect(page).toHaveURL(/lang=zh/);
  await expect(main(page).locator('article')).toHaveAttribute('lang', HTML_LANG.zh);
  // Every internal link of the header now leads to Chinese pages.
  for (const href of await page.locator('header.site nav a').evaluateAll((as) => as.map((a) => a.getAttribute('href') ?? ''))) {
    expect(href).toContain('lang=zh');
  }
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(page).toHaveURL(/lang=en/);
});

test.describe('with no lang in the address', () => {
  test.use({ locale: 'zh-CN' });
  test("the browser's language decides, then the reader's last choice", async ({ page }) => {
    await page.goto('./');
    await expect(page.locator('html')).toHaveAttribute('lang', HTML_LANG.zh);
    await page.getByRole('link', { name: 'English' }).click();
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
    await page.goto('./?page=gallery');
    await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  });
});

test('an embed code copied from a Chinese page opens the widget in Chinese', async ({ page, context }, info) => {
  test.skip(info.project.name.startsWith('phone'), 'clipboard permissions are a desktop check');
  await context.grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.goto('./?embed=rope-digits&position=321&lang=zh');
  const w = page.locator('[data-widget]');
  await w.getByRole('button', { name: '复制嵌入代码' }).click();
  const text = await page.evaluate(() => navigator.clipboard.readText());
  expect(text).toMatch(/<iframe src="[^"]*\?embed=rope-digits&amp;position=321&amp;lang=zh"/);
  const src = /src="([^"]+)"/.exec(text)![1].replace(/&amp;/g, '&');
  await page.goto(src);
  await expect(page.locator('html')).toHaveAttribute('lang', HTML_LANG.zh);
  await expect(page.locator('[data-widget] h3')).toContainText(/\p{Script=Han}/u);
});

test('errors a reader causes read in Chinese under lang=zh, with no English sentence', async ({ page }) => {
  // Two English words in a row: a sentence (names such as rope_scaling.factor or loss stay verbatim).
  const englishSentence = /[A-Za-z]{2,}[ ,:;]+[A-Za-z]{2,}/;
  const chinese = async (where: Locator, expected: string | RegExp) => {
    await expect(where).toHaveText(expected);
    const text = (await where.textContent()) ?? '';
    expect(text).toMatch(/\p{Script=Han}/u);
    expect(text, 'an English sentence').not.toMatch(englishSentence);
  };

  // A text no segmentation covers, refused in the worker (segment-lattice on the random-segmentation notebook).
  await page.goto(`./?notebook=random-segmentation&segment-lattice.text=${encodeURIComponent('今天天晴')}&lang=zh`);
  const lattice = page.locator('#widget-segment-lattice');
  await lattice.scrollIntoViewIfNeeded();
  await chinese(lattice.locator('.status .error'), "文本 '今天天晴' 无法切分成词表中的词片：第 4 个字符（'晴'）处没有任何词片开头，任何切分最远只能到这里");
  // The same refusal rewords itself when the reader switches the language.
  await page.getByRole('link', { name: 'English' }).click();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await lattice.scrollIntoViewIfNeeded(); // a phone's header may have taken the page back to the top
  await expect(lattice.locator('.status .error')).toHaveText(
    "text '今天天晴' has no segmentation into vocabulary pieces: no piece starts at character 4 ('晴'), the furthest any segmentation reaches",
  );

  // A malformed row in a pasted scaling-law CSV, refused by the page's parser.
  const csv = ['N,D,loss', '1e9,2e10,2.5', '2e9,4e10,abc', '4e9,8e10,2.3', '8e9,1.6e11,2.2', '1.6e10,3.2e11,2.1'].join('\n');
  await page.goto(`./?embed=scaling-fit&data=csv&csv=${encodeURIComponent(csv)}&lang=zh`);
  const errors = page.getByTestId('csv-errors');
  await chinese(errors.locator('li').first(), '第 3 行：loss 不是数字："abc"');

  // A RoPE config with a JSON syntax error, and one missing a required field.
  await page.goto(`./?embed=rope-extension&config=${encodeURIComponent('{"rope_theta": 10000,}')}&lang=zh`);
  const note = page.locator('#embed-config-note');
  await chinese(note, /^配置不是有效的 JSON：第 1 行第 \d+ 列（位置 \d+）\} 前面多了一个逗号$/);
  await page.goto(`./?embed=rope-extension&config=${encodeURIComponent('{"rope_scaling": {"rope_type": "yarn"}}')}&lang=zh`);
  await chinese(note, "rope_type 'yarn' 需要 rope_scaling.factor");

  // A reader's own objective naming a symbol it does not have, refused by the formula checker in the worker.
  await page.goto(`./?embed=lion-landscape&objective=custom&formula=${encodeURIComponent('x^2 + z')}&lang=zh`);
  await chinese(page.locator('#embed-formula-note'), '未知符号“z”（这里可用的有：x、y，以及常数 pi、e、tau、phi）');
});
