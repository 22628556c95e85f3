import { describe, expect, it } from 'vitest';
import { decodeStrictUtf8, firstInvalidUtf8Offset } from './strictUtf8';

const bytes = (...values: number[]) => new Uint8Array(values);

describe('decodeStrictUtf8', () => {
  it('decodes UTF-8, Chinese included', () => {
    expect(decodeStrictUtf8(new TextEncoder().encode('{"title":"保号卡 €"}'))).toEqual({ ok: true, text: '{"title":"保号卡 €"}' });
  });

  it('refuses bytes that are not UTF-8 and says where, instead of replacing them', () => {
    const text = new TextEncoder().encode('{"title":"ok');
    const latin1 = new Uint8Array([...text, 0xe9, 0x22, 0x7d]); // "é" written in Latin-1
    expect(decodeStrictUtf8(latin1)).toEqual({ ok: false, offset: text.length });
  });

  it('finds the first bad sequence of every kind', () => {
    expect(firstInvalidUtf8Offset(bytes(0x41, 0x80))).toBe(1); // a lone continuation byte
    expect(firstInvalidUtf8Offset(bytes(0xc0, 0xaf))).toBe(0); // an overlong "/"
    expect(firstInvalidUtf8Offset(bytes(0x41, 0xe4, 0xbf))).toBe(1); // cut short at the end
    expect(firstInvalidUtf8Offset(bytes(0xed, 0xa0, 0x80))).toBe(0); // a surrogate
    expect(firstInvalidUtf8Offset(bytes(0xf4, 0x90, 0x80, 0x80))).toBe(0); // past U+10FFFF
    expect(firstInvalidUtf8Offset(new TextEncoder().encode('保号卡😀'))).toBe(13);
  });
});
