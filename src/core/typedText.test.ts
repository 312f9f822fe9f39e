/** What a text box keeps of what a reader types. */
import { describe, expect, test } from 'vitest';
import { parseParam } from './params';

describe('text as typed', () => {
  test('a verbatim text box keeps full-width punctuation; others read it as ASCII', () => {
    const base = { kind: 'text', label: 'Text', maxLength: 40, default: '' } as const;
    expect(parseParam({ ...base, verbatim: true }, '今天，天气不错！').value).toBe('今天，天气不错！');
    expect(parseParam(base, '１，２，５').value).toBe('1,2,5');
  });
});
