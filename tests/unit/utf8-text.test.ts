import { describe, expect, it } from 'vitest';
import { utf8Text } from '../../electron/core/store/utf8-text.js';

describe('utf8Text', () => {
  const samples: [string, number[] | string][] = [
    ['ASCII', '{"headline":"Ferry line returns"}'],
    ['Cyrillic', '{"headline":"Паром между Баку и Актау"}'],
    ['four-byte characters', 'Stamps 😀 and 𝄞, мир'],
    ['a byte order mark', '\uFEFF{"a":"б"}'],
    ['NUL and other control characters', 'a\u0000b\u0007c'],
    ['nothing', ''],
    ['a stray byte', [0xff, 0x41, 0xd0, 0xb1]],
    ['a cut sequence', [0xe2, 0x82, 0x41, 0xf0, 0x9f, 0x98, 0x80]],
    ['an encoded surrogate', [0xd0, 0xb1, 0xed, 0xa0, 0x80]],
    ['an overlong NUL', [0xc0, 0x80]],
    ['a code point above U+10FFFF', [0xf4, 0x90, 0x80, 0x80]],
    ['a sequence cut at the end', [0xd0, 0xb1, 0xd0]],
  ];

  it.each(samples)('decodes %s exactly as Buffer#toString does', (_name, sample) => {
    const bytes = typeof sample === 'string' ? Buffer.from(sample) : Buffer.from(sample);
    expect(utf8Text(bytes)).toBe(bytes.toString('utf8'));
  });

  it('decodes a view into a larger buffer, not the whole buffer', () => {
    const whole = Buffer.from('xxПаромyy');
    const view = new Uint8Array(whole.buffer, whole.byteOffset + 2, whole.length - 4);
    expect(utf8Text(view)).toBe('Паром');
    expect(utf8Text(whole.subarray(2, whole.length - 2))).toBe('Паром');
  });
});
