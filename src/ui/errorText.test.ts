import { afterEach, describe, expect, test } from 'vitest';
import { coded, KernelError } from '../compute/errors';
import { setLang } from '../core/i18n';
import { readerErrorText } from './errorText';

afterEach(() => setLang('en'));

describe('readerErrorText', () => {
  test('a coded refusal reads in the language in force; anything else keeps its own words', () => {
    const row = coded('csvNotNumber', 'loss', 'abc');
    const thrown = new KernelError(coded('partitionEmpty'));
    expect(readerErrorText(row)).toBe('loss is not a number: "abc"');
    expect(readerErrorText(thrown)).toBe('the partition is empty: type parts such as 5+3+3+1');
    setLang('zh');
    expect(readerErrorText(row)).toBe('loss 不是数字："abc"');
    expect(readerErrorText(thrown)).toBe('分拆是空的：请输入各部分，例如 5+3+3+1');
    expect(readerErrorText(new Error('plain words'))).toBe('plain words');
    expect(readerErrorText('已取消。')).toBe('已取消。');
  });
});
