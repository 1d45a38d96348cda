import type { Approval, CardContent } from '../card/process-card';

type DocumentInfo = CardContent['document'];
import { addApprovalLine, emptyApproval, isEnglishMarker, readApprovalMarker } from './read-approval';
import { findDocumentInfo } from './read-document-info';
import type { ImportContext } from './import-context';
import { isPlaceholderOnly } from './detect-placeholder';
import { findDate } from './parse-date';
import { headingShape } from './recognise-heading';
import { metaPairs, metaTablePairs, type MetaPair } from './read-metadata';
import { trimEndChars, trimStartChars } from './text-lines';
import type { Token } from './tokenize-document';

const DOC_TYPE = /^(карта процесса|паспорт процесса|регламент процесса|process card|process passport|process sheet)(?![\p{L}])/iu;

export interface HeaderInfo {
  title: string;
  /** How sure we are that `title` is a title: an explicit one is kept even in an otherwise unknown text. */
  titleExplicit: boolean;
  approval: Approval;
  document: DocumentInfo;
  ownerRole: string;
  /** Something only a card has: an approval marker, a document code, the words «карта процесса». */
  cardLike: boolean;
  /** Header text that is none of the above. */
  leftovers: Token[];
  /** The line the title was taken from, when it was a line of its own. */
  titleToken?: Token;
}

interface Candidate {
  token: Token & { kind: 'text' };
  text: string;
  rank: number;
}

/** Reads the top of a document, before its first section: approval block, code, revision, title. */
export function readHeader(tokens: readonly Token[], ctx: ImportContext): HeaderInfo {
  const info: HeaderInfo = {
    title: '',
    titleExplicit: false,
    approval: emptyApproval(),
    document: { code: '', revision: '' },
    ownerRole: '',
    cardLike: false,
    leftovers: [],
  };
  const candidates: Candidate[] = [];
  let titleAfterDocType = false;
  let index = 0;
  while (index < tokens.length) {
    const token = tokens[index]!;
    index += 1;
    if (token.kind === 'blank' || token.kind === 'rule') continue;
    if (token.kind === 'table') {
      const pairs = metaTablePairs(token.rows);
      if (pairs) for (const pair of pairs) applyMeta(info, pair, ctx);
      else info.leftovers.push(token);
      continue;
    }
    if (token.kind !== 'text') {
      info.leftovers.push(token);
      continue;
    }
    const line = token.text;
    const marker = readApprovalMarker(line);
    const pairs = marker && /^approved by|^approver/i.test(marker.marker) ? null : metaPairs(line);
    if (pairs) {
      for (const pair of pairs) applyMeta(info, pair, ctx);
      continue;
    }
    if (marker) {
      index = readApprovalBlock(tokens, index, marker, info, ctx);
      continue;
    }
    const shape = headingShape(line);
    const docType = DOC_TYPE.exec(shape.label);
    if (docType) {
      info.cardLike = true;
      const rest = trimEndChars(trimStartChars(shape.label.slice(docType[0].length), ' \t:–—-«"“'), ' \t»"”');
      if (rest !== '') setTitle(info, rest, ctx);
      else titleAfterDocType = true;
      continue;
    }
    const found = findDocumentInfo(line);
    if (found.wholeLine) {
      applyDocumentInfo(info, found.code, found.revision, ctx);
      continue;
    }
    if (line.trim().length <= 200 && /\p{L}/u.test(line)) {
      // The line right after «КАРТА ПРОЦЕССА» names the process, whatever stands above it.
      const rank = titleAfterDocType ? 0 : shape.mdLevel === 1 ? 1 : shape.bold || shape.mdLevel > 0 ? 2 : 3;
      titleAfterDocType = false;
      candidates.push({ token, text: shape.number ? `${shape.number} ${shape.label}` : shape.label, rank });
    } else {
      info.leftovers.push(token);
    }
  }
  chooseTitle(info, candidates, ctx);
  return info;
}

function chooseTitle(info: HeaderInfo, candidates: Candidate[], ctx: ImportContext): void {
  let best: Candidate | undefined;
  if (info.title === '') {
    for (const candidate of candidates) if (!best || candidate.rank < best.rank) best = candidate;
  }
  for (const candidate of candidates) {
    if (candidate === best) {
      setTitle(info, candidate.text, ctx);
      info.titleToken = candidate.token;
      info.titleExplicit = candidate.rank <= 1;
    } else {
      info.leftovers.push(candidate.token);
    }
  }
  info.leftovers.sort((a, b) => a.line - b.line);
}

/** «Закупки» → Закупки: quotes around the whole name are dressing, not part of it. */
function unquote(text: string): string {
  const quoted = /^[«"“](.*)[»"”]$/su.exec(text.trim());
  return quoted && !/[«»"“”]/u.test(quoted[1]!) ? quoted[1]!.trim() : text.trim();
}

function setTitle(info: HeaderInfo, text: string, ctx: ImportContext): void {
  const title = unquote(ctx.value(text));
  if (title !== '') {
    info.title = title;
    info.titleExplicit = true;
  }
}

function readApprovalBlock(
  tokens: readonly Token[],
  start: number,
  marker: { marker: string; rest: string },
  info: HeaderInfo,
  ctx: ImportContext,
): number {
  const approval = info.approval;
  if (marker.rest !== '' && isPlaceholderOnly(marker.rest)) {
    ctx.placeholder(marker.rest, 'approval', marker.marker);
    return start;
  }
  info.cardLike = true;
  approval.marker ||= marker.marker;
  // "Approved by: Jane Roe, Head of Quality" names the person first; the lines of a block
  // («Генеральный директор», «____ И. О. Фамилия») say what they are by their shape.
  if (marker.rest) addApprovalLine(approval, marker.rest, ctx, isEnglishMarker(marker.marker));
  let index = start;
  let lines = 0;
  let blanks = 0;
  while (index < tokens.length && lines < 6) {
    const token = tokens[index]!;
    if (token.kind === 'blank') {
      blanks += 1;
      if (blanks > 2) break;
      index += 1;
      continue;
    }
    if (token.kind !== 'text') break;
    const text = token.text;
    const signatureOrDate = /_{3,}/.test(text) || findDate(text) !== undefined;
    const shape = headingShape(text);
    const plainPosition = blanks === 0 && shape.mdLevel === 0 && !shape.bold && !DOC_TYPE.test(shape.label) && text.trim().length <= 150;
    if (!signatureOrDate && !plainPosition) break;
    if (!signatureOrDate && metaPairs(text)) break;
    addApprovalLine(approval, text, ctx, false);
    lines += 1;
    index += 1;
  }
  return index;
}

function applyMeta(info: HeaderInfo, pair: MetaPair, ctx: ImportContext): void {
  const value = ctx.value(pair.value, pair.field === 'owner' ? 'responsibility' : pair.field === 'title' ? undefined : 'approval', pair.label);
  if (value === '') return;
  info.cardLike ||= pair.field !== 'title' && pair.field !== 'owner';
  switch (pair.field) {
    case 'code':
      info.document.code ||= value;
      break;
    case 'revision':
      info.document.revision ||= value;
      break;
    case 'approval':
      info.approval.marker ||= pair.label;
      addApprovalLine(info.approval, value, ctx, true);
      break;
    case 'date':
      addApprovalLine(info.approval, `Date: ${value}`, ctx, true);
      break;
    case 'owner':
      info.ownerRole ||= value;
      break;
    case 'title':
      setTitle(info, value, ctx);
      break;
  }
}

function applyDocumentInfo(info: HeaderInfo, code: string, revision: string, ctx: ImportContext): void {
  info.cardLike = true;
  if (code) info.document.code ||= ctx.value(code);
  if (revision) info.document.revision ||= ctx.value(revision);
}
