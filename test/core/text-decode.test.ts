import { deflateRawSync } from 'node:zlib';
import { decodeDocument } from '../../src/core/text/decode-document';
import { importDocument } from '../../src/core/import/import-document';
import { isRecognised } from '../../src/core/import/is-recognised';
import { SEED_FIXTURE, readFixture } from '../support/fixtures';
import { toCp1251, toUtf16 } from '../support/legacy-encodings';

const seed = readFixture(SEED_FIXTURE);
const SEED_TITLE = 'Привлечение клиентов и маркетинг';
const utf8 = (text: string): Uint8Array => new TextEncoder().encode(text);
const concat = (...parts: Uint8Array[]): Uint8Array => Uint8Array.from(parts.flatMap((part) => [...part]));

function expectSeed(bytes: Uint8Array, encoding: string): void {
  const decoded = decodeDocument(bytes);
  expect(decoded).toMatchObject({ ok: true, encoding });
  if (!decoded.ok) return;
  expect(decoded.text).toBe(seed);
  expect(importDocument(decoded.text).cards[0]!.content.title).toBe(SEED_TITLE);
}

describe('decodeDocument', () => {
  it('reads UTF-8, with and without a byte-order mark (which it drops)', () => {
    expectSeed(utf8(seed), 'utf-8');
    expectSeed(concat(Uint8Array.of(0xef, 0xbb, 0xbf), utf8(seed)), 'utf-8');
  });

  it('reads UTF-16 with a byte-order mark, in either byte order', () => {
    expectSeed(toUtf16(`\uFEFF${seed}`, 'le'), 'utf-16le');
    expectSeed(toUtf16(`\uFEFF${seed}`, 'be'), 'utf-16be');
    // Greek has no zero high bytes: only the mark tells it from binary.
    expect(decodeDocument(toUtf16('\uFEFFΚαλημέρα', 'le'))).toEqual({ ok: true, text: 'Καλημέρα', encoding: 'utf-16le' });
  });

  it('trusts a UTF-8 byte-order mark over a broken byte', () => {
    expect(decodeDocument(concat(Uint8Array.of(0xef, 0xbb, 0xbf), utf8('Ёлка'), Uint8Array.of(0xff)))).toEqual({
      ok: true,
      text: 'Ёлка\uFFFD',
      encoding: 'utf-8',
    });
  });

  it('reads UTF-16 without a byte-order mark by where its zero bytes fall', () => {
    expectSeed(toUtf16(seed, 'le'), 'utf-16le');
    expectSeed(toUtf16(seed, 'be'), 'utf-16be');
    expect(decodeDocument(toUtf16('Process card: Sales', 'le'))).toEqual({ ok: true, text: 'Process card: Sales', encoding: 'utf-16le' });
  });

  it('reads UTF-16 Russian without a byte-order mark even with no space in it', () => {
    expect(decodeDocument(toUtf16('Привет', 'le'))).toEqual({ ok: true, text: 'Привет', encoding: 'utf-16le' });
  });

  it('reads Windows-1251 when the text comes out Russian', () => {
    expectSeed(toCp1251(seed), 'windows-1251');
    expect(decodeDocument(toCp1251('Ёлка, ёж и «Щука» № 5'))).toEqual({ ok: true, text: 'Ёлка, ёж и «Щука» № 5', encoding: 'windows-1251' });
  });

  it('prefers UTF-8 when the bytes are valid UTF-8', () => {
    expect(decodeDocument(utf8('Ёлка'))).toEqual({ ok: true, text: 'Ёлка', encoding: 'utf-8' });
    expect(decodeDocument(new Uint8Array())).toEqual({ ok: true, text: '', encoding: 'utf-8' });
  });

  it('does not take Western 8-bit text for Russian', () => {
    // «Größe café naïve» in Windows-1252: read as 1251 it would be «GrцЯe cafй naпve».
    const latin = Uint8Array.from('Größe café naïve', (char) => char.charCodeAt(0));
    expect(decodeDocument(latin)).toEqual({ ok: false, reason: 'unknown-encoding' });
  });

  it('calls a zip (what a .docx is) and other binary files not text', () => {
    const zipHeader = Uint8Array.of(0x50, 0x4b, 0x03, 0x04, 0x14, 0x00, 0x06, 0x00, 0x08, 0x00, 0x00, 0x00, 0x21, 0x00);
    const docx = concat(zipHeader, utf8('[Content_Types].xml'), deflateRawSync(Buffer.from(seed)));
    expect(decodeDocument(docx)).toEqual({ ok: false, reason: 'not-text' });
    expect(decodeDocument(Uint8Array.from({ length: 4096 }, (_, index) => (index * 7919) % 256))).toEqual({ ok: false, reason: 'not-text' });
  });

  it('makes a Windows-1251 document importable that used to be "nothing recognised"', () => {
    const misread = new TextDecoder('utf-8').decode(toCp1251(seed));
    expect(isRecognised(importDocument(misread))).toBe(false);
    const decoded = decodeDocument(toCp1251(seed));
    expect(decoded.ok && isRecognised(importDocument(decoded.text))).toBe(true);
  });
});
