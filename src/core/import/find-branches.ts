import { trimEndChars } from './text-lines';

export interface Branch {
  /** The condition as written: «да», "no", «бюджет не утверждён»; '' for a plain "go to 3". */
  label: string;
  /** The step number as written: «4», «2.1». */
  target: string;
}

export interface BranchesFound {
  branches: Branch[];
  /** Where the branch phrases begin: the step's own text ends here. */
  cut: number;
}

const TARGET = String.raw`(?:(?:go|proceed|return|jump|move|continue)\s+(?:back\s+)?(?:on\s+)?to|then\s+(?:go\s+to\s+)?|continue\s+with|переход(?:им)?\s+(?:к|на)|перейти\s+(?:к|на)|вернуться\s+(?:к|на)|возврат\s+(?:к|на)|далее\s+(?:к|на)|к|на|to|→|->|=>)\s*(?:шаг[уа]?\s*|этап[уа]?\s*|пункт[уа]?\s*|п\.\s*|step\s+)?(\d{1,3}(?:\.\d{1,3}){0,4})\.?\s*$`;

const CONDITIONAL = new RegExp(
  String.raw`^\s*(?:если|в случае(?: если)?|при|if|when|in case(?: of)?)\s+(.{1,60}?)\s*(?:[–—:,-]|→|->|=>)?\s*${TARGET}`,
  'iu',
);
const OTHERWISE = new RegExp(String.raw`^\s*(иначе|в противном случае|otherwise|else)\s*[–—:,-]?\s*${TARGET}`, 'iu');
const ANSWER = /^\s*(да|нет|yes|no)\s*(?:→|->|=>|[–—:-])\s*(?:к\s+|на\s+|to\s+|шаг\s*|step\s+)?(\d{1,3}(?:\.\d{1,3}){0,4})\.?\s*$/iu;
const PLAIN = new RegExp(String.raw`^\s*${TARGET}`, 'iu');
const CONDITION_ONLY = /^\s*(?:если|в случае(?: если)?|if|when|in case(?: of)?)\s/iu;

interface Clause {
  text: string;
  /** Where `text` begins in the step's text. */
  start: number;
}

function clauses(text: string): Clause[] {
  const found: Clause[] = [];
  let start = 0;
  for (let index = 0; index <= text.length; index += 1) {
    const char = text[index];
    if (index === text.length || char === ';' || char === ',' || char === '(' || char === ')') {
      // Leading punctuation («: если да – к 4») is not part of the clause.
      let from = start;
      while (from < index && ' \t:–—-'.includes(text[from]!)) from += 1;
      found.push({ text: text.slice(from, index), start: from });
      start = index + 1;
    }
  }
  return found;
}

function readClause(text: string): Branch | null {
  if (text.length > 120) return null;
  const conditional = CONDITIONAL.exec(text);
  if (conditional) return { label: trimEndChars(conditional[1]!.trim(), ' ,:–—-'), target: conditional[2]! };
  const otherwise = OTHERWISE.exec(text);
  if (otherwise) return { label: otherwise[1]!, target: otherwise[2]! };
  const answer = ANSWER.exec(text);
  if (answer) return { label: answer[1]!, target: answer[2]! };
  const plain = PLAIN.exec(text);
  if (plain && !/^\s*(?:к|на|to)\s/iu.test(text)) return { label: '', target: plain[1]! };
  return null;
}

/** Where a branch phrase may begin inside a clause: its start, or a condition word within it. */
const PHRASE_START =
  /(?<![\p{L}])(?:если|в случае|при|иначе|в противном случае|да|нет|переход|перейти|вернуться|if|when|in case|otherwise|else|yes|no|go|proceed|return)(?![\p{L}])|→|->/giu;

function phraseStarts(text: string): number[] {
  const starts = [0];
  if (text.length > 300) return starts;
  PHRASE_START.lastIndex = 0;
  for (let match = PHRASE_START.exec(text); match; match = PHRASE_START.exec(text)) {
    if (match.index > 0) starts.push(match.index);
  }
  return starts;
}

/**
 * Branch phrases at the end of a step: «если да – к 4, если нет – к 2», "if no, go to 3",
 * «(да → 5; нет → 3)», "otherwise go to 7", "go to 2". A condition and its target may sit in
 * neighbouring clauses ("if no, go to 3"), and a phrase may follow the step's own words in
 * the same clause ("Complete? If no, …").
 */
export function findBranches(text: string): BranchesFound {
  const parts = clauses(text);
  const branches: Branch[] = [];
  let cut = -1;
  for (let index = 0; index < parts.length; index += 1) {
    const part = parts[index]!;
    const next = parts[index + 1];
    for (const offset of phraseStarts(part.text)) {
      const phrase = part.text.slice(offset);
      let branch = readClause(phrase);
      if (!branch && next && CONDITION_ONLY.test(phrase)) {
        branch = readClause(`${phrase} ${next.text}`);
        if (branch) index += 1;
      }
      if (branch) {
        branches.push(branch);
        if (cut < 0) cut = part.start + offset;
        break;
      }
    }
  }
  return { branches, cut: cut < 0 ? text.length : cut };
}
