/**
 * KPI values as readers type and read them, in their own locale: «95,5 %» in Russian, "95.5%"
 * in English. The locale's decimal and group characters come from Intl, so a locale we never
 * listed still works; a value that could mean two numbers is refused, not guessed.
 */

export type ParsedKpiNumber = { ok: true; value: number; percent: boolean } | { ok: false; reason: 'empty' | 'not-a-number' };

interface Separators {
  decimal: string;
  group: string;
}

/** Confluence sends locales as `ru_RU`; Intl wants `ru-RU`, and throws on a tag it cannot read. */
function numberFormat(locale: string, options?: Intl.NumberFormatOptions): Intl.NumberFormat {
  try {
    return new Intl.NumberFormat(locale.replace(/_/g, '-'), options);
  } catch {
    return new Intl.NumberFormat('en', options);
  }
}

const separatorCache = new Map<string, Separators>();

function separatorsOf(locale: string): Separators {
  let found = separatorCache.get(locale);
  if (!found) {
    const parts = numberFormat(locale).formatToParts(1234567.5);
    found = {
      decimal: parts.find((part) => part.type === 'decimal')?.value ?? '.',
      group: parts.find((part) => part.type === 'group')?.value ?? ',',
    };
    separatorCache.set(locale, found);
  }
  return found;
}

/** Space, no-break space and narrow no-break space: typed, pasted from Word, or written by Intl (fr). */
const SPACE = /^[ \u00a0\u202f]$/;
const NOT_A_NUMBER = { ok: false, reason: 'not-a-number' } as const;

/** Digit runs and the single separator character between each two, or null for anything else. */
function splitRuns(text: string, extra: Separators): { runs: string[]; seps: string[] } | null {
  const runs = [''];
  const seps: string[] = [];
  for (const char of text) {
    if (char >= '0' && char <= '9') {
      runs[runs.length - 1] += char;
    } else if (SPACE.test(char) || char === '.' || char === ',' || char === extra.group || char === extra.decimal) {
      if (runs[runs.length - 1] === '' && runs.length > 1) return null;
      seps.push(SPACE.test(char) ? ' ' : char);
      runs.push('');
    } else {
      return null;
    }
  }
  return runs[runs.length - 1] === '' ? null : { runs, seps };
}

/** Groups of thousands (or the Indian lakh pattern): one separator, a 1–3 digit head without a leading zero, 3 digits last. */
function validGrouping(runs: readonly string[], seps: readonly string[]): boolean {
  if (seps.length === 0) return true;
  if (seps.some((sep) => sep !== seps[0])) return false;
  const head = runs[0]!;
  if (head.length < 1 || head.length > 3 || head.startsWith('0')) return false;
  const middle = runs.slice(1, -1).map((run) => run.length);
  return runs[runs.length - 1]!.length === 3 && (middle.every((n) => n === 3) || middle.every((n) => n === 2));
}

/**
 * Which separator is the decimal one (its index in seps), -1 for none, null when the text is no
 * number. When both '.' and ',' appear the last one is decimal («1.234,5», "1,234.5"); a lone one
 * is decimal unless it is the locale's group character followed by exactly three digits ("1,234"
 * in English is a thousand; «1,5» is one and a half everywhere).
 */
function decimalIndex(runs: readonly string[], seps: readonly string[], locale: Separators): number | null {
  const last = seps.length - 1;
  const mark = seps[last];
  // Spaces and a locale's other group marks (de-CH «'») never end the whole part.
  if (mark === undefined || (mark !== '.' && mark !== ',' && mark !== locale.decimal)) return -1;
  const marks = seps.filter((sep) => sep === mark).length;
  const others = seps.some((sep) => sep !== mark && sep !== ' ');
  if (others) return marks === 1 ? last : null;
  if (marks > 1) return -1;
  if (mark === locale.group && mark !== locale.decimal && validGrouping(runs, seps)) return -1;
  return last;
}

export function parseKpiNumber(text: string, locale: string): ParsedKpiNumber {
  let rest = text.trim();
  if (rest === '') return { ok: false, reason: 'empty' };
  let percent = false;
  if (rest.endsWith('%')) {
    percent = true;
    rest = rest.slice(0, -1).trimEnd();
  }
  let sign = 1;
  if (/^[-+\u2212]/.test(rest)) {
    sign = rest[0] === '+' ? 1 : -1;
    rest = rest.slice(1);
  }
  // Some locales (tr) write the percent sign first: «%95».
  if (!percent && rest.startsWith('%')) {
    percent = true;
    rest = rest.slice(1).trimStart();
  }
  const separators = separatorsOf(locale);
  const split = splitRuns(rest, separators);
  if (!split) return NOT_A_NUMBER;
  const { runs, seps } = split;
  const decimal = decimalIndex(runs, seps, separators);
  if (decimal === null) return NOT_A_NUMBER;
  const groupRuns = decimal < 0 ? runs : runs.slice(0, decimal + 1);
  const groupSeps = decimal < 0 ? seps : seps.slice(0, decimal);
  const leadingDecimal = decimal === 0 && runs[0] === '';
  if (!leadingDecimal && (runs[0] === '' || !validGrouping(groupRuns, groupSeps))) return NOT_A_NUMBER;
  const whole = groupRuns.join('') || '0';
  const value = sign * Number(decimal < 0 ? whole : `${whole}.${runs[decimal + 1]}`);
  if (!Number.isFinite(value)) return NOT_A_NUMBER;
  return { ok: true, value: value === 0 ? 0 : value, percent };
}

const formatCache = new Map<string, Intl.NumberFormat>();

function formatterFor(locale: string, percent: boolean, small: boolean): Intl.NumberFormat {
  const cacheKey = `${locale}|${percent}|${small}`;
  let format = formatCache.get(cacheKey);
  if (!format) {
    // Two decimals are enough for a KPI; a value below 1 keeps four significant digits so 0.0042 is not shown as 0.
    const digits: Intl.NumberFormatOptions = small ? { maximumSignificantDigits: 4 } : { maximumFractionDigits: 2 };
    format = numberFormat(locale, { ...digits, ...(percent ? { style: 'percent' } : {}) });
    formatCache.set(cacheKey, format);
  }
  return format;
}

/** value / 100 by moving the decimal point, so 1.005 % rounds like 1.005 does (1.005 / 100 is 0.010049999…). */
function hundredth(value: number): number {
  const written = String(value);
  return written.includes('e') ? value / 100 : Number(`${written}e-2`);
}

/** The value as the reader's locale writes it; '%' placed as Intl places it («95,5 %», "95.5%"), other units after a no-break space. */
export function formatKpiNumber(value: number, locale: string, unit?: string): string {
  const shown = value === 0 ? 0 : value;
  const small = shown !== 0 && Math.abs(shown) < 1;
  const written = (unit ?? '').trim();
  if (written === '%') return formatterFor(locale, true, small).format(hundredth(shown));
  const number = formatterFor(locale, false, small).format(shown);
  return written === '' ? number : `${number}\u00a0${written}`;
}
