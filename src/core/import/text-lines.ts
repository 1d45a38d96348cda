/** Lines of a document with Windows/old-Mac line ends and a byte-order mark taken away. */
export function toLines(text: string): string[] {
  return text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n').split('\n');
}

export const isBlank = (line: string): boolean => line.trim() === '';

/** Removes trailing characters from `chars` with a plain loop: `/[…]+$/` is quadratic on long runs. */
export function trimEndChars(text: string, chars: string): string {
  let end = text.length;
  while (end > 0 && chars.includes(text[end - 1]!)) end -= 1;
  return text.slice(0, end);
}

export function trimStartChars(text: string, chars: string): string {
  let start = 0;
  while (start < text.length && chars.includes(text[start]!)) start += 1;
  return text.slice(start);
}

/** Separators people put between a label and its value, or after a list item. */
export const PUNCTUATION_AROUND = ' \t.:;,?–—-';

/** Lower case, «ё» as «е», single spaces, no quotes or emphasis marks, no punctuation at the ends. */
export function normalizeLabel(text: string): string {
  const lowered = text.toLowerCase().replace(/ё/g, 'е').replace(/[«»"“”„`*_]/g, '').replace(/\s+/g, ' ');
  return trimStartChars(trimEndChars(lowered, PUNCTUATION_AROUND), PUNCTUATION_AROUND);
}

/** Strips a wrapping `**…**` or `__…__` (Markdown bold) from a whole line. */
export function stripBold(text: string): { text: string; bold: boolean } {
  const trimmed = text.trim();
  for (const mark of ['**', '__']) {
    if (trimmed.length > 4 && trimmed.startsWith(mark)) {
      // "**Inputs:**" and "**Inputs**:" are both a bold label.
      const body = trimmed.endsWith(mark)
        ? trimmed.slice(2, -2)
        : trimmed.endsWith(`${mark}:`)
          ? `${trimmed.slice(2, -3)}:`
          : null;
      if (body !== null && !body.includes(mark)) return { text: body.trim(), bold: true };
    }
  }
  return { text: trimmed, bold: false };
}

const BULLET = /^\s*(?:[-*•·▪–]|\d{1,3}[.)]|[a-zа-я][.)])\s+/u;

/** The text of a list item without its bullet or number, or null when the line is no list item. */
export function listItemText(line: string): string | null {
  const match = BULLET.exec(line);
  return match ? line.slice(match[0].length).trim() : null;
}

/** Splits a run-together list ("a; b; c" or "a, b, c") outside brackets and quotes. */
export function splitRunTogether(text: string, separator: ';' | ','): string[] {
  const parts: string[] = [];
  let depth = 0;
  let start = 0;
  for (let index = 0; index < text.length; index += 1) {
    const char = text[index]!;
    if (char === '(' || char === '[' || char === '«' || char === '{') depth += 1;
    else if ((char === ')' || char === ']' || char === '»' || char === '}') && depth > 0) depth -= 1;
    else if (char === separator && depth === 0) {
      parts.push(text.slice(start, index));
      start = index + 1;
    }
  }
  parts.push(text.slice(start));
  return parts.map((part) => part.trim()).filter((part) => part !== '');
}
