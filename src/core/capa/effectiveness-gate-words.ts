import type { CardLanguage } from '../card/process-card';
import type { GateDecision } from './effectiveness-gate';

type Refused = Extract<GateDecision, { pass: false }>;

/** Russian genitive after «из»: из 1 периода, из 2 периодов, из 21 периода. */
const ruGenitive = (count: number, one: string, many: string): string => (count % 10 === 1 && count % 100 !== 11 ? one : many);

const WORDS = {
  en: {
    count: (d: Refused) => `${d.onTarget} of ${d.needed} on-target ${d.events ? 'event' : 'period'}${d.needed === 1 ? '' : 's'} since implementation (${d.since ?? '?'})`,
    'no-target': () => 'The KPI has no target the app can read: effectiveness cannot be proven without one. Set a target on the card, or close by override.',
    'no-implementation': () => 'The issue’s history shows no move out of Implementation, so the periods since cannot be counted.',
    'not-enough': (count: string) => `${count}.`,
    gap: (count: string, d: Refused) => `${count}: no value for ${d.at ?? '?'}.`,
    'off-target': (count: string, d: Refused) => `${count}: ${d.at ?? '?'} is not on target.`,
    'before-verification': (count: string, d: Refused) => `Effectiveness is verified on or after ${d.verificationDate ?? '?'}; ${count}.`,
    noKpi: 'The issue’s Process Cards record names no KPI of a corrective action, so its effectiveness cannot be checked here. Link a KPI in the Process Cards panel, or close by override.',
    unavailable: 'Could not check the KPI, try again.',
  },
  ru: {
    count: (d: Refused) =>
      `${d.onTarget} из ${d.needed} ${d.events ? ruGenitive(d.needed, 'события', 'событий') : ruGenitive(d.needed, 'периода', 'периодов')} в норме после внедрения (${d.since ?? '?'})`,
    'no-target': () => 'У показателя нет цели, которую приложение может прочитать: без цели результативность не доказать. Укажите цель в карте или закройте в порядке исключения.',
    'no-implementation': () => 'В истории задачи нет перехода из статуса «Выполнение», поэтому периоды после внедрения не сосчитать.',
    'not-enough': (count: string) => `${count}.`,
    gap: (count: string, d: Refused) => `${count}: нет значения за ${d.at ?? '?'}.`,
    'off-target': (count: string, d: Refused) => `${count}: ${d.at ?? '?'} — не в норме.`,
    'before-verification': (count: string, d: Refused) => `Результативность проверяется не раньше ${d.verificationDate ?? '?'}; ${count}.`,
    noKpi: 'Запись Process Cards в задаче не связывает корректирующее действие с показателем карты процесса, поэтому его результативность здесь не проверить. Свяжите показатель на панели Process Cards или закройте в порядке исключения.',
    unavailable: 'Не удалось проверить показатель, попробуйте ещё раз.',
  },
} as const;

/** Why the gate refused, in one language. */
export function gateRefusalText(decision: Refused, language: CardLanguage): string {
  const words = WORDS[language];
  const count = words.count(decision);
  switch (decision.reason) {
    case 'no-target':
    case 'no-implementation':
      return words[decision.reason]();
    default:
      return words[decision.reason](count, decision);
  }
}

/**
 * What Jira shows on a refused transition: the card's language, then English (the validator
 * cannot know the person's own; Jira shows one message), once when the card is in English.
 */
export function bilingual(text: (language: CardLanguage) => string, cardLanguage: CardLanguage): string {
  return cardLanguage === 'en' ? text('en') : `${text(cardLanguage)} / ${text('en')}`;
}

export const gateRefusalMessage = (decision: Refused, cardLanguage: CardLanguage): string => bilingual((language) => gateRefusalText(decision, language), cardLanguage);

/**
 * An action without a KPI to judge by (an audit finding, say, or a KPI since removed from its
 * card): the override transition is the way to close it. No card to take a language from: English first.
 */
export const noKpiMessage = (): string => `${WORDS.en.noKpi} / ${WORDS.ru.noKpi}`;

/** The gate could not decide (storage or Jira failed): a gate that opens when broken is no gate. English first, as the brief and Jira's admins read it. */
export const GATE_UNAVAILABLE_MESSAGE = `${WORDS.en.unavailable} / ${WORDS.ru.unavailable}`;
