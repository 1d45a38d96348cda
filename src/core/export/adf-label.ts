import { CARD_LABELS, type CardLabelKey } from '../card/card-labels';
import type { CardLanguage } from '../card/process-card';

/** A card label in the card's own language, "{name}" placeholders filled from params. */
export type Label = (key: CardLabelKey, params?: Record<string, string>) => string;

export function labelFor(language: CardLanguage): Label {
  const labels = CARD_LABELS[language];
  return (key, params = {}) => labels[key].replace(/\{(\w+)\}/g, (whole, name: string) => params[name] ?? whole);
}
