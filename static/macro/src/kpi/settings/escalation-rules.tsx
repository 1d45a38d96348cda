import { useId } from 'react';
import type { EscalationRule } from '../kpi-view-types';
import { plural, type KpiWords } from '../kpi-words';
import { useKpiWords } from '../use-kpi-words';
import { MAX_RULES, newRule } from './kpi-settings-draft';

const WHEN: ReadonlyArray<EscalationRule['when']> = ['off-target', 'warning-or-worse', 'on-target'];
const LEVELS: ReadonlyArray<EscalationRule['level']> = ['correction', 'corrective-action', 'improvement'];
const PERIODS = Array.from({ length: 12 }, (_, index) => index + 1);

/** "Off target 3 periods in a row → Corrective action". */
export function ruleText(rule: EscalationRule, words: KpiWords): string {
  return words.t('kpiSettings.ruleText', {
    when: words.t(`kpiSettings.when.${rule.when}`),
    periods: plural(words, 'kpi.periods', rule.periods),
    level: words.t(`kpi.level.${rule.level}`),
  });
}

/** One criterion's escalation rules: the defaults, or rules of its own (when × periods → level). */
export function EscalationRules({
  name,
  rules,
  defaults,
  disabled,
  onChange,
}: {
  name: string;
  rules: EscalationRule[] | null;
  defaults: EscalationRule[];
  disabled: boolean;
  onChange: (rules: EscalationRule[] | null) => void;
}) {
  const words = useKpiWords();
  const { t } = words;
  const group = useId();
  const own = rules !== null;
  const set = (index: number, change: Partial<EscalationRule>) => onChange(rules!.map((rule, at) => (at === index ? { ...rule, ...change } : rule)));
  return (
    <fieldset className="pc-kpi-rules" disabled={disabled}>
      <legend className="pc-kpi-rules__name">{name}</legend>
      <div className="pc-kpi-rules__choice">
        <label>
          <input type="radio" name={group} checked={!own} onChange={() => onChange(null)} /> {t('kpiSettings.useDefaults')}
        </label>
        <label>
          <input type="radio" name={group} checked={own} onChange={() => onChange(defaults.map((rule) => ({ ...rule })))} /> {t('kpiSettings.ownRules')}
        </label>
      </div>
      {own && (
        <>
          {rules.length === 0 && <p className="pc-field__hint">{t('kpiSettings.noRules')}</p>}
          <ol className="pc-kpi-rules__list">
            {rules.map((rule, index) => (
              <li key={index} className="pc-kpi-rules__rule">
                <RuleSelect
                  label={t('kpiSettings.ruleWhen')}
                  rule={t('kpiSettings.ruleNumber', { number: index + 1 })}
                  value={rule.when}
                  options={WHEN.map((when) => [when, t(`kpiSettings.when.${when}`)])}
                  onChange={(when) => set(index, { when })}
                />
                <RuleSelect
                  label={t('kpiSettings.rulePeriods')}
                  rule={t('kpiSettings.ruleNumber', { number: index + 1 })}
                  value={String(rule.periods)}
                  options={PERIODS.map((count) => [String(count), new Intl.NumberFormat(words.locale).format(count)])}
                  onChange={(periods) => set(index, { periods: Number(periods) })}
                />
                <RuleSelect
                  label={t('kpiSettings.ruleLevel')}
                  rule={t('kpiSettings.ruleNumber', { number: index + 1 })}
                  value={rule.level}
                  options={LEVELS.map((level) => [level, t(`kpi.level.${level}`)])}
                  onChange={(level) => set(index, { level })}
                />
                <button type="button" className="pc-button pc-button--subtle pc-kpi-rules__remove" onClick={() => onChange(rules.filter((_, at) => at !== index))}>
                  {t('kpiSettings.removeRule', { number: index + 1 })}
                </button>
              </li>
            ))}
          </ol>
          {rules.length < MAX_RULES && (
            <button type="button" className="pc-button" onClick={() => onChange([...rules, newRule(rules)])}>
              {t('kpiSettings.addRule')}
            </button>
          )}
        </>
      )}
    </fieldset>
  );
}

/** A select of a rule; its label names the rule too, for a screen reader moving from field to field. */
function RuleSelect<V extends string>({
  label,
  rule,
  value,
  options,
  onChange,
}: {
  label: string;
  rule: string;
  value: V;
  options: Array<[V, string]>;
  onChange: (value: V) => void;
}) {
  const id = useId();
  return (
    <span className="pc-field pc-kpi-rules__field">
      <label className="pc-field__label" htmlFor={id}>
        {label}
        <span className="pc-visually-hidden"> ({rule})</span>
      </label>
      <select id={id} className="pc-select" value={value} onChange={(change) => onChange(change.target.value as V)}>
        {options.map(([option, text]) => (
          <option key={option} value={option}>
            {text}
          </option>
        ))}
      </select>
    </span>
  );
}
