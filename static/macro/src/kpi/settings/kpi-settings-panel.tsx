import { useCallback, useId, useState } from 'react';
import type { KpiSettingsView } from '@src/contracts/kpi-contracts';
import { invokeResolver } from '@shared/bridge';
import { ErrorNotice, type ResolverError } from '@shared/error-notice';
import { LoadingStatus } from '@shared/loading-status';
import { PanelHeader } from '@shared/panel-header';
import { useNewestLoad } from '@shared/use-newest-load';
import { useKpiWords } from '../use-kpi-words';
import { EscalationRules, ruleText } from './escalation-rules';
import { FeedSecret } from './feed-secret';
import { changesOf, draftOf, graceDaysOf, isChanged, rebased, type KpiSettingsChanges, type KpiSettingsDraft } from './kpi-settings-draft';
import { PeriodSettings } from './period-settings';
import '../../card/settings-panel.css';
import './kpi-settings.css';

/**
 * A card's KPI settings: the zone its periods are cut in, the days a value may come late, each
 * criterion's escalation rules, and the data feed. Saved with the version loaded; after someone
 * else's save, reloading makes the user's changes again on the newer version. Read-only for
 * those who may not edit. Loaded lazily, like the roles panel.
 */
export default function KpiSettingsPanel({ cardId, onClose }: { cardId: string; onClose: () => void }) {
  const words = useKpiWords();
  const { t } = words;
  const headingId = useId();
  const [draft, setDraft] = useState<KpiSettingsDraft | null>(null);
  const [saving, setSaving] = useState(false);
  const [saveError, setSaveError] = useState<ResolverError | null>(null);
  const [saved, setSaved] = useState(false);

  const fetch = useCallback(() => invokeResolver('kpi/settings-get', { cardId }), [cardId]);
  const onShow = useCallback((view: KpiSettingsView, keep: KpiSettingsChanges | undefined) => setDraft(rebased(view, keep ?? { rules: {} })), []);
  const { loaded, load: loadNewest, show } = useNewestLoad(fetch, onShow, { stayShown: true });
  const load = (keep?: KpiSettingsChanges) => {
    setSaveError(null);
    setSaved(false);
    loadNewest(keep);
  };

  const header = <PanelHeader id={headingId} title={t('kpiSettings.heading')} closeLabel={t('kpi.close')} onClose={onClose} className="pc-kpi-settings" />;
  if (loaded.kind !== 'ready' || draft === null) {
    return (
      <section className="pc-kpi-settings" aria-labelledby={headingId} aria-busy={loaded.kind === 'loading'}>
        {header}
        {loaded.kind === 'failed' ? (
          <ErrorNotice error={loaded.error} title={t('kpiSettings.loadFailed')} onRetry={() => load()} scope="kpiSettings" />
        ) : (
          <LoadingStatus label={t('kpiSettings.loading')} />
        )}
      </section>
    );
  }

  const { view } = loaded;
  const graceDays = graceDaysOf(draft.graceDays);
  const changed = isChanged(view, draft);
  const stale = saveError?.code === 'CONFLICT' || saveError?.code === 'FORBIDDEN';
  const edit = (next: KpiSettingsDraft) => {
    setDraft(next);
    setSaved(false);
  };
  const save = async () => {
    if (graceDays === null) return;
    setSaving(true);
    setSaveError(null);
    setSaved(false);
    const result = await invokeResolver('kpi/settings-save', { cardId, expectedVersion: view.version, timeZone: draft.timeZone, graceDays, rules: draft.rules });
    setSaving(false);
    if (!result.ok) return setSaveError(result.error);
    show(result.data);
    setSaved(true);
  };
  const reloadKeeping = () => load(changesOf(view, draft));

  return (
    <section className="pc-kpi-settings" aria-labelledby={headingId}>
      {header}
      {!view.canEdit && <p className="pc-kpi-settings__intro">{t('kpiSettings.readOnly')}</p>}
      <PeriodSettings view={view} draft={draft} disabled={!view.canEdit || saving} graceValid={graceDays !== null} onChange={edit} />
      <h3 className="pc-kpi-settings__subheading">{t('kpiSettings.rulesHeading')}</h3>
      <p className="pc-field__hint">{t('kpiSettings.rulesIntro')}</p>
      <p className="pc-field__hint pc-kpi-settings__defaults">
        {t('kpiSettings.defaultsAre', { rules: view.defaultRules.map((rule) => ruleText(rule, words)).join('; ') })}
      </p>
      {view.kpis.map((kpi) => (
        <EscalationRules
          key={kpi.kpiId}
          name={kpi.name}
          rules={draft.rules[kpi.kpiId] ?? null}
          defaults={view.defaultRules}
          disabled={!view.canEdit || saving}
          onChange={(rules) => edit({ ...draft, rules: { ...draft.rules, [kpi.kpiId]: rules } })}
        />
      ))}
      {saveError !== null && (
        <ErrorNotice error={saveError} title={t('kpiSettings.saveFailed')} scope="kpiSettings">
          {stale && (
            <button type="button" className="pc-button" onClick={reloadKeeping}>
              {t('kpiSettings.reload')}
            </button>
          )}
        </ErrorNotice>
      )}
      {view.canEdit && (
        <div className="pc-kpi-settings__actions">
          <button type="button" className="pc-button pc-button--primary" disabled={!changed || saving || stale || graceDays === null} onClick={() => void save()}>
            {saving ? t('kpiSettings.saving') : t('kpiSettings.save')}
          </button>
          <button type="button" className="pc-button pc-button--subtle" disabled={!changed || saving} onClick={() => edit(draftOf(view))}>
            {t('kpiSettings.discard')}
          </button>
          <p className="pc-kpi-settings__state" role="status">
            {saved ? t('kpiSettings.saved') : changed ? t('kpiSettings.unsaved') : ''}
          </p>
        </div>
      )}
      <FeedSecret cardId={cardId} view={view} onSettings={(next) => show(next, changesOf(view, draft))} onStale={reloadKeeping} />
    </section>
  );
}
