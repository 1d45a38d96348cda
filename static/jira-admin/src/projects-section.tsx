import { useCallback, useId, useState, type FormEvent } from 'react';
import type { JiraAdminProjectsView } from '@src/contracts/jira-admin-contracts';
import { invokeResolver } from '@shared/bridge';
import { ErrorNotice, type ResolverError } from '@shared/error-notice';
import { useI18n } from '@shared/i18n/i18n-context';
import { LoadingStatus } from '@shared/loading-status';
import { useNewestLoad } from '@shared/use-newest-load';

/**
 * The projects set up for corrective actions and the site default among them: where a card's
 * actions go when its settings name no project. Read on mount (the page remounts it when a run
 * finishes) and after a refused save, so the page never offers a default someone else replaced.
 */
export function ProjectsSection() {
  const { t } = useI18n();
  const headingId = useId();
  const [choice, setChoice] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<ResolverError | null>(null);
  const [saved, setSaved] = useState<string | null>(null);

  const fetch = useCallback(() => invokeResolver('jira-admin/projects', {}), []);
  const onShow = useCallback((view: JiraAdminProjectsView) => setChoice(view.defaultProjectId), []);
  const { loaded, load, show } = useNewestLoad(fetch, onShow, { stayShown: false });

  const heading = (
    <h2 id={headingId} className="pc-jira-admin__heading">
      {t('jiraAdmin.projects.heading')}
    </h2>
  );
  if (loaded.kind !== 'ready') {
    return (
      <section className="pc-jira-admin__projects" aria-labelledby={headingId} aria-busy={loaded.kind === 'loading'}>
        {heading}
        {loaded.kind === 'failed' ? (
          <ErrorNotice error={loaded.error} title={t('jiraAdmin.projects.loadFailed')} onRetry={() => load()} scope="jiraAdmin" />
        ) : (
          <LoadingStatus label={t('jiraAdmin.projects.loading')} />
        )}
      </section>
    );
  }

  const { view } = loaded;
  const ready = view.projects.filter((project) => project.ready);
  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (choice === null || choice === view.defaultProjectId) return;
    setSaving(true);
    setSaveError(null);
    setSaved(null);
    const result = await invokeResolver('jira-admin/set-default', { projectId: choice, expectedDefaultProjectId: view.defaultProjectId });
    setSaving(false);
    if (!result.ok) {
      setSaveError(result.error);
      if (result.error.code === 'CONFLICT' || result.error.code === 'NOT_FOUND') load();
      return;
    }
    show(result.data);
    setSaved(result.data.projects.find((project) => project.isDefault)?.key ?? null);
  };

  return (
    <section className="pc-jira-admin__projects" aria-labelledby={headingId}>
      {heading}
      <p>{t('jiraAdmin.projects.intro')}</p>
      {view.projects.length === 0 ? (
        <p className="pc-notice">{t('jiraAdmin.projects.none')}</p>
      ) : (
        <form onSubmit={(event) => void submit(event)}>
          {view.defaultProjectId === null && ready.length > 0 && <p className="pc-notice pc-notice--warning">{t('jiraAdmin.projects.noDefault')}</p>}
          <fieldset className="pc-jira-admin__defaults" disabled={saving}>
            <legend className="pc-field__label">{t('jiraAdmin.projects.legend')}</legend>
            {view.projects.map((project) => (
              <label key={project.id} className="pc-jira-admin__default">
                <input
                  type="radio"
                  name="default-project"
                  value={project.id}
                  checked={choice === project.id}
                  disabled={!project.ready}
                  onChange={() => {
                    setChoice(project.id);
                    setSaved(null);
                  }}
                />
                <span>
                  <strong>{project.key}</strong>
                  {project.isDefault && <span className="pc-jira-admin__category"> · {t('jiraAdmin.projects.isDefault')}</span>}
                  {!project.ready && <span className="pc-jira-admin__category"> · {t('jiraAdmin.projects.notReady')}</span>}
                </span>
              </label>
            ))}
          </fieldset>
          {saveError !== null && <ErrorNotice error={saveError} title={t('jiraAdmin.projects.saveFailed')} scope="jiraAdmin" />}
          <div className="pc-jira-admin__default-actions">
            <button type="submit" className="pc-button" disabled={saving || choice === null || choice === view.defaultProjectId}>
              {saving ? t('jiraAdmin.projects.saving') : t('jiraAdmin.projects.save')}
            </button>
            <p className="pc-jira-admin__saved" role="status">
              {saved === null ? '' : t('jiraAdmin.projects.saved', { project: saved })}
            </p>
          </div>
        </form>
      )}
    </section>
  );
}
