import { useCallback, useId, useState } from 'react';
import type { CardJiraSettingsView } from '@src/contracts/jira-settings-contracts';
import { invokeResolver } from '@shared/bridge';
import { ErrorNotice, type ResolverError } from '@shared/error-notice';
import { useI18n } from '@shared/i18n/i18n-context';
import { LoadingStatus } from '@shared/loading-status';
import { PanelHeader } from '@shared/panel-header';
import { useNewestLoad } from '@shared/use-newest-load';
import { changesOf, draftOf, isChanged, rebased, type JiraSettingsDraft } from './jira-settings-draft';
import '../card/settings-panel.css';
import './jira-settings.css';

/**
 * Where a card's corrective actions and improvements go in Jira (a project set up for them, or
 * the site default) and whether the daily run raises one by itself. When Jira is not connected
 * the panel says so and offers nothing. Saved with the version loaded. Those who may not change
 * it are told so and shown nothing of Jira (the server sends them none). Loaded lazily, like the
 * other settings panels.
 */
export default function JiraSettingsPanel({ cardId, onClose }: { cardId: string; onClose: () => void }) {
  const { t } = useI18n();
  const headingId = useId();
  const projectId = useId();
  const autoId = useId();
  const [draft, setDraft] = useState<JiraSettingsDraft | null>(null);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<ResolverError | null>(null);
  const [saved, setSaved] = useState(false);

  const fetch = useCallback(() => invokeResolver('jira/settings-get', { cardId }), [cardId]);
  const onShow = useCallback((view: CardJiraSettingsView, keep: Partial<JiraSettingsDraft> | undefined) => setDraft(view.canEdit ? rebased(view, keep) : null), []);
  const { loaded, load: loadNewest, show } = useNewestLoad(fetch, onShow, { stayShown: true });
  const load = (keep?: Partial<JiraSettingsDraft>) => {
    setSaveError(null);
    setSaved(false);
    loadNewest(keep);
  };

  const header = <PanelHeader id={headingId} title={t('jiraSettings.heading')} closeLabel={t('kpi.close')} onClose={onClose} className="pc-jira-settings" />;
  if (loaded.kind === 'ready' && !loaded.view.canEdit) {
    return (
      <section className="pc-jira-settings" aria-labelledby={headingId}>
        {header}
        <p className="pc-jira-settings__intro" role="status">
          {t('jiraSettings.readOnly')}
        </p>
      </section>
    );
  }
  if (loaded.kind !== 'ready' || draft === null || !loaded.view.canEdit) {
    return (
      <section className="pc-jira-settings" aria-labelledby={headingId} aria-busy={loaded.kind === 'loading'}>
        {header}
        {loaded.kind === 'failed' ? (
          <ErrorNotice error={loaded.error} title={t('jiraSettings.loadFailed')} onRetry={() => load()} scope="jiraSettings" />
        ) : (
          <LoadingStatus label={t('jiraSettings.loading')} />
        )}
      </section>
    );
  }

  const { view } = loaded;
  if (!view.connected) {
    return (
      <section className="pc-jira-settings" aria-labelledby={headingId}>
        {header}
        <p className="pc-notice" role="status">
          {t('jiraSettings.notConnected')}
        </p>
      </section>
    );
  }

  const changed = isChanged(view, draft);
  // A newer version, or rights lost meanwhile: only a reload helps. Jira refusing the project is answered by choosing another.
  const stale = saveError?.code === 'CONFLICT' || (saveError?.code === 'FORBIDDEN' && saveError.reason !== 'jira-create');
  const disabled = saving;
  const edit = (next: JiraSettingsDraft) => {
    setDraft(next);
    setSaved(false);
  };
  const save = async () => {
    setSaving(true);
    setSaveError(null);
    setSaved(false);
    const result = await invokeResolver('jira/settings-save', { cardId, expectedVersion: view.version, ...draft });
    setSaving(false);
    if (!result.ok) return setSaveError(result.error);
    show(result.data);
    setSaved(true);
  };
  const gone = draft.projectId !== null && !view.projects.some((project) => project.id === draft.projectId);

  return (
    <section className="pc-jira-settings" aria-labelledby={headingId}>
      {header}
      <div className="pc-field">
        <label className="pc-field__label" htmlFor={projectId}>
          {t('jiraSettings.project')}
        </label>
        <select
          id={projectId}
          className="pc-select pc-jira-settings__project"
          value={draft.projectId ?? ''}
          disabled={disabled}
          aria-describedby={gone || view.siteDefault === null ? `${projectId}-hint` : undefined}
          aria-invalid={gone}
          onChange={(change) => edit({ ...draft, projectId: change.target.value === '' ? null : change.target.value })}
        >
          <option value="">{view.siteDefault === null ? t('jiraSettings.noSiteDefault') : t('jiraSettings.siteDefault', { project: view.siteDefault.key })}</option>
          {view.projects.map((project) => (
            <option key={project.id} value={project.id}>
              {project.key}
            </option>
          ))}
          {gone && <option value={draft.projectId!}>{t('jiraSettings.gone', { project: draft.projectId! })}</option>}
        </select>
        {(gone || view.siteDefault === null) && (
          <p id={`${projectId}-hint`} className={gone ? 'pc-field__error' : 'pc-field__hint'}>
            {gone ? t('jiraSettings.projectGone') : t('jiraSettings.noSiteDefaultHint')}
          </p>
        )}
      </div>
      <div className="pc-field pc-jira-settings__auto">
        <label className="pc-jira-settings__toggle" htmlFor={autoId}>
          <input id={autoId} type="checkbox" checked={draft.autoRaise} disabled={disabled} aria-describedby={`${autoId}-hint`} onChange={(change) => edit({ ...draft, autoRaise: change.target.checked })} />
          <span>{t('jiraSettings.autoRaise')}</span>
        </label>
        <p id={`${autoId}-hint`} className="pc-field__hint pc-jira-settings__auto-hint">
          {t('jiraSettings.autoRaiseHint')}
        </p>
      </div>
      {saveError !== null && (
        <ErrorNotice error={saveError} title={t('jiraSettings.saveFailed')} scope="jiraSettings">
          {stale && (
            <button type="button" className="pc-button" onClick={() => load(changesOf(view, draft))}>
              {t('jiraSettings.reload')}
            </button>
          )}
        </ErrorNotice>
      )}
      <div className="pc-jira-settings__actions">
        <button type="button" className="pc-button pc-button--primary" disabled={!changed || saving || stale} onClick={() => void save()}>
          {saving ? t('jiraSettings.saving') : t('jiraSettings.save')}
        </button>
        <button type="button" className="pc-button pc-button--subtle" disabled={!changed || saving} onClick={() => edit(draftOf(view))}>
          {t('jiraSettings.discard')}
        </button>
        <p className="pc-jira-settings__state" role="status">
          {saved ? t('jiraSettings.saved') : changed ? t('jiraSettings.unsaved') : ''}
        </p>
      </div>
    </section>
  );
}
