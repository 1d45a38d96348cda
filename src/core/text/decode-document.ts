export type DocumentEncoding = 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1251';

export type DecodedDocument =
  | { ok: true; text: string; encoding: DocumentEncoding }
  | { ok: false; reason: 'not-text' | 'unknown-encoding' };

const decode = (encoding: DocumentEncoding, bytes: Uint8Array, fatal = false): string =>
  new TextDecoder(encoding, { fatal }).decode(bytes);

function tryDecode(encoding: DocumentEncoding, bytes: Uint8Array): string | null {
  try {
    return decode(encoding, bytes, true);
  } catch {
    // TextDecoder's only way of saying "these bytes are not valid in this encoding".
    return null;
  }
}

function bomEncoding(bytes: Uint8Array): DocumentEncoding | null {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) return 'utf-8';
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

/**
 * UTF-16 without a byte-order mark: the spaces, digits and Latin letters of any text have a
 * zero high byte, Russian letters 0x04 (U+0400–U+04FF), so these gather on one side of each
 * byte pair, while zeros are all but absent from the other.
 */
function utf16Order(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 2 || bytes.length % 2 !== 0) return null;
  const high = [0, 0];
  const zeros = [0, 0];
  for (let index = 0; index < bytes.length; index += 1) {
    const byte = bytes[index]!;
    if (byte === 0x00 || byte === 0x04) high[index % 2]! += 1;
    if (byte === 0x00) zeros[index % 2]! += 1;
  }
  const pairs = bytes.length / 2;
  if (high[1]! >= pairs * 0.3 && zeros[0]! <= pairs * 0.01) return 'utf-16le';
  if (high[0]! >= pairs * 0.3 && zeros[1]! <= pairs * 0.01) return 'utf-16be';
  return null;
}

/** NULs and control codes other than tab, line and page breaks do not occur in text files. */
function looksBinary(bytes: Uint8Array): boolean {
  let controls = 0;
  for (const byte of bytes) {
    if (byte < 0x20 && byte !== 0x09 && byte !== 0x0a && byte !== 0x0b && byte !== 0x0c && byte !== 0x0d) controls += 1;
  }
  return controls > bytes.length * 0.01;
}

const CYRILLIC = /\p{Script=Cyrillic}/u;
const LATIN = /\p{Script=Latin}/u;

/**
 * Whether bytes read as Windows-1251 give Russian rather than another 8-bit code page read
 * wrongly. Any high byte becomes a Cyrillic letter in 1251, but Western text read so puts
 * them inside Latin words («cafй», «GrцЯe»), while Russian keeps its words in one script.
 */
function plausiblyCyrillic(text: string): boolean {
  let cyrillicWords = 0;
  let mixedWords = 0;
  for (const word of text.match(/\p{L}+/gu) ?? []) {
    if (!CYRILLIC.test(word)) continue;
    cyrillicWords += 1;
    if (LATIN.test(word)) mixedWords += 1;
  }
  return cyrillicWords > 0 && mixedWords <= cyrillicWords * 0.1;
}

/**
 * The text of an uploaded or opened document file. Russian Word exports saved as text are
 * often Windows-1251 or UTF-16, and read as UTF-8 they are noise. Order: a byte-order mark;
 * the NUL pattern of UTF-16 (which would otherwise pass as UTF-8 full of NULs); strict UTF-8;
 * Windows-1251 when the result reads as Cyrillic. Binary files (a .docx is a zip) are not text.
 */
export function decodeDocument(bytes: Uint8Array): DecodedDocument {
  const bom = bomEncoding(bytes);
  // The decoders drop the mark itself.
  if (bom) return { ok: true, text: decode(bom, bytes), encoding: bom };
  const utf16 = utf16Order(bytes);
  if (utf16) {
    const text = tryDecode(utf16, bytes);
    if (text !== null) return { ok: true, text, encoding: utf16 };
  }
  if (looksBinary(bytes)) return { ok: false, reason: 'not-text' };
  const utf8 = tryDecode('utf-8', bytes);
  if (utf8 !== null) return { ok: true, text: utf8, encoding: 'utf-8' };
  const cp1251 = decode('windows-1251', bytes);
  if (plausiblyCyrillic(cp1251)) return { ok: true, text: cp1251, encoding: 'windows-1251' };
  return { ok: false, reason: 'unknown-encoding' };
}
