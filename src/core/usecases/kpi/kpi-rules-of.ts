import type { ProcessCard } from '../../card/process-card';
import type { CardSettings } from '../../settings/card-settings';
import { DEFAULT_GRACE_DAYS } from '../../settings/card-settings';
import type { SiteSettings } from '../../settings/site-settings';
import { DEFAULT_TIME_ZONE } from '../../settings/site-settings';
import { DEFAULT_ESCALATION_RULES, type EscalationRule } from '../../kpi/kpi-types';
import { localDate } from '../../kpi/kpi-period';
import { AppError } from '../../errors';

/** How a card's KPIs are judged right now: its zone (card override, else the site's), today there, grace and rules. */
export interface KpiJudgement {
  timeZone: string;
  today: string;
  graceDays: number;
  rulesFor(kpiId: string): readonly EscalationRule[];
}

/** The zone a card's KPI periods are cut in: the card's own, else the site's, default UTC. */
export const cardTimeZone = (settings: CardSettings | null, site: SiteSettings | null): string => settings?.kpi.timeZone ?? site?.timeZone ?? DEFAULT_TIME_ZONE;

export function kpiJudgement(settings: CardSettings | null, site: SiteSettings | null, now: Date): KpiJudgement {
  const timeZone = cardTimeZone(settings, site);
  const rules = settings?.kpi.rules ?? {};
  return {
    timeZone,
    today: localDate(now, timeZone),
    graceDays: settings?.kpi.graceDays ?? DEFAULT_GRACE_DAYS,
    rulesFor: (kpiId) => (Object.hasOwn(rules, kpiId) ? (rules[kpiId] ?? DEFAULT_ESCALATION_RULES) : DEFAULT_ESCALATION_RULES),
  };
}

export function requireCard(card: ProcessCard | null, cardId: string): ProcessCard {
  if (card === null) throw new AppError('NOT_FOUND', `Card ${cardId} does not exist.`, [], { reason: 'card' });
  return card;
}

export function requireKpi(card: ProcessCard, kpiId: string): ProcessCard['content']['kpis'][number] {
  const kpi = card.content.kpis.find((candidate) => candidate.id === kpiId);
  if (kpi === undefined) throw new AppError('NOT_FOUND', `The card has no KPI ${kpiId}.`, [], { reason: 'kpi' });
  return kpi;
}
