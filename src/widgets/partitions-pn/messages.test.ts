import { afterEach, expect, test } from 'vitest';
import { setLang } from '../../core/i18n';
import { msg } from './messages';

afterEach(() => setLang('en'));

// The sentence is in the readout, which WidgetFrame places under the figure: the line it names is above.
test('the terms sentence points at the figure above it, in both languages', () => {
  const en = msg.termsNeeded(34, true, 1000);
  expect(en).toContain('the dotted vertical line in the figure above');
  expect(en).not.toMatch(/below\)/);
  expect(msg.termsNeeded(1250, false, 10_000_000)).toContain('show 1250 terms to see it');
  setLang('zh');
  const zh = msg.termsNeeded(34, true, 1000);
  expect(zh).toContain('见上图中竖直的虚线');
  expect(zh).not.toContain('下图');
});
