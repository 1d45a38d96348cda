import type { KpiView } from '@src/contracts/kpi-contracts';
import type { CardActionsView } from '@src/contracts/action-contracts';
import type { Kpi } from '@src/core/card/process-card';
import type { MessageKey } from '@shared/i18n/messages-en';
import { dueText, escalationText } from './kpi-wording';
import { useKpiWords } from './use-kpi-words';
import { KpiLinkedActions } from './actions/kpi-linked-actions';
import './kpi-details.css';

/**
 * Under a criterion's line: when its next value is due (marked for the reader whose role it is),
 * the escalation the rules propose, its linked actions in Jira, and the rest of the criterion as the card writes it.
 */
export function KpiDetails({ kpi, view, actions, today, lang }: { kpi: Kpi; view: KpiView | null; actions: CardActionsView | null; today: string | null; lang: 'ru' | 'en' }) {
  const words = useKpiWords();
  const { t } = words;
  const due = view?.due ?? null;
  const escalation = view === null ? null : escalationText(view.escalation, words);
  const facts: Array<[MessageKey, string]> = [
    ['col.warningThreshold', kpi.warningThreshold],
    ['col.unit', kpi.unit],
    ['col.frequency', kpi.frequency],
    ['col.owner', kpi.owner],
    ['col.dataSource', kpi.dataSource],
  ];
  return (
    <>
      {due !== null && today !== null && (
        <p className={`pc-kpi__due pc-kpi__due--${due.state}${view?.isMine === true ? ' pc-kpi__due--mine' : ''}`}>
          {view?.isMine === true && <span className="pc-kpi__mine">{t('kpi.due.mine')}</span>}
          {dueText(due, today, words)}
        </p>
      )}
      {escalation !== null && <p className={`pc-kpi__escalation pc-kpi__escalation--${view!.escalation.level}`}>{escalation}</p>}
      <KpiLinkedActions kpiId={kpi.id} actions={actions} />
      <dl className="pc-kpi__facts">
        <div className="pc-kpi__fact pc-kpi__fact--wide">
          <dt>{t('col.formula')}</dt>
          <Fact text={kpi.formula} lang={lang} />
        </div>
        {facts.map(([label, text]) => (
          <div className="pc-kpi__fact" key={label}>
            <dt>{t(label)}</dt>
            <Fact text={text} lang={lang} />
          </div>
        ))}
      </dl>
    </>
  );
}

function Fact({ text, lang }: { text: string; lang: 'ru' | 'en' }) {
  const { t } = useKpiWords();
  if (text.trim() === '') {
    return (
      <dd className="pc-empty-cell">
        <span aria-hidden="true">—</span>
        <span className="pc-visually-hidden">{t('notFilled')}</span>
      </dd>
    );
  }
  return <dd lang={lang}>{text}</dd>;
}
