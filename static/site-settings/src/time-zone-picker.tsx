import { useId, useMemo, useState } from 'react';
import { useI18n } from '@shared/i18n/i18n-context';
import { matchesZone, timeZoneChoices, timeZoneLabel } from '@shared/time-zones';

/**
 * A long list of about 400 zones, narrowed by a search field: both are native controls, so the
 * keyboard and screen readers work as everywhere else; the number of matches is announced.
 */
export function TimeZonePicker({ value, onChange, invalid }: { value: string; onChange: (zone: string) => void; invalid: boolean }) {
  const { t } = useI18n();
  const [query, setQuery] = useState('');
  const ids = { filter: useId(), filterHint: useId(), select: useId(), hint: useId() };
  const zones = useMemo(() => timeZoneChoices(value).map((zone) => ({ zone, label: timeZoneLabel(zone) })), [value]);
  const shown = zones.filter(({ zone }) => zone === value || matchesZone(zone, query));
  const matches = shown.filter(({ zone }) => matchesZone(zone, query)).length;

  return (
    <div className="pc-site__picker">
      <div className="pc-field">
        <label className="pc-field__label" htmlFor={ids.filter}>
          {t('siteSettings.filterLabel')}
        </label>
        <input
          id={ids.filter}
          className="pc-input"
          type="search"
          value={query}
          autoComplete="off"
          aria-describedby={ids.filterHint}
          aria-controls={ids.select}
          onChange={(event) => setQuery(event.target.value)}
        />
        <span id={ids.filterHint} className="pc-field__hint">
          {t('siteSettings.filterHint')}
        </span>
      </div>
      <p className="pc-site__matches" role="status">
        {query.trim() === '' ? '' : matches === 0 ? t('siteSettings.noMatch', { query: query.trim() }) : t('siteSettings.matches', { count: matches })}
      </p>
      <div className="pc-field">
        <label className="pc-field__label" htmlFor={ids.select}>
          {t('siteSettings.timeZoneLabel')}
        </label>
        <select
          id={ids.select}
          className="pc-select pc-site__zones"
          size={8}
          value={value}
          aria-describedby={ids.hint}
          aria-invalid={invalid || undefined}
          onChange={(event) => onChange(event.target.value)}
        >
          {shown.map(({ zone, label }) => (
            <option key={zone} value={zone}>
              {label}
            </option>
          ))}
        </select>
        <span id={ids.hint} className="pc-field__hint">
          {t('siteSettings.timeZoneHint')}
        </span>
      </div>
    </div>
  );
}
