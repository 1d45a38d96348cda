import { useEffect, useId, useState, type FormEvent } from 'react';
import { ErrorNotice } from '@shared/error-notice';
import { useI18n } from '@shared/i18n/i18n-context';
import { LoadingStatus } from '@shared/loading-status';
import { PlanView } from './plan-view';
import { useProvisioning, type Language } from './use-provisioning';

const PROJECT_KEY = /^[A-Z][A-Z0-9_]{1,9}$/;

/** Which project, in which language; then the plan, the run and its result. */
export function ProvisioningSection({ defaultLanguage, onFinished }: { defaultLanguage: Language; onFinished: () => void }) {
  const { t } = useI18n();
  const keyId = useId();
  const hintId = useId();
  const errorId = useId();
  const [projectKey, setProjectKey] = useState('');
  const [language, setLanguage] = useState<Language>(defaultLanguage);
  const [touched, setTouched] = useState(false);
  const { state, plan, run } = useProvisioning();
  const key = projectKey.trim().toUpperCase();
  const invalid = !PROJECT_KEY.test(key);
  const busy = state.kind === 'planning' || state.kind === 'running';
  const finished = state.kind === 'finished';
  useEffect(() => {
    if (finished) onFinished();
  }, [finished, onFinished]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    setTouched(true);
    if (!invalid) void plan(key, language);
  };

  const shown = state.kind === 'planned' || state.kind === 'running' || state.kind === 'finished' || state.kind === 'failed' ? ('plan' in state ? state.plan : null) : null;
  return (
    <section className="pc-jira-admin__section" aria-labelledby={`${keyId}-heading`}>
      <form className="pc-jira-admin__form" onSubmit={submit} noValidate>
        <div className="pc-field">
          <label className="pc-field__label" htmlFor={keyId} id={`${keyId}-heading`}>
            {t('jiraAdmin.project')}
          </label>
          <input
            id={keyId}
            className="pc-input pc-jira-admin__key"
            value={projectKey}
            onChange={(event) => setProjectKey(event.target.value)}
            aria-describedby={touched && invalid ? `${hintId} ${errorId}` : hintId}
            aria-invalid={touched && invalid}
            autoCapitalize="characters"
            spellCheck={false}
            disabled={busy}
          />
          <p id={hintId} className="pc-field__hint">
            {t('jiraAdmin.projectHint')}
          </p>
          {touched && invalid && (
            <p id={errorId} className="pc-field__error">
              {t('jiraAdmin.error.VALIDATION')}
            </p>
          )}
        </div>
        <fieldset className="pc-jira-admin__languages" disabled={busy}>
          <legend className="pc-field__label">{t('jiraAdmin.language')}</legend>
          {(['en', 'ru'] as const).map((option) => (
            <label key={option} className="pc-jira-admin__language">
              <input type="radio" name="language" value={option} checked={language === option} onChange={() => setLanguage(option)} />
              <span>{t(`jiraAdmin.language.${option}`)}</span>
            </label>
          ))}
        </fieldset>
        <button type="submit" className="pc-button" disabled={busy}>
          {t('jiraAdmin.showPlan')}
        </button>
      </form>

      {state.kind === 'planning' && <LoadingStatus label={t('jiraAdmin.loadingPlan')} />}
      {state.kind === 'failed' && (
        <ErrorNotice error={state.error} title={state.during === 'run' ? t('jiraAdmin.stepFailed') : undefined} scope="jiraAdmin" onRetry={() => void plan(key, language)} />
      )}
      {shown !== null && (
        <PlanView
          plan={shown}
          progress={state.kind === 'running' ? { done: state.done, total: state.total, waiting: state.waiting } : null}
          finished={state.kind === 'finished'}
          onRun={state.kind === 'planned' ? () => void run(shown, shown.language) : null}
        />
      )}
    </section>
  );
}
