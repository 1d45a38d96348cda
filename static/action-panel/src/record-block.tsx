import { formatIsoDate } from '@shared/format-date';
import { useI18n } from '@shared/i18n/i18n-context';
import type { MessageKey } from '@shared/i18n/messages-en';
import type { ActionRecord } from '@src/contracts/action-panel-contracts';
import type { ReactNode } from 'react';

/**
 * The record, read-only in this version: what the workflow asks for at each step (ISO 9001
 * §10.2 for a corrective action, §10.3 for an improvement). Editing the current step comes next.
 */
export function RecordBlock({ record }: { record: ActionRecord }) {
  const { t, locale } = useI18n();
  const empty = <span className="pc-action-panel__empty">{t('panel.record.empty')}</span>;
  const text = (value: string) => (value.trim() === '' ? empty : <span className="pc-action-panel__text">{value}</span>);
  const part = (label: MessageKey, value: ReactNode) => (
    <>
      <dt>{t(label)}</dt>
      <dd>{value}</dd>
    </>
  );
  return (
    <section className="pc-action-panel__block" aria-labelledby="pc-panel-record">
      <h2 id="pc-panel-record" className="pc-action-panel__heading">
        {t(record.kind === 'corrective-action' ? 'panel.record.heading.ca' : 'panel.record.heading.improvement')}
      </h2>
      <dl className="pc-action-panel__facts pc-action-panel__facts--record">
        {part('panel.record.source', t(`panel.record.source.${record.source}`))}
        {record.kind === 'corrective-action' ? (
          <>
            {part('panel.record.problem', text(record.problem))}
            {part('panel.record.containment', text(record.containment))}
            {part(
              'panel.record.rootCause',
              record.rootCause.statement.trim() === '' ? (
                empty
              ) : (
                <>
                  {record.rootCause.method !== null && <em>{t(`panel.record.rootCause.${record.rootCause.method}`)}: </em>}
                  <span className="pc-action-panel__text">{record.rootCause.statement}</span>
                </>
              ),
            )}
            {part(
              'panel.record.actions',
              record.actions.length === 0 ? (
                empty
              ) : (
                <ul className="pc-action-panel__list">
                  {record.actions.map((step) => (
                    <li key={step.id}>
                      {step.text}
                      {step.dueDate !== null && ` · ${t('panel.record.actionDue', { date: formatIsoDate(step.dueDate, locale) })}`}
                      {step.done && ` · ${t('panel.record.actionDone')}`}
                    </li>
                  ))}
                </ul>
              ),
            )}
            {part(
              'panel.record.effectiveness',
              <>
                {t('panel.record.effectivenessRule', { count: record.effectiveness.periodsOnTarget })}
                {'; '}
                {record.effectiveness.verificationDate === null
                  ? t('panel.record.verificationNone')
                  : t('panel.record.verification', { date: formatIsoDate(record.effectiveness.verificationDate, locale) })}
              </>,
            )}
          </>
        ) : (
          <>
            {part('panel.record.proposal', text(record.proposal))}
            {part('panel.record.benefit', text(record.benefit))}
            {part('panel.record.review', text(record.review))}
          </>
        )}
      </dl>
    </section>
  );
}
