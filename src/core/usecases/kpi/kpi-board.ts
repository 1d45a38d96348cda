import type { ProcessCard } from '../../card/process-card';
import type { KpiCardSummary } from '../../kpi/kpi-types';
import type { KpiBoardView } from '../../results/kpi-results';
import { buildKpiView } from '../../kpi/kpi-summary';
import type { KpiJudgement } from './kpi-rules-of';

/**
 * The KPI table's data for first render, from the summary alone (never history): statuses and
 * due dates are recomputed for today, so a summary written last week still shows "overdue" now.
 */
export function kpiBoard(card: ProcessCard, summary: KpiCardSummary | null, judgement: KpiJudgement, mine: ReadonlySet<string>): KpiBoardView {
  return {
    timeZone: judgement.timeZone,
    today: judgement.today,
    graceDays: judgement.graceDays,
    kpis: card.content.kpis.map((kpi) =>
      buildKpiView({
        kpi,
        entry: summary?.kpis[kpi.id],
        today: judgement.today,
        graceDays: judgement.graceDays,
        rules: judgement.rulesFor(kpi.id),
        isMine: mine.has(kpi.id),
      }),
    ),
  };
}
