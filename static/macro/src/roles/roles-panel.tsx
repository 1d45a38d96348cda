import { useCallback, useId, useState } from 'react';
import type { CardSettingsView } from '@src/contracts/resolver-contracts';
import { invokeResolver } from '@shared/bridge';
import { ErrorNotice, type ResolverError } from '@shared/error-notice';
import { formatIsoDate } from '@shared/format-date';
import { useI18n } from '@shared/i18n/i18n-context';
import { RoleRow } from './role-row';
import { changesOf, draftOf, isChanged, rebased, rolesInOrder, withoutPick, withPick, type DraftChange, type RoleMappingDraft } from './role-mapping-draft';
import { LoadingStatus } from '@shared/loading-status';
import { PanelHeader } from '@shared/panel-header';
import { useNewestLoad } from '@shared/use-newest-load';
import './roles-panel.css';

/**
 * Who holds each role of the card. Editors (page editors and the owner's people, as the server
 * decides in `canEdit`) change the mapping here and save it with the version they loaded;
 * everyone else sees it read-only. Loaded lazily: the card renders without it.
 */
export default function RolesPanel({ cardId, onClose }: { cardId: string; onClose: () => void }) {
  const { t, locale } = useI18n();
  const headingId = useId();
  const [draft, setDraft] = useState<RoleMappingDraft>({});
  const [searchingRole, setSearchingRole] = useState<string | null>(null);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<ResolverError | null>(null);
  const [saved, setSaved] = useState(false);

  const fetch = useCallback(() => invokeResolver('settings/get', { cardId }), [cardId]);
  const onShow = useCallback((view: CardSettingsView, keep: readonly DraftChange[] | undefined) => {
    setDraft(rebased(view, keep ?? []));
    setSearchingRole(null);
  }, []);
  const { loaded, load: loadNewest, show } = useNewestLoad(fetch, onShow, { stayShown: false });
  const load = (keep?: readonly DraftChange[]) => {
    setSaveError(null);
    setSaved(false);
    loadNewest(keep);
  };

  const header = <PanelHeader id={headingId} title={t('rolesHeading')} closeLabel={t('rolesClose')} onClose={onClose} className="pc-roles" />;

  if (loaded.kind !== 'ready') {
    return (
      <section className="pc-roles" aria-labelledby={headingId} aria-busy={loaded.kind === 'loading'}>
        {header}
        {loaded.kind === 'loading' ? <RolesLoading /> : <ErrorNotice error={loaded.error} title={t('rolesLoadFailed')} onRetry={() => load()} scope="settings" />}
      </section>
    );
  }

  const { view } = loaded;
  const changed = isChanged(view, draft);
  const save = async () => {
    setSaving(true);
    setSaveError(null);
    setSaved(false);
    const result = await invokeResolver('settings/save-roles', { cardId, expectedVersion: view.version, roleMapping: draft });
    setSaving(false);
    if (!result.ok) return setSaveError(result.error);
    show(result.data);
    setSaved(true);
  };
  const edit = (next: RoleMappingDraft) => {
    setDraft(next);
    setSaved(false);
  };
  const roles = rolesInOrder(view);
  // Someone else saved first, or the caller's rights changed: reload, keeping what they did here.
  const stale = saveError?.code === 'CONFLICT' || saveError?.code === 'FORBIDDEN';

  return (
    <section className="pc-roles" aria-labelledby={headingId}>
      {header}
      <p className="pc-roles__intro">{view.canEdit ? t('rolesIntroEdit') : t('rolesReadOnly')}</p>
      {roles.length === 0 ? (
        <p className="pc-roles__nobody">{t('rolesNone')}</p>
      ) : (
        <ul className="pc-roles__list">
          {roles.map((role) => (
            <RoleRow
              key={role.id}
              role={role}
              assignees={draft[role.id] ?? role.assignees}
              canEdit={view.canEdit && !saving}
              searching={searchingRole === role.id}
              onSearch={(open) => setSearchingRole(open ? role.id : null)}
              onPick={(pick) => edit(withPick(draft, role.id, pick))}
              onRemove={(pick) => edit(withoutPick(draft, role.id, pick))}
            />
          ))}
        </ul>
      )}
      {saveError !== null && (
        <ErrorNotice error={saveError} title={t('rolesSaveFailed')} scope="settings">
          {stale && (
            <button type="button" className="pc-button" onClick={() => load(changesOf(view, draft))}>
              {t('rolesReload')}
            </button>
          )}
        </ErrorNotice>
      )}
      {view.canEdit && roles.length > 0 && (
        <div className="pc-roles__actions">
          <button type="button" className="pc-button pc-button--primary" disabled={!changed || saving || stale} onClick={() => void save()}>
            {saving ? t('rolesSaving') : t('rolesSave')}
          </button>
          <button type="button" className="pc-button pc-button--subtle" disabled={!changed || saving} onClick={() => edit(draftOf(view))}>
            {t('rolesDiscard')}
          </button>
          <p className="pc-roles__state" role="status">
            {saved ? t('rolesSaved') : changed ? t('rolesUnsaved') : ''}
          </p>
        </div>
      )}
      {view.updatedAt !== null && (
        <p className="pc-roles__updated">{t('rolesUpdated', { date: formatIsoDate(localDate(view.updatedAt), locale) })}</p>
      )}
    </section>
  );
}

function RolesLoading() {
  const { t } = useI18n();
  return (
    <LoadingStatus label={t('rolesLoading')} />
  );
}

/** The reader's own calendar date of a moment (a UTC date can be a day off). */
function localDate(iso: string): string {
  const at = new Date(iso);
  const pad = (value: number) => String(value).padStart(2, '0');
  return `${at.getFullYear()}-${pad(at.getMonth() + 1)}-${pad(at.getDate())}`;
}
