/**
 * Template placeholders left in a document: `[TODO]`, `[TODO: …]`, `{{ meta.owner }}`,
 * `<enter role of process owner>`, «[укажите …]». They are never taken as real values.
 */
const PLACEHOLDER =
  /\[\s*(?:TODO|TBD|FIXME|XXX)(?=[\s\]:])[^\]\n]{0,200}\]|\{\{[^{}\n]{0,200}\}\}|<\s*(?:enter|insert|add|fill in|specify|введите|укажите|вставьте|добавьте|заполните)(?=[\s>:])[^<>\n]{0,200}>|\[\s*(?:enter|insert|fill in|specify|введите|укажите|вставьте|заполните)(?=[\s\]:])[^\]\n]{0,200}\]/giu;

const BARE_PLACEHOLDER = /^(?:TODO|TBD|FIXME|XXX|\.\.\.|…)$/i;

export function hasPlaceholder(text: string): boolean {
  PLACEHOLDER.lastIndex = 0;
  const found = PLACEHOLDER.test(text) || BARE_PLACEHOLDER.test(text.trim());
  PLACEHOLDER.lastIndex = 0;
  return found;
}

/** True when nothing but placeholders and punctuation is left: the value was never filled in. */
export function isPlaceholderOnly(text: string): boolean {
  if (BARE_PLACEHOLDER.test(text.trim())) return true;
  if (!hasPlaceholder(text)) return false;
  return text.replace(PLACEHOLDER, '').replace(/[\s.,;:–—-]/g, '') === '';
}
