import type { CardLanguage } from '../../card/process-card';
import type { KpiSnapshot } from '../../capa/ca-record';

/** Jira keeps an issue's summary under 255 characters. */
const SUMMARY_MAX = 254;

const span = (proposal: KpiSnapshot['proposal']): string =>
  proposal.fromPeriod === null || proposal.toPeriod === null ? '' : proposal.fromPeriod === proposal.toPeriod ? ` (${proposal.fromPeriod})` : ` (${proposal.fromPeriod} – ${proposal.toPeriod})`;

const WORDS = {
  en: {
    summary: (proposal: KpiSnapshot['proposal']) => ({ before: 'KPI “', after: `” off target ${proposal.streak} period${proposal.streak === 1 ? '' : 's'} in a row${span(proposal)}` }),
    problem: 'Raised automatically by the daily check of the process card: the KPI’s escalation rules call for a corrective action. Describe the nonconformity, contain it and find its root cause.',
  },
  ru: {
    summary: (proposal: KpiSnapshot['proposal']) => ({ before: 'Показатель «', after: `» не в норме: периодов подряд — ${proposal.streak}${span(proposal)}` }),
    problem: 'Создано автоматически ежедневной проверкой карты процесса: правила эскалации показателя требуют корректирующего действия. Опишите несоответствие, локализуйте его и найдите коренную причину.',
  },
} as const;

/**
 * What the daily run writes into a corrective action it raises, in the card's language (the
 * description around it is action-description.ts): the summary names the KPI and its run of
 * periods, cutting the KPI's name so the summary fits Jira.
 */
export function autoRaiseWords(language: CardLanguage, snapshot: KpiSnapshot): { summary: string; problem: string } {
  const words = WORDS[language];
  const { before, after } = words.summary(snapshot.proposal);
  const name = snapshot.name.trim();
  const room = SUMMARY_MAX - Array.from(before + after).length;
  const characters = Array.from(name);
  const fitted = characters.length <= room ? name : `${characters.slice(0, Math.max(0, room - 1)).join('')}…`;
  return { summary: `${before}${fitted}${after}`, problem: words.problem };
}
