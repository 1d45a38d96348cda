import type { ParsedBound } from '../card/process-card';
import { trimEndChars } from './text-lines';

type Comparator = ParsedBound['comparator'];

/** Words before a number that act as a comparator; longer phrases first («не менее» before «менее»). */
const WORD_COMPARATORS: ReadonlyArray<[string, Comparator]> = [
  ['не менее', '>='], ['не ниже', '>='], ['не меньше', '>='], ['минимум', '>='], ['no less than', '>='],
  ['at least', '>='], ['min', '>='],
  ['не более', '<='], ['не выше', '<='], ['не больше', '<='], ['не превышает', '<='], ['максимум', '<='],
  ['no more than', '<='], ['at most', '<='], ['up to', '<='], ['max', '<='], ['до', '<='],
  ['более', '>'], ['больше', '>'], ['свыше', '>'], ['выше', '>'], ['more than', '>'], ['greater than', '>'],
  ['above', '>'], ['over', '>'],
  ['менее', '<'], ['меньше', '<'], ['ниже', '<'], ['less than', '<'], ['below', '<'], ['under', '<'],
  ['равно', '='], ['exactly', '='],
];

const SYMBOL_COMPARATORS: ReadonlyArray<[string, Comparator]> = [
  ['>=', '>='], ['=>', '>='], ['≥', '>='], ['⩾', '>='],
  ['<=', '<='], ['=<', '<='], ['≤', '<='], ['⩽', '<='],
  ['>', '>'], ['<', '<'], ['=', '='],
];

const NUMBER = /[-−]?\d{1,15}(?:[ \u00a0]\d{3})*(?:[.,]\d+)?/g;

interface FoundNumber {
  value: number;
  start: number;
  end: number;
}

function numbersIn(text: string): FoundNumber[] {
  const found: FoundNumber[] = [];
  NUMBER.lastIndex = 0;
  for (let match = NUMBER.exec(text); match && found.length < 3; match = NUMBER.exec(text)) {
    let written = match[0];
    let start = match.index;
    // A hyphen right after a digit or letter is a range dash or a word joint, not a minus sign.
    if (/^[-−]/.test(written) && start > 0 && /[\p{L}\p{N}]/u.test(text[start - 1]!)) {
      written = written.slice(1);
      start += 1;
    }
    const value = Number(written.replace(/[ \u00a0]/g, '').replace('−', '-').replace(',', '.'));
    if (Number.isFinite(value)) found.push({ value, start, end: match.index + match[0].length });
  }
  NUMBER.lastIndex = 0;
  return found;
}

function comparatorBefore(prefix: string): Comparator | undefined {
  const lower = prefix.toLowerCase().replace(/ё/g, 'е');
  // The symbol nearest the number wins; on a tie the longer one («>=» rather than its «=»).
  let best: { end: number; length: number; comparator: Comparator } | undefined;
  for (const [symbol, comparator] of SYMBOL_COMPARATORS) {
    const at = lower.lastIndexOf(symbol);
    if (at < 0) continue;
    const end = at + symbol.length;
    if (!best || end > best.end || (end === best.end && symbol.length > best.length)) {
      best = { end, length: symbol.length, comparator };
    }
  }
  if (best) return best.comparator;
  for (const [words, comparator] of WORD_COMPARATORS) {
    const at = lower.lastIndexOf(words);
    const before = at > 0 ? lower[at - 1]! : ' ';
    const after = lower[at + words.length] ?? ' ';
    if (at >= 0 && !/\p{L}/u.test(before) && !/\p{L}/u.test(after)) return comparator;
  }
  return undefined;
}

const RANGE_JOINER = /^\s*(?:[-–—]|\.\.|до|to|and|и)\s*$/iu;

/** The unit written after the number: «%», «дней», "%/year"; never longer than the schema allows. */
function unitAfter(text: string): string {
  let unit = text.trim();
  const stop = unit.search(/[(;,]|\s[-–—]\s/);
  if (stop >= 0) unit = unit.slice(0, stop);
  unit = trimEndChars(unit.trim(), ' .');
  return unit.length <= 20 ? unit : '';
}

/**
 * Reads a target or threshold from its text: «≥ 95%» → { comparator: '>=', value: 95, unit: '%' },
 * «95–102 %» → a range, «не более 5 дней» → '<=' 5 «дней». Undefined when the text holds no number.
 */
export function parseBound(text: string): ParsedBound | undefined {
  if (text.length > 300) return undefined;
  const numbers = numbersIn(text);
  const first = numbers[0];
  if (!first) return undefined;
  const prefix = text.slice(0, first.start);
  const second = numbers[1];
  const joined = second !== undefined && RANGE_JOINER.test(text.slice(first.end, second.start).replace('%', ''));
  const comparator = comparatorBefore(prefix);
  const isRange = joined && (comparator === undefined || /(?:^|\s)(?:от|from|between)\s*$/iu.test(prefix) || comparator === '<=');
  if (isRange && second && second.value >= first.value) {
    const unit = unitAfter(text.slice(second.end)) || unitAfter(text.slice(first.end, second.start).replace(/[-–—]|\.\.|до|to|and/giu, ''));
    return { comparator: 'range', value: first.value, max: second.value, unit };
  }
  return { comparator: comparator ?? '=', value: first.value, unit: unitAfter(text.slice(first.end)) };
}

/** Which way is better, as the comparator of a target tells it. */
export function directionOf(bound: ParsedBound | undefined): 'higher' | 'lower' | null {
  if (!bound) return null;
  if (bound.comparator === '>=' || bound.comparator === '>') return 'higher';
  if (bound.comparator === '<=' || bound.comparator === '<') return 'lower';
  return null;
}

/** «выше – лучше», "higher is better", «↑», "max" → 'higher'. */
export function parseDirection(text: string): 'higher' | 'lower' | null {
  const lower = text.toLowerCase();
  if (/выше|больше|рост|увелич|higher|increase|more|max|↑/u.test(lower)) return 'higher';
  if (/ниже|меньше|сниж|уменьш|lower|decrease|less|min|↓/u.test(lower)) return 'lower';
  return null;
}
