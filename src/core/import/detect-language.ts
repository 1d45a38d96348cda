import type { CardLanguage } from '../card/process-card';

/** Russian when Cyrillic letters outnumber Latin ones (Russian cards still say CRM, ISO, KPI). */
export function detectLanguage(text: string): CardLanguage {
  let cyrillic = 0;
  let latin = 0;
  const sample = text.length > 200_000 ? text.slice(0, 200_000) : text;
  for (let index = 0; index < sample.length; index += 1) {
    const code = sample.charCodeAt(index);
    if ((code >= 0x0410 && code <= 0x044f) || code === 0x0401 || code === 0x0451) cyrillic += 1;
    else if ((code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a)) latin += 1;
  }
  return cyrillic > 0 && cyrillic >= latin ? 'ru' : 'en';
}
