import { useId } from 'react';
import type { PlanItem, ProvisioningPlan } from '@src/contracts/jira-admin-contracts';
import { useI18n } from '@shared/i18n/i18n-context';
import type { MessageKey } from '@shared/i18n/messages-en';

/**
 * The plan before anything is written, and the same table as the run goes (what was made is
 * no longer pending). Conflicts are named on their row and block the run.
 */
export function PlanView({
  plan,
  progress,
  finished,
  onRun,
}: {
  plan: ProvisioningPlan;
  progress: { done: number; total: number; waiting: boolean } | null;
  finished: boolean;
  onRun: (() => void) | null;
}) {
  const { t } = useI18n();
  const headingId = useId();
  const project = plan.projectName === null ? plan.projectKey : `${plan.projectName} (${plan.projectKey})`;

  if (finished || plan.complete) {
    return (
      <section className="pc-jira-admin__plan" aria-labelledby={headingId}>
        <h2 id={headingId} className="pc-jira-admin__heading">
          {t('jiraAdmin.doneHeading', { project: plan.projectKey })}
        </h2>
        <p>{finished ? t('jiraAdmin.doneText', { project }) : t('jiraAdmin.planNothing')}</p>
        {plan.languageFixed && <LanguageFixed plan={plan} />}
        <PlanTable items={plan.items} />
      </section>
    );
  }
  return (
    <section className="pc-jira-admin__plan" aria-labelledby={headingId} aria-busy={progress !== null}>
      <h2 id={headingId} className="pc-jira-admin__heading">
        {t('jiraAdmin.planHeading', { project })}
      </h2>
      {plan.languageFixed && <LanguageFixed plan={plan} />}
      {plan.blocked !== null && (
        <div className="pc-notice pc-notice--warning" role="status">
          <p>{t(`jiraAdmin.blocked.${plan.blocked}`, { project: plan.projectKey, names: plan.missingResolutions.map((name) => `“${name}”`).join(', ') })}</p>
        </div>
      )}
      {plan.items.length > 0 && (
        <>
          {plan.blocked === null && <p>{t('jiraAdmin.planIntro')}</p>}
          <PlanTable items={plan.items} />
        </>
      )}
      {plan.addsToDefaultScheme && plan.blocked === null && <p className="pc-field__hint pc-jira-admin__note">{t('jiraAdmin.defaultScheme')}</p>}
      {progress !== null && (
        <p className="pc-jira-admin__progress" role="status">
          {progress.waiting ? t('jiraAdmin.waiting') : t('jiraAdmin.running', { done: String(progress.done), total: String(progress.total) })}
        </p>
      )}
      {onRun !== null && plan.blocked === null && plan.pending.length > 0 && (
        <button type="button" className="pc-button pc-button--primary" onClick={onRun}>
          {t('jiraAdmin.run')}
        </button>
      )}
    </section>
  );
}

function LanguageFixed({ plan }: { plan: ProvisioningPlan }) {
  const { t } = useI18n();
  return <p className="pc-notice">{t('jiraAdmin.languageFixed', { language: t(`jiraAdmin.language.${plan.language}`) })}</p>;
}

function PlanTable({ items }: { items: readonly PlanItem[] }) {
  const { t } = useI18n();
  return (
    <div className="pc-jira-admin__table-frame">
      <table className="pc-table pc-jira-admin__table">
        <thead>
          <tr>
            <th scope="col">{t('jiraAdmin.col.kind')}</th>
            <th scope="col">{t('jiraAdmin.col.name')}</th>
            <th scope="col">{t('jiraAdmin.col.change')}</th>
          </tr>
        </thead>
        <tbody>
          {items.map((item) => (
            <tr key={item.id} className={item.conflict === null ? undefined : 'pc-jira-admin__conflict'}>
              <td>{t(`jiraAdmin.kind.${item.kind}`)}</td>
              <td>
                {item.name}
                {item.category !== undefined && <span className="pc-jira-admin__category"> · {t(`jiraAdmin.category.${item.category}` as MessageKey)}</span>}
              </td>
              <td>
                {item.conflict === null ? (
                  changeText(item, t)
                ) : (
                  <strong className="pc-jira-admin__problem">{t(`jiraAdmin.conflict.${item.conflict.reason}` as MessageKey, { details: item.conflict.details.join(', ') })}</strong>
                )}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

function changeText(item: PlanItem, t: ReturnType<typeof useI18n>['t']): string {
  if (item.change === 'copy') return item.copiedFrom === undefined ? t('jiraAdmin.change.copyPlain') : t('jiraAdmin.change.copy', { from: item.copiedFrom });
  return t(`jiraAdmin.change.${item.change}`);
}
