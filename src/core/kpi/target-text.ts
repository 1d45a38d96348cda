import type { ParsedBound } from '../card/process-card';

/**
 * A strict reader for the targets real cards write: «≥ 95 %», «95–102 %», «LTV:CAC ≥ 3»,
 * «не более 2 %», "at least 15%", «≥ 10 % в год». Unlike the importer's lenient reader it reads
 * the whole text or nothing: a text with words it does not know («см. п. 6.7», «снижение на 5 %»)
 * has no target rather than a wrong one.
 */

type Comparator = ParsedBound['comparator'];

/** "Per year" however it is written; removed before the bound is read, reported beside it. */
const PER_YEAR =
  /\s*\/\s*(?:year|yr|год|г\.?)(?!\p{L})|(?<!\p{L})(?:per year|a year|per annum|p\.\s?a\.|annual(?:ly)?|yearly|year[- ]on[- ]year|yoy|в год|за год|ежегодно|в годовом выражении|годов\p{L}*)(?!\p{L})/giu;

const WORD_COMPARATORS: ReadonlyArray<[string, Comparator]> = [
  ['не менее', '>='], ['не ниже', '>='], ['не меньше', '>='], ['как минимум', '>='], ['минимум', '>='],
  ['no less than', '>='], ['not less than', '>='], ['at least', '>='], ['minimum', '>='], ['min.', '>='], ['min', '>='],
  ['не более', '<='], ['не выше', '<='], ['не больше', '<='], ['не превышает', '<='], ['как максимум', '<='], ['максимум', '<='],
  ['no more than', '<='], ['not more than', '<='], ['at most', '<='], ['up to', '<='], ['maximum', '<='], ['max.', '<='], ['max', '<='], ['до', '<='],
  ['более', '>'], ['больше', '>'], ['свыше', '>'], ['выше', '>'], ['more than', '>'], ['greater than', '>'], ['higher than', '>'], ['above', '>'], ['over', '>'],
  ['менее', '<'], ['меньше', '<'], ['ниже', '<'], ['less than', '<'], ['lower than', '<'], ['below', '<'], ['under', '<'],
  ['равно', '='], ['ровно', '='], ['exactly', '='],
];

const SYMBOL_COMPARATORS: ReadonlyArray<[string, Comparator]> = [
  ['>=', '>='], ['=>', '>='], ['≥', '>='], ['⩾', '>='],
  ['<=', '<='], ['=<', '<='], ['≤', '<='], ['⩽', '<='],
  ['==', '='], ['>', '>'], ['<', '<'], ['=', '='],
];

/** «95 % и более», "15% or more". */
const SUFFIX_COMPARATORS: ReadonlyArray<[string, Comparator]> = [
  ['и более', '>='], ['и выше', '>='], ['и больше', '>='], ['или более', '>='], ['or more', '>='], ['or higher', '>='], ['or above', '>='], ['and above', '>='],
  ['и менее', '<='], ['и ниже', '<='], ['и меньше', '<='], ['или менее', '<='], ['or less', '<='], ['or lower', '<='], ['or below', '<='], ['and below', '<='],
];

const escape = (text: string): string => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
const alternatives = (list: ReadonlyArray<[string, Comparator]>): string =>
  [...list].sort((a, b) => b[0].length - a[0].length).map(([words]) => escape(words)).join('|');
const lookup = (list: ReadonlyArray<[string, Comparator]>, words: string): Comparator | undefined =>
  list.find(([w]) => w === words.toLowerCase())?.[1];

const NUM = String.raw`([-−+]?\d+(?: \d{3})*(?:[.,]\d+)?)`;
const WORD = String.raw`[\p{L}\p{Sc}×][\p{L}\p{Sc}×.\/]*`;
/** «%», «дней», «руб.», «шт/мес», «% от плана»: up to three words after the number. */
const UNIT = String.raw`((?:%(?:\/${WORD})?|${WORD})(?: ${WORD}){0,2})?`;
/** Words before the comparator («LTV:CAC», «доля брака»): no digits, no comparator signs. */
const LABEL = String.raw`[^\d<>=≥≤⩾⩽]*?`;
const JOINER = String.raw`(?:-|–|—|\.\.|…|до|to|and|и)`;

const COMPARED = new RegExp(
  String.raw`^${LABEL}(${alternatives(SYMBOL_COMPARATORS)}|(?<!\p{L})(?:${alternatives(WORD_COMPARATORS)})(?!\p{L})) ?${NUM} ?${UNIT}$`,
  'iu',
);
const BAND = new RegExp(String.raw`^(?:(?:от|from|between|в диапазоне|в пределах|within) )?${NUM} ?${UNIT} ?${JOINER} ?${NUM} ?${UNIT}$`, 'iu');
const SUFFIXED = new RegExp(String.raw`^${NUM} ?${UNIT} (${alternatives(SUFFIX_COMPARATORS)})$`, 'iu');
const BARE = new RegExp(String.raw`^${NUM} ?${UNIT}$`, 'u');

const numberOf = (written: string): number => Number(written.replace(/ /g, '').replace('−', '-').replace(',', '.'));

export interface TargetText {
  bound: ParsedBound;
  /** No comparator was written («95 %»): the reader of the text decides which side is good. */
  bare: boolean;
}

/** Spaces collapsed and «ё» read as «е»; case is kept (for the unit) and ignored by the patterns. */
function normalize(text: string): string {
  return text.replace(/ё/g, 'е').replace(/Ё/g, 'Е').replace(/[\s\u00a0\u202f]+/g, ' ').trim();
}

/** Every way of writing "per year" has one of these letters; most targets («≥ 95 %») have none and skip the long pattern. */
const PER_YEAR_HINT = /[yaг]/i;

export function hasPerYear(text: string): boolean {
  if (!PER_YEAR_HINT.test(text)) return false;
  PER_YEAR.lastIndex = 0;
  const found = PER_YEAR.test(normalize(text));
  PER_YEAR.lastIndex = 0;
  return found;
}

export function withoutPerYear(text: string): string {
  if (!PER_YEAR_HINT.test(text)) return normalize(text);
  return normalize(text).replace(PER_YEAR, ' ').replace(/ +/g, ' ').trim();
}

/** The bound a target or threshold text states, or null when the text is not wholly one of the known forms. */
export function readTargetText(text: string): TargetText | null {
  if (text.length > 300 || text.trim() === '') return null;
  const plain = withoutPerYear(text);
  const band = BAND.exec(plain);
  if (band) {
    const [, low, lowUnit = '', high, highUnit = ''] = band;
    if (lowUnit && highUnit && lowUnit !== highUnit) return null;
    const [from, to] = [numberOf(low!), numberOf(high!)].sort((a, b) => a - b) as [number, number];
    return { bound: { comparator: 'range', value: from, max: to, unit: highUnit || lowUnit }, bare: false };
  }
  const compared = COMPARED.exec(plain);
  if (compared) {
    const [, written, value, unit = ''] = compared;
    const comparator = lookup(SYMBOL_COMPARATORS, written!) ?? lookup(WORD_COMPARATORS, written!);
    return comparator ? { bound: { comparator, value: numberOf(value!), unit }, bare: false } : null;
  }
  const suffixed = SUFFIXED.exec(plain);
  if (suffixed) {
    const [, value, unit = '', words] = suffixed;
    return { bound: { comparator: lookup(SUFFIX_COMPARATORS, words!)!, value: numberOf(value!), unit }, bare: false };
  }
  const bare = BARE.exec(plain);
  return bare ? { bound: { comparator: '=', value: numberOf(bare[1]!), unit: bare[2] ?? '' }, bare: true } : null;
}

/** Did the text say "equal" itself? A stored '=' bound may come from a bare number, which says no side. */
export function saysEqual(text: string): boolean {
  return /=|(?<!\p{L})(?:равно|ровно|exactly)(?!\p{L})/iu.test(text);
}
