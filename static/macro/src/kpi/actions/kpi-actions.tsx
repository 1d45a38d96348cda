import { useId, useState } from 'react';
import type { LinkedActionView, RaiseActionResult } from '@src/contracts/action-contracts';
import type { KpiView } from '@src/contracts/kpi-contracts';
import type { Kpi } from '@src/core/card/process-card';
import { openExternal } from '@shared/bridge';
import { ErrorNotice } from '@shared/error-notice';
import { LoadingStatus } from '@shared/loading-status';
import { useKpiWords } from '../use-kpi-words';
import { RaiseForm, type ActionKind } from './raise-form';
import { useLinkedActions } from './use-linked-actions';
import './kpi-actions.css';

/**
 * A criterion's corrective actions and improvements in Jira, inside its history panel: those
 * linked to it (open first, as the reader may see them), and for those who may enter its values
 * the buttons that raise one, the escalation proposal deciding which is the primary action.
 */
export function KpiActions({ cardId, kpi, view, canRaise }: { cardId: string; kpi: Kpi; view: KpiView | null; canRaise: boolean }) {
  const { t } = useKpiWords();
  const headingId = useId();
  const { state, reload } = useLinkedActions(cardId);
  const [raising, setRaising] = useState<ActionKind | null>(null);
  const [raised, setRaised] = useState<RaiseActionResult | null>(null);
  const level = view?.escalation.level ?? 'none';
  const primary: ActionKind = level === 'improvement' ? 'improvement' : 'corrective-action';
  const ready = state.kind === 'ready' ? state.result : null;
  const mine = ready?.issues.filter((issue) => issue.kpiId === kpi.id) ?? [];

  const done = (result: RaiseActionResult) => {
    setRaising(null);
    setRaised(result);
    void reload();
  };

  return (
    <section className="pc-kpi-actions pc-no-print" aria-labelledby={headingId}>
      <h5 id={headingId} className="pc-kpi-actions__heading">
        {t('actions.heading')}
      </h5>
      {state.kind === 'loading' && <LoadingStatus label={t('actions.loading')} />}
      {state.kind === 'failed' && <ErrorNotice error={state.error} scope="actions" onRetry={() => void reload()} />}
      {ready?.jira === 'not-set-up' && <p className="pc-kpi-actions__note">{t('actions.notSetUp')}</p>}
      {ready?.jira === 'no-access' && <p className="pc-kpi-actions__note">{t('actions.noAccess')}</p>}
      {ready?.jira === 'ok' && (mine.length === 0 ? <p className="pc-kpi-actions__note">{t('actions.none')}</p> : <IssueList issues={mine} />)}
      {canRaise && ready?.jira === 'ok' && ready.target === 'no-project' && <p className="pc-kpi-actions__note">{t('actions.noProject')}</p>}
      {canRaise && ready?.jira === 'ok' && ready.target === 'project-gone' && <p className="pc-kpi-actions__note">{t('actions.projectGone')}</p>}
      {ready?.more === true && ready.jiraUrl !== undefined && (
        <button type="button" className="pc-link-button" onClick={() => void openExternal(ready.jiraUrl!)}>
          {t('actions.moreInJira')}
        </button>
      )}
      {raised !== null && (
        <p className="pc-kpi-actions__raised" role="status">
          {t(raised.repeated ? 'actions.raisedBefore' : 'actions.raised', { key: raised.issue.key })}
          {!raised.linked && ` ${t('actions.linkMissing')}`}
        </p>
      )}
      {canRaise && ready?.jira === 'ok' && ready.target === 'ready' && raising === null && (
        <div className="pc-kpi-actions__buttons">
          {(['corrective-action', 'improvement'] as const)
            .slice()
            .sort((a) => (a === primary ? -1 : 1))
            .map((kind) => (
              <button key={kind} type="button" className={kind === primary ? 'pc-button pc-button--primary' : 'pc-button'} onClick={() => setRaising(kind)}>
                {t(kind === 'corrective-action' ? 'actions.raise.ca' : 'actions.raise.improvement')}
              </button>
            ))}
        </div>
      )}
      {raising !== null && <RaiseForm cardId={cardId} kpi={kpi} view={view} kind={raising} onRaised={done} onCancel={() => setRaising(null)} />}
    </section>
  );
}

function IssueList({ issues }: { issues: readonly LinkedActionView[] }) {
  const { t } = useKpiWords();
  return (
    <ul className="pc-kpi-actions__list">
      {issues.map((issue) => (
        <li key={issue.id} className="pc-kpi-actions__issue">
          {issue.url === null ? (
            <span className="pc-kpi-actions__key">{issue.key}</span>
          ) : (
            <button type="button" className="pc-link-button pc-kpi-actions__key" onClick={() => void openExternal(issue.url!)}>
              {issue.key}
            </button>
          )}
          <span className="pc-kpi-actions__summary">{issue.summary}</span>
          <span className={`pc-kpi-actions__status pc-kpi-actions__status--${issue.statusCategory}`}>
            {issue.statusName} · {t(`actions.category.${issue.statusCategory}`)}
          </span>
        </li>
      ))}
    </ul>
  );
}
