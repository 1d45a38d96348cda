import { useCallback, useId, useState, type FormEvent } from 'react';
import type { JiraGroupsFound, JiraOverrideGroupView } from '@src/contracts/jira-admin-contracts';
import { invokeResolver } from '@shared/bridge';
import { ErrorNotice, type ResolverError } from '@shared/error-notice';
import { useI18n } from '@shared/i18n/i18n-context';
import { LoadingStatus } from '@shared/loading-status';
import { useNewestLoad } from '@shared/use-newest-load';

type Group = { id: string; name: string };
/** The radio's value for project administrators: no group id is empty. */
const DEFAULT = '';

/**
 * Who may close a corrective action by override: a Jira group found by name, or project
 * administrators. The workflows carry the choice, so a save tells the admin to run each
 * project's plan; until then Jira keeps the restriction it has.
 */
export function OverrideSection() {
  const { t } = useI18n();
  const headingId = useId();
  const searchId = useId();
  const [query, setQuery] = useState('');
  const [found, setFound] = useState<{ query: string; result: JiraGroupsFound } | null>(null);
  const [searching, setSearching] = useState(false);
  const [searchError, setSearchError] = useState<ResolverError | null>(null);
  const [choice, setChoice] = useState<Group | null>(null);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<ResolverError | null>(null);
  const [saved, setSaved] = useState(false);

  const fetch = useCallback(() => invokeResolver('jira-admin/override-group', {}), []);
  const onShow = useCallback((view: JiraOverrideGroupView) => setChoice(view.group), []);
  const { loaded, load, show } = useNewestLoad(fetch, onShow, { stayShown: false });

  const heading = (
    <h2 id={headingId} className="pc-jira-admin__heading">
      {t('jiraAdmin.override.heading')}
    </h2>
  );
  if (loaded.kind !== 'ready') {
    return (
      <section className="pc-jira-admin__override" aria-labelledby={headingId} aria-busy={loaded.kind === 'loading'}>
        {heading}
        {loaded.kind === 'failed' ? (
          <ErrorNotice error={loaded.error} title={t('jiraAdmin.override.loadFailed')} onRetry={() => load()} scope="jiraAdmin" />
        ) : (
          <LoadingStatus label={t('jiraAdmin.override.loading')} />
        )}
      </section>
    );
  }

  const { view } = loaded;
  const search = async (event: FormEvent) => {
    event.preventDefault();
    const text = query.trim();
    if (text === '') return;
    setSearching(true);
    setSearchError(null);
    const result = await invokeResolver('jira-admin/find-groups', { query: text });
    setSearching(false);
    if (!result.ok) {
      setSearchError(result.error);
      return;
    }
    setFound({ query: text, result: result.data });
  };
  const save = async () => {
    setSaving(true);
    setSaveError(null);
    setSaved(false);
    const result = await invokeResolver('jira-admin/set-override-group', { group: choice, expectedGroupId: view.group?.id ?? null });
    setSaving(false);
    if (!result.ok) {
      setSaveError(result.error);
      if (result.error.code === 'CONFLICT') load();
      return;
    }
    show(result.data);
    setSaved(true);
  };
  // The current group stays offered beside the results, so a new search never hides what is chosen.
  const offered: Group[] = [...(view.group ? [view.group] : []), ...(found?.result.groups ?? []).filter((group) => group.id !== view.group?.id)];
  const choose = (group: Group | null) => {
    setChoice(group);
    setSaved(false);
  };
  const who = view.group === null ? t('jiraAdmin.override.default') : t('jiraAdmin.override.group', { group: view.group.name });

  return (
    <section className="pc-jira-admin__override" aria-labelledby={headingId}>
      {heading}
      <p>{t('jiraAdmin.override.intro')}</p>
      <p>
        <strong>{t('jiraAdmin.override.current', { who })}</strong>
      </p>
      <form className="pc-jira-admin__group-search" onSubmit={(event) => void search(event)}>
        <label className="pc-field__label" htmlFor={searchId}>
          {t('jiraAdmin.override.search')}
        </label>
        <div className="pc-jira-admin__group-search-row">
          <input id={searchId} className="pc-input" type="search" value={query} maxLength={255} onChange={(event) => setQuery(event.target.value)} />
          <button type="submit" className="pc-button" disabled={searching || query.trim() === ''}>
            {searching ? t('jiraAdmin.override.searching') : t('jiraAdmin.override.searchButton')}
          </button>
        </div>
      </form>
      {searchError !== null && <ErrorNotice error={searchError} title={t('jiraAdmin.override.searchFailed')} scope="jiraAdmin" />}
      {found !== null && found.result.groups.length === 0 && <p className="pc-notice">{t('jiraAdmin.override.noMatch', { query: found.query })}</p>}
      {found !== null && found.result.total > found.result.groups.length && (
        <p className="pc-notice">{t('jiraAdmin.override.more', { shown: found.result.groups.length, total: found.result.total })}</p>
      )}
      <fieldset className="pc-jira-admin__defaults" disabled={saving}>
        <legend className="pc-field__label">{t('jiraAdmin.override.legend')}</legend>
        <label className="pc-jira-admin__default">
          <input type="radio" name="override-group" value={DEFAULT} checked={choice === null} onChange={() => choose(null)} />
          <span>{t('jiraAdmin.override.default')}</span>
        </label>
        {offered.map((group) => (
          <label key={group.id} className="pc-jira-admin__default">
            <input type="radio" name="override-group" value={group.id} checked={choice?.id === group.id} onChange={() => choose(group)} />
            <span>{t('jiraAdmin.override.group', { group: group.name })}</span>
          </label>
        ))}
      </fieldset>
      {saveError !== null && <ErrorNotice error={saveError} title={t('jiraAdmin.override.saveFailed')} scope="jiraAdmin" />}
      <div className="pc-jira-admin__default-actions">
        <button type="button" className="pc-button" disabled={saving || (choice?.id ?? null) === (view.group?.id ?? null)} onClick={() => void save()}>
          {saving ? t('jiraAdmin.override.saving') : t('jiraAdmin.override.save')}
        </button>
      </div>
      <p className="pc-jira-admin__saved" role="status">
        {saved ? t('jiraAdmin.override.saved') : ''}
      </p>
    </section>
  );
}
