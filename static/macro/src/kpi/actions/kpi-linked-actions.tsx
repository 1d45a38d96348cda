import type { CardActionsView, LinkedActionView } from '@src/contracts/action-contracts';
import { openExternal } from '@shared/bridge';
import { useKpiWords } from '../use-kpi-words';
import './kpi-linked-actions.css';

/** Chips shown before "+N": a line of them fits beside the criterion at 720 px. */
const SHOWN_CHIPS = 3;

/**
 * A criterion's linked Jira actions in its line of the KPI table, from the first render: its
 * issues as compact chips (key and status category, the lozenge's colour on top of the words),
 * each opening the issue in Jira; or, for a reader Jira shows nothing to, only how many are open
 * and done. Nothing at all when none is linked.
 */
export function KpiLinkedActions({ kpiId, actions }: { kpiId: string; actions: CardActionsView | null }) {
  const { t } = useKpiWords();
  if (actions === null) return null;
  if (actions.shown === 'counts') {
    const counts = actions.byKpi[kpiId];
    const open = (counts?.new ?? 0) + (counts?.indeterminate ?? 0);
    const done = counts?.done ?? 0;
    if (open + done === 0) return null;
    const parts = [open > 0 ? t('actions.counts.open', { count: open }) : null, done > 0 ? t('actions.counts.done', { count: done }) : null].filter((part) => part !== null);
    return (
      <p className="pc-kpi-linked">
        <span className="pc-kpi-linked__label">{t('actions.linked')}:</span>
        <span className="pc-kpi-linked__counts" title={t('actions.counts.label')}>
          {parts.join(' · ')}
        </span>
      </p>
    );
  }
  const issues = actions.byKpi[kpiId] ?? [];
  if (issues.length === 0) return null;
  const rest = issues.length - SHOWN_CHIPS;
  return (
    <div className="pc-kpi-linked">
      <span className="pc-kpi-linked__label">{t('actions.linked')}:</span>
      <ul className="pc-kpi-linked__chips">
        {issues.slice(0, SHOWN_CHIPS).map((issue) => (
          <li key={issue.id}>
            <IssueChip issue={issue} />
          </li>
        ))}
        {rest > 0 && (
          <li className="pc-kpi-linked__rest" aria-label={t('actions.chip.moreLabel', { count: rest })}>
            <span aria-hidden="true">+{rest}</span>
          </li>
        )}
      </ul>
    </div>
  );
}

function IssueChip({ issue }: { issue: LinkedActionView }) {
  const { t } = useKpiWords();
  const category = t(`actions.category.${issue.statusCategory}`);
  const content = (
    <>
      <span className="pc-kpi-linked__key">{issue.key}</span>
      <span aria-hidden="true"> · </span>
      {category}
    </>
  );
  const className = `pc-kpi-linked__chip pc-kpi-linked__chip--${issue.statusCategory}`;
  if (issue.url === null) return <span className={className} title={`${issue.summary} (${issue.statusName})`}>{content}</span>;
  return (
    <button
      type="button"
      className={className}
      title={`${issue.summary} (${issue.statusName})`}
      aria-label={t('actions.chip.label', { key: issue.key, summary: issue.summary, status: issue.statusName || category })}
      onClick={() => void openExternal(issue.url!)}
    >
      {content}
    </button>
  );
}

/** Past one page of Jira's search (50 for the whole card), the table says so once, with the same search in Jira. */
export function MoreInJira({ actions }: { actions: CardActionsView | null }) {
  const { t } = useKpiWords();
  if (actions?.shown !== 'issues' || !actions.more) return null;
  return (
    <p className="pc-kpi-linked__more pc-no-print">
      {t('actions.morePartial', { count: Object.values(actions.byKpi).reduce((sum, issues) => sum + issues.length, 0) })}
      {actions.jiraUrl !== null && (
        <>
          {' '}
          <button type="button" className="pc-kpi-linked__jira" onClick={() => void openExternal(actions.jiraUrl!)}>
            {t('actions.moreInJira')}
          </button>
        </>
      )}
    </p>
  );
}
