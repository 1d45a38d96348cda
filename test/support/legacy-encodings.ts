/** Windows-1251 bytes of the characters a Russian card uses beyond ASCII. */
const CP1251_EXTRA: Record<string, number> = { Ё: 0xa8, ё: 0xb8, '№': 0xb9, '«': 0xab, '»': 0xbb, '–': 0x96, '—': 0x97, '\u00a0': 0xa0 };

/** Text as Windows-1251 bytes (Node can decode it, not encode it): А–я are 0xC0–0xFF. */
export function toCp1251(text: string): Uint8Array {
  return Uint8Array.from(text, (char) => {
    const code = char.codePointAt(0)!;
    if (code < 0x80) return code;
    if (code >= 0x410 && code <= 0x44f) return code - 0x410 + 0xc0;
    const extra = CP1251_EXTRA[char];
    if (extra === undefined) throw new Error(`no Windows-1251 byte for U+${code.toString(16)}`);
    return extra;
  });
}

/** Text as UTF-16 bytes in either order, with no byte-order mark unless the text starts with U+FEFF. */
export function toUtf16(text: string, order: 'le' | 'be'): Uint8Array {
  const bytes = new Uint8Array(text.length * 2);
  for (let index = 0; index < text.length; index += 1) {
    const unit = text.charCodeAt(index);
    bytes[index * 2 + (order === 'le' ? 0 : 1)] = unit & 0xff;
    bytes[index * 2 + (order === 'le' ? 1 : 0)] = unit >> 8;
  }
  return bytes;
}
