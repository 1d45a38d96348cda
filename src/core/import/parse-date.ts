export interface FoundDate {
  /** The date as written, e.g. «12» марта 2025 г. */
  text: string;
  /** YYYY-MM-DD when the date is a real calendar date. */
  iso?: string;
  index: number;
}

const RU_MONTHS: ReadonlyArray<[RegExp, number]> = [
  [/^январ/, 1], [/^феврал/, 2], [/^март/, 3], [/^апрел/, 4], [/^ма[йя]/, 5], [/^июн/, 6],
  [/^июл/, 7], [/^август/, 8], [/^сентябр/, 9], [/^октябр/, 10], [/^ноябр/, 11], [/^декабр/, 12],
];
const EN_MONTHS = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

function monthNumber(word: string): number | undefined {
  const lower = word.toLowerCase();
  for (const [pattern, month] of RU_MONTHS) if (pattern.test(lower)) return month;
  const english = EN_MONTHS.indexOf(lower.slice(0, 3));
  return english >= 0 && /^[a-z]+$/.test(lower) ? english + 1 : undefined;
}

export function isoDate(year: number, month: number, day: number): string | undefined {
  if (year < 1900 || year > 2999 || month < 1 || month > 12 || day < 1 || day > 31) return undefined;
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return undefined;
  return `${String(year).padStart(4, '0')}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}`;
}

const PATTERNS: ReadonlyArray<{ pattern: RegExp; read: (match: RegExpExecArray) => string | undefined }> = [
  { pattern: /(\d{4})-(\d{2})-(\d{2})/, read: (m) => isoDate(+m[1]!, +m[2]!, +m[3]!) },
  { pattern: /(\d{1,2})\.(\d{1,2})\.(\d{4})(?:\s*(?:г\.|года))?/u, read: (m) => isoDate(+m[3]!, +m[2]!, +m[1]!) },
  {
    pattern: /[«"“]?(\d{1,2})[»"”]?\s+([а-яё]{3,9})\s+(\d{4})(?:\s*(?:г\.|года|г(?![\p{L}])))?/iu,
    read: (m) => {
      const month = monthNumber(m[2]!);
      return month === undefined ? undefined : isoDate(+m[3]!, month, +m[1]!);
    },
  },
  {
    pattern: /(\d{1,2})\s+([A-Za-z]{3,9})\.?,?\s+(\d{4})/,
    read: (m) => {
      const month = monthNumber(m[2]!);
      return month === undefined ? undefined : isoDate(+m[3]!, month, +m[1]!);
    },
  },
  {
    pattern: /([A-Za-z]{3,9})\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})/,
    read: (m) => {
      const month = monthNumber(m[1]!);
      return month === undefined ? undefined : isoDate(+m[3]!, month, +m[2]!);
    },
  },
];

/** The first date in a line, in any of the usual Russian or English ways of writing one. */
export function findDate(text: string): FoundDate | undefined {
  let best: FoundDate | undefined;
  for (const { pattern, read } of PATTERNS) {
    const match = pattern.exec(text);
    if (!match) continue;
    const iso = read(match);
    if (iso === undefined) continue;
    if (best === undefined || match.index < best.index) best = { text: match[0].trim(), iso, index: match.index };
  }
  return best;
}
