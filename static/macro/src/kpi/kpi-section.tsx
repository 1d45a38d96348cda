import { useState } from 'react';
import type { KpiBoardView, KpiView } from '@src/contracts/kpi-contracts';
import type { CardActionsView } from '@src/contracts/action-contracts';
import type { Kpi } from '@src/core/card/process-card';
import { useI18n } from '@shared/i18n/i18n-context';
import { useCardLanguage } from '../card/written-text';
import { KpiRow } from './kpi-row';
import { useLinkRepair } from './actions/use-link-repair';
import { MoreInJira } from './actions/kpi-linked-actions';
import './kpi.css';

/**
 * The card's KPI table (§ "Process effectiveness criteria"): each criterion as written, with its
 * latest value, status, trend and due value from the card's board (null right after an import:
 * then "—"). A criterion's name opens its history. A value entered there answers with the
 * criterion's new row, which replaces this one here: the card is not reloaded. Each criterion's
 * linked Jira actions come with the card (`actions`).
 */
export function KpiSection({ cardId, kpis, board, actions }: { cardId: string; kpis: Kpi[]; board: KpiBoardView | null; actions: CardActionsView | null }) {
  const { t } = useI18n();
  useLinkRepair(cardId, actions);
  const lang = useCardLanguage();
  const [rows, setRows] = useState(() => rowsOf(board));
  // A new board (the card loaded again) replaces what entries here had updated.
  const [shownBoard, setShownBoard] = useState(board);
  if (shownBoard !== board) {
    setShownBoard(board);
    setRows(rowsOf(board));
  }
  const update = (view: KpiView) => setRows((current) => ({ ...current, [view.kpiId]: view }));
  return (
    <div className="pc-kpis">
      <p className="pc-kpis__hint pc-no-print">{t('kpi.tableHint')}</p>
      <MoreInJira actions={actions} />
      <div className="pc-table-frame pc-kpis__frame">
        <table role="table" className="pc-table pc-kpis__table">
          <caption className="pc-visually-hidden">{t('section.kpis')}</caption>
          <thead role="rowgroup">
            <tr role="row">
              <th role="columnheader" scope="col" className="pc-table__number">
                {t('col.number')}
              </th>
              <th role="columnheader" scope="col" className="pc-kpis__name-col">
                {t('col.kpiName')}
              </th>
              <th role="columnheader" scope="col" className="pc-kpis__value-col">
                {t('kpi.col.latest')}
              </th>
              <th role="columnheader" scope="col" className="pc-kpis__target-col">
                {t('col.target')}
              </th>
              <th role="columnheader" scope="col" className="pc-kpis__status-col">
                {t('kpi.col.status')}
              </th>
              <th role="columnheader" scope="col" className="pc-kpis__trend-col">
                {t('kpi.col.trend')}
              </th>
            </tr>
          </thead>
          {kpis.map((kpi, index) => (
            <KpiRow
              key={kpi.id}
              number={index + 1}
              cardId={cardId}
              kpi={kpi}
              view={rows[kpi.id] ?? null}
              actions={actions}
              today={board?.today ?? null}
              lang={lang}
              onBoard={update}
            />
          ))}
        </table>
      </div>
    </div>
  );
}

const rowsOf = (board: KpiBoardView | null): Record<string, KpiView> => Object.fromEntries((board?.kpis ?? []).map((view) => [view.kpiId, view]));
