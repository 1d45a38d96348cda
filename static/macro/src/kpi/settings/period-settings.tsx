import { useId } from 'react';
import type { KpiSettingsView } from '@src/contracts/kpi-contracts';
import { timeZoneChoices, timeZoneLabel } from '@shared/time-zones';
import { useKpiWords } from '../use-kpi-words';
import { MAX_GRACE_DAYS, type KpiSettingsDraft } from './kpi-settings-draft';

/** The card's time zone (or the site's) and the days a value may come after its period. */
export function PeriodSettings({
  view,
  draft,
  disabled,
  graceValid,
  onChange,
}: {
  view: KpiSettingsView;
  draft: KpiSettingsDraft;
  disabled: boolean;
  graceValid: boolean;
  onChange: (draft: KpiSettingsDraft) => void;
}) {
  const { t } = useKpiWords();
  const zoneId = useId();
  const graceId = useId();
  const zones = timeZoneChoices(draft.timeZone ?? view.siteTimeZone);
  return (
    <div className="pc-kpi-settings__periods">
      <div className="pc-field">
        <label className="pc-field__label" htmlFor={zoneId}>
          {t('kpiSettings.timeZone')}
        </label>
        <select
          id={zoneId}
          className="pc-select"
          value={draft.timeZone ?? ''}
          disabled={disabled}
          aria-describedby={`${zoneId}-hint`}
          onChange={(change) => onChange({ ...draft, timeZone: change.target.value === '' ? null : change.target.value })}
        >
          <option value="">{t('kpiSettings.siteZone', { zone: timeZoneLabel(view.siteTimeZone) })}</option>
          {zones.map((zone) => (
            <option key={zone} value={zone}>
              {timeZoneLabel(zone)}
            </option>
          ))}
        </select>
        <p id={`${zoneId}-hint`} className="pc-field__hint">
          {t('kpiSettings.timeZoneHint')}
        </p>
      </div>
      <div className="pc-field">
        <label className="pc-field__label" htmlFor={graceId}>
          {t('kpiSettings.graceDays')}
        </label>
        <input
          id={graceId}
          className="pc-input pc-kpi-settings__grace"
          type="text"
          inputMode="numeric"
          value={draft.graceDays}
          disabled={disabled}
          aria-invalid={!graceValid}
          aria-describedby={`${graceId}-hint${graceValid ? '' : ` ${graceId}-error`}`}
          onChange={(change) => onChange({ ...draft, graceDays: change.target.value })}
        />
        <p id={`${graceId}-hint`} className="pc-field__hint">
          {t('kpiSettings.graceHint', { max: MAX_GRACE_DAYS })}
        </p>
        {!graceValid && (
          <p id={`${graceId}-error`} className="pc-field__error">
            {t('kpiSettings.graceInvalid', { max: MAX_GRACE_DAYS })}
          </p>
        )}
      </div>
    </div>
  );
}
