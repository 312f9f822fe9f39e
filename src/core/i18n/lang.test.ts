import { describe, expect, test } from 'vitest';
import { lang, pickLang, setLang } from './lang';

describe('pickLang: which language a visit shows', () => {
  const none = { query: null, stored: null, browser: [] as string[] };

  test('the address decides first', () => {
    expect(pickLang({ ...none, query: 'zh', stored: 'en', browser: ['en-US'] })).toBe('zh');
    expect(pickLang({ ...none, query: 'en', stored: 'zh', browser: ['zh-CN'] })).toBe('en');
  });

  test('without it, the reader’s last choice beats the browser', () => {
    expect(pickLang({ ...none, stored: 'zh', browser: ['en-US'] })).toBe('zh');
    expect(pickLang({ ...none, stored: 'en', browser: ['zh-CN', 'zh'] })).toBe('en');
  });

  test('without either, the first Chinese or English browser language, in the reader’s order', () => {
    expect(pickLang({ ...none, browser: ['zh-CN', 'en'] })).toBe('zh');
    expect(pickLang({ ...none, browser: ['zh-TW'] })).toBe('zh');
    expect(pickLang({ ...none, browser: ['ZH-hans-CN'] })).toBe('zh');
    expect(pickLang({ ...none, browser: ['fr-FR', 'zh-CN', 'en'] })).toBe('zh');
    expect(pickLang({ ...none, browser: ['de-DE', 'en-GB', 'zh'] })).toBe('en');
    expect(pickLang({ ...none, browser: ['en-US'] })).toBe('en');
  });

  test('anything else is English: unknown values in the address or storage are ignored', () => {
    expect(pickLang(none)).toBe('en');
    expect(pickLang({ ...none, browser: ['ja-JP', 'fr'] })).toBe('en');
    expect(pickLang({ query: 'zh-CN', stored: 'ZH', browser: ['ja'] })).toBe('en');
    expect(pickLang({ query: '<b>', stored: null, browser: ['zh-CN'] })).toBe('zh');
  });
});

test('setLang puts a language in force; English by default (Node, the build)', () => {
  expect(lang()).toBe('en');
  setLang('zh');
  expect(lang()).toBe('zh');
  setLang('en');
  expect(lang()).toBe('en');
});
