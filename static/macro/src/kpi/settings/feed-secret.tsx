import { useId, useRef, useState } from 'react';
import type { KpiSettingsView } from '@src/contracts/kpi-contracts';
import { invokeResolver } from '@shared/bridge';
import { ErrorNotice, type ResolverError } from '@shared/error-notice';
import { formatIsoDate } from '@shared/format-date';
import { localDate } from '../history/local-date';
import { useKpiWords } from '../use-kpi-words';
import { copyText } from './copy-text';

/**
 * The card's data feed: its webtrigger address and secret. A new secret is shown once, here, with
 * a copy button; rotating asks first, since the old secret stops working at once.
 */
export function FeedSecret({
  cardId,
  view,
  onSettings,
  onStale,
}: {
  cardId: string;
  view: KpiSettingsView;
  onSettings: (view: KpiSettingsView) => void;
  onStale: () => void;
}) {
  const { t, locale } = useKpiWords();
  const headingId = useId();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ResolverError | null>(null);
  const [secret, setSecret] = useState<string | null>(null);
  const { feed } = view;

  const rotate = async () => {
    setBusy(true);
    setError(null);
    const result = await invokeResolver('kpi/feed-rotate', { cardId, expectedVersion: view.version });
    setBusy(false);
    setConfirming(false);
    if (!result.ok) {
      setError(result.error);
      if (result.error.code === 'CONFLICT') onStale();
      return;
    }
    setSecret(result.data.secret);
    onSettings(result.data.settings);
  };

  return (
    <section className="pc-kpi-feed" aria-labelledby={headingId}>
      <h4 id={headingId} className="pc-kpi-settings__subheading">
        {t('kpiSettings.feedHeading')}
      </h4>
      <p className="pc-field__hint">{t('kpiSettings.feedIntro')}</p>
      {feed.url === null ? <p>{t('kpiSettings.feedNoUrl')}</p> : <CopyField label={t('kpiSettings.feedUrl')} text={feed.url} />}
      {feed.url !== null && view.kpis.length > 0 && (
        // What a sender puts in "kpiId": the ids stay when a criterion is renamed.
        <details className="pc-kpi-feed__ids">
          <summary>{t('kpiSettings.feedKpiIds')}</summary>
          <dl>
            {view.kpis.map((kpi) => (
              <div key={kpi.kpiId}>
                <dt>{kpi.name}</dt>
                <dd>
                  <code>{kpi.kpiId}</code>
                </dd>
              </div>
            ))}
          </dl>
        </details>
      )}
      <p>
        {!feed.configured
          ? t('kpiSettings.feedOff')
          : feed.rotatedAt === null
            ? t('kpiSettings.feedOnUndated')
            : t('kpiSettings.feedOn', { date: formatIsoDate(localDate(feed.rotatedAt), locale) })}
      </p>
      {secret !== null && (
        <div className="pc-notice pc-notice--warning pc-kpi-feed__secret" role="status">
          <CopyField label={t('kpiSettings.secretLabel')} text={secret} />
          <p className="pc-notice__title">{t('kpiSettings.secretOnce')}</p>
          {feed.configured && <p>{t('kpiSettings.secretOldStops')}</p>}
        </div>
      )}
      {error !== null && <ErrorNotice error={error} title={t('kpiSettings.rotateFailed')} scope="kpiSettings" />}
      {view.canEdit &&
        (confirming ? (
          <div className="pc-notice pc-notice--warning" role="alert">
            <p>{t('kpiSettings.rotateWarning')}</p>
            <div className="pc-kpi-settings__actions">
              <button type="button" className="pc-button pc-button--primary" disabled={busy} onClick={() => void rotate()}>
                {busy ? t('kpiSettings.rotating') : t('kpiSettings.rotateYes')}
              </button>
              <button type="button" className="pc-button pc-button--subtle" disabled={busy} onClick={() => setConfirming(false)}>
                {t('kpiSettings.rotateNo')}
              </button>
            </div>
          </div>
        ) : (
          <button type="button" className="pc-button" disabled={busy} onClick={() => (feed.configured ? setConfirming(true) : void rotate())}>
            {busy ? t('kpiSettings.rotating') : feed.configured ? t('kpiSettings.rotateSecret') : t('kpiSettings.createSecret')}
          </button>
        ))}
    </section>
  );
}

/** A read-only text (an address, a secret) with a button that copies it, and a word on how that went. */
function CopyField({ label, text }: { label: string; text: string }) {
  const { t } = useKpiWords();
  const id = useId();
  const field = useRef<HTMLInputElement>(null);
  const [said, setSaid] = useState('');
  return (
    <div className="pc-field">
      <label className="pc-field__label" htmlFor={id}>
        {label}
      </label>
      <span className="pc-kpi-feed__copy">
        <input id={id} ref={field} className="pc-input pc-kpi-feed__text" readOnly value={text} onFocus={(event) => event.target.select()} />
        <button type="button" className="pc-button" onClick={() => void copyText(text, field.current).then((done) => setSaid(t(done ? 'kpiSettings.copied' : 'kpiSettings.copyFailed')))}>
          {t('kpiSettings.copy')}
        </button>
      </span>
      <span className="pc-field__hint" role="status">
        {said}
      </span>
    </div>
  );
}
