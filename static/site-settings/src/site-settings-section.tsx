import { useEffect, useState, type FormEvent } from 'react';
import type { SiteSettingsView } from '@src/contracts/resolver-contracts';
import { ErrorNotice } from '@shared/error-notice';
import { useI18n } from '@shared/i18n/i18n-context';
import { TimeZonePicker } from './time-zone-picker';
import { timeZoneLabel } from '@shared/time-zones';
import { useSiteSettings } from './use-site-settings';

/** The site-wide settings: a form for site admins, the values and why they are fixed for everyone else. */
export function SiteSettingsSection() {
  const { t } = useI18n();
  const state = useSiteSettings();
  return (
    <section className="pc-site__section" aria-labelledby="pc-site-settings" aria-busy={state.settings === null && state.loadError === null}>
      <h2 id="pc-site-settings" className="pc-site__heading">{t('siteSettings.heading')}</h2>
      {state.loadError !== null ? (
        <ErrorNotice error={state.loadError} title={t('siteSettings.loadFailed')} onRetry={state.reload} scope="siteSettings" />
      ) : state.settings === null ? (
        <p className="pc-site__muted" role="status">{t('siteSettings.loading')}</p>
      ) : state.settings.canEdit ? (
        <SettingsForm settings={state.settings} state={state} />
      ) : (
        <ReadOnlySettings settings={state.settings} />
      )}
    </section>
  );
}

function SettingsForm({ settings, state }: { settings: SiteSettingsView; state: ReturnType<typeof useSiteSettings> }) {
  const { t } = useI18n();
  const [zone, setZone] = useState(settings.timeZone);
  const [unchanged, setUnchanged] = useState(false);
  useEffect(() => setZone(settings.timeZone), [settings.timeZone]);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    if (zone === settings.timeZone) {
      setUnchanged(true);
      return;
    }
    setUnchanged(false);
    void state.save(zone);
  };

  const invalid = state.saveError?.code === 'VALIDATION';
  return (
    <form className="pc-site__form" onSubmit={submit} noValidate>
      <p className="pc-site__current">{t('siteSettings.current', { zone: timeZoneLabel(settings.timeZone) })}</p>
      <TimeZonePicker
        value={zone}
        invalid={invalid}
        onChange={(next) => {
          setZone(next);
          setUnchanged(false);
        }}
      />
      {state.saveError !== null && (
        <ErrorNotice
          error={state.saveError}
          title={t('siteSettings.saveFailed')}
          fieldLabels={{ timeZone: t('siteSettings.timeZoneLabel') }}
          scope="siteSettings"
        />
      )}
      <div className="pc-site__actions">
        <button type="submit" className="pc-button pc-button--primary" disabled={state.saving}>
          {state.saving ? t('siteSettings.saving') : t('siteSettings.save')}
        </button>
        <p className="pc-site__status" role="status">
          {unchanged ? t('siteSettings.unchanged') : state.savedZone !== null ? t('siteSettings.saved', { zone: timeZoneLabel(state.savedZone) }) : ''}
        </p>
      </div>
      <LastChanged settings={settings} />
    </form>
  );
}

function ReadOnlySettings({ settings }: { settings: SiteSettingsView }) {
  const { t } = useI18n();
  return (
    <>
      <p className="pc-notice pc-site__read-only">{t('siteSettings.readOnly')}</p>
      <dl className="pc-site__values">
        <dt>{t('siteSettings.timeZoneLabel')}</dt>
        <dd>{timeZoneLabel(settings.timeZone)}</dd>
      </dl>
      <p className="pc-field__hint pc-site__hint">{t('siteSettings.timeZoneHint')}</p>
      <LastChanged settings={settings} />
    </>
  );
}

function LastChanged({ settings }: { settings: SiteSettingsView }) {
  const { t, locale } = useI18n();
  const text =
    settings.updatedAt === null
      ? t('siteSettings.neverChanged')
      : t('siteSettings.lastChanged', { date: new Intl.DateTimeFormat(locale, { dateStyle: 'long', timeStyle: 'short' }).format(new Date(settings.updatedAt)) });
  return <p className="pc-site__muted">{text}</p>;
}
