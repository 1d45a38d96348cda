/** Document codes such as КП-СМК-07, QP-PUR-01, SOP-012: capital letters, hyphen-joined parts, a digit. */
const CODE = /(?<![\p{L}\p{N}_-])(\p{Lu}{1,6}(?:-[\p{Lu}\p{N}]{1,10}){1,4})(?![\p{L}\p{N}_-])/gu;

const REVISION =
  /(?<![\p{L}])(?:версия|редакция|ревизия|изменение|revision|version|rev\.|ver\.|rev|ver)\s*(?:№\s*)?:?\s*(?:\d{1,4}(?:\.\d{1,4}){0,3}|\p{Lu}(?![\p{L}]))/iu;

/** Label words that may stand around a code or revision on its own line. */
const LABEL_WORDS = /(?<![\p{L}])(?:код|документ|документа|обозначение|номер|шифр|code|document|doc|id|no)(?![\p{L}])/giu;

export interface FoundDocumentInfo {
  code: string;
  revision: string;
  /** True when the line holds nothing but the code and/or revision (and their labels). */
  wholeLine: boolean;
}

export function findDocumentInfo(line: string): FoundDocumentInfo {
  let code = '';
  let rest = line;
  CODE.lastIndex = 0;
  for (let match = CODE.exec(line); match; match = CODE.exec(line)) {
    if (/\p{N}/u.test(match[1]!) && !/^ISO-/i.test(match[1]!)) {
      code = match[1]!;
      rest = rest.replace(code, ' ');
      break;
    }
  }
  CODE.lastIndex = 0;
  const revisionMatch = REVISION.exec(rest);
  const revision = revisionMatch ? revisionMatch[0].trim() : '';
  if (revisionMatch) rest = rest.replace(revisionMatch[0], ' ');
  const remaining = rest.replace(LABEL_WORDS, '').replace(/[^\p{L}\p{N}]/gu, '');
  return { code, revision, wholeLine: (code !== '' || revision !== '') && remaining === '' };
}
