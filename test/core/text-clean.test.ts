import { cleanText } from '../../src/core/text/clean-text';
import { importDocument } from '../../src/core/import/import-document';

describe('cleanText', () => {
  it('removes C0 controls but tab, line feed and carriage return, and DEL', () => {
    expect(cleanText('a\u0000b\u0007c\u0008d\u000Be\u000Cf\u001Bg\u001Fh\u007Fi')).toBe('abcdefghi');
    expect(cleanText('a\tb\nc')).toBe('a\tb\nc');
  });

  it('turns CRLF and lone CR into LF', () => {
    expect(cleanText('a\r\nb\rc\n\r\nd')).toBe('a\nb\nc\n\nd');
  });

  it('removes C1 controls', () => {
    expect(cleanText('a\u0080b\u0085c\u009Fd')).toBe('abcd');
  });

  it('removes bidi embeddings, overrides and isolates', () => {
    const marks = '\u202A\u202B\u202C\u202D\u202E\u2066\u2067\u2068\u2069';
    expect(cleanText(`in${marks}voice`)).toBe('invoice');
    expect(cleanText('file\u202Etxt.exe')).toBe('filetxt.exe');
  });

  it('removes surrogate halves without their other half, and keeps pairs', () => {
    expect(cleanText('a\uD800b\uDC00c')).toBe('abc');
    expect(cleanText('a\uDC00\uD800')).toBe('a');
    expect(cleanText('😀 \uD83D\uDE00')).toBe('😀 😀');
  });

  it('keeps everything else: Cyrillic, NBSP, emoji sequences with their joiners, marks', () => {
    const kept = 'Ёлка\u00A0№ 5 — 👩\u200D💻 👍🏽 \u200E é\u0301 ‹›';
    expect(cleanText(kept)).toBe(kept);
  });

  it('is applied to a document before it is read', () => {
    const { cards } = importDocument('# Process card: Sa\u202Eles\u0007\r\n\r\n## Purpose\r\n\r\nSell\u0000.');
    expect(cards[0]!.content.title).toBe('Sales');
    expect(cards[0]!.content.purpose.process).toBe('Sell.');
  });
});
