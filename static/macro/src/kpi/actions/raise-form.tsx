import { useId, useState, type FormEvent } from 'react';
import type { RaiseActionResult } from '@src/contracts/action-contracts';
import type { KpiView } from '@src/contracts/kpi-contracts';
import type { Kpi } from '@src/core/card/process-card';
import { invokeResolver } from '@shared/bridge';
import { ErrorNotice, type ResolverError } from '@shared/error-notice';
import { useRequestId } from '@shared/request-id';
import { formatValue } from '../kpi-words';
import { periodLabel } from '../period-label';
import { useKpiWords } from '../use-kpi-words';

export type ActionKind = 'corrective-action' | 'improvement';

/**
 * The form that raises a corrective action or proposes an improvement in Jira, prefilled from the
 * KPI: its name and target, the latest values and their periods. The same text sent again (a retry
 * after a lost answer) carries the same request id, so nothing is raised twice.
 */
export function RaiseForm({
  cardId,
  kpi,
  view,
  kind,
  onRaised,
  onCancel,
}: {
  cardId: string;
  kpi: Kpi;
  view: KpiView | null;
  kind: ActionKind;
  onRaised: (result: RaiseActionResult) => void;
  onCancel: () => void;
}) {
  const words = useKpiWords();
  const { t } = words;
  const summaryId = useId();
  const problemId = useId();
  const requestIdFor = useRequestId();
  const latest = view?.latest ?? null;
  const [summary, setSummary] = useState(() =>
    t(kind === 'corrective-action' ? 'actions.summary.ca' : 'actions.summary.improvement', {
      name: kpi.name,
      period: latest === null ? '' : periodLabel(latest.periodKey, words),
    }).trim(),
  );
  const [problem, setProblem] = useState(() => prefilledProblem(kpi, view, words));
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<ResolverError | null>(null);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setSending(true);
    setError(null);
    const result = await invokeResolver('action/raise', { cardId, kpiId: kpi.id, kind, summary, problem, requestId: requestIdFor(JSON.stringify([kind, summary, problem])) });
    setSending(false);
    if (result.ok) onRaised(result.data);
    else setError(result.error);
  };

  return (
    <form className="pc-kpi-actions__form" onSubmit={(event) => void submit(event)} aria-busy={sending}>
      <div className="pc-field">
        <label className="pc-field__label" htmlFor={summaryId}>
          {t('actions.field.summary')}
        </label>
        <input id={summaryId} className="pc-input" value={summary} onChange={(event) => setSummary(event.target.value)} maxLength={254} required disabled={sending} />
      </div>
      <div className="pc-field">
        <label className="pc-field__label" htmlFor={problemId}>
          {t(kind === 'corrective-action' ? 'actions.field.problem' : 'actions.field.proposal')}
        </label>
        <textarea id={problemId} className="pc-textarea" rows={5} value={problem} onChange={(event) => setProblem(event.target.value)} required disabled={sending} />
      </div>
      {error !== null && <ErrorNotice error={error} scope="actions" fieldLabels={{ summary: t('actions.field.summary'), problem: t('actions.field.problem') }} />}
      <div className="pc-kpi-actions__buttons">
        <button type="submit" className="pc-button pc-button--primary" disabled={sending || summary.trim() === '' || problem.trim() === ''}>
          {t(kind === 'corrective-action' ? 'actions.create.ca' : 'actions.create.improvement')}
        </button>
        <button type="button" className="pc-button pc-button--subtle" onClick={onCancel} disabled={sending}>
          {t('actions.cancel')}
        </button>
      </div>
    </form>
  );
}

/** What the form starts with: the KPI, its target and its last values, for the record's problem statement. */
function prefilledProblem(kpi: Kpi, view: KpiView | null, words: ReturnType<typeof useKpiWords>): string {
  const { t } = words;
  const values = (view?.points ?? []).slice(-6).map((point) => `${periodLabel(point.periodKey, words)}: ${formatValue(point.value, words, kpi.unit)}`);
  return [t('actions.prefill.kpi', { name: kpi.name }), kpi.target.trim() === '' ? '' : t('actions.prefill.target', { target: kpi.target }), values.length === 0 ? '' : t('actions.prefill.values', { values: values.join('; ') })]
    .filter((line) => line !== '')
    .join('\n');
}
