/**
 * Cyrillic UTF-8 read as Windows-1252/Latin-1: «Ð»/«Ñ» and a byte of the 0x80–0xBF range
 * («ÐŸÑ€Ð¸»); read as Windows-1251: «Р»/«С» and such a byte («Рџ», «Р°Р±»). Russian as
 * written has neither pair except by rare accident.
 */
const MOJIBAKE_1252 =
  /[ÐÑ][\u0080-\u00BF\u0152\u0153\u0160\u0161\u0178\u017D\u017E\u0192\u02C6\u02DC\u2013\u2014\u2018-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2122]/g;
const MOJIBAKE_1251 =
  /[РС][\u0080-\u00BF\u0401-\u040F\u0451-\u045F\u0490\u0491\u2013\u2014\u2018-\u201E\u2020-\u2022\u2026\u2030\u2039\u203A\u20AC\u2116\u2122]/g;

const count = (text: string, pattern: RegExp): number => text.match(pattern)?.length ?? 0;

/**
 * Whether pasted text was decoded with the wrong encoding on its way here: many U+FFFD
 * replacement characters, or the pairs above where letters should be. The paste path uses it
 * to say "this text is not UTF-8" rather than "nothing recognised".
 */
export function looksMisdecoded(text: string): boolean {
  const letters = count(text, /\p{L}/gu);
  const replacements = count(text, /\uFFFD/g);
  if (replacements >= 3 && replacements >= (letters + replacements) * 0.01) return true;
  const pairs = count(text, MOJIBAKE_1252) + count(text, MOJIBAKE_1251);
  // Read wrongly, nearly every Cyrillic letter becomes such a pair; as written, few ever are.
  return pairs >= 3 && pairs >= letters * 0.25;
}
