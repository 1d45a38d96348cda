import { useId } from 'react';

/**
 * A number as the reader types it (a text box: «12,5» must stay as typed), its problem said
 * beside it and tied to it (`aria-invalid`, `aria-describedby`), its unit shown after it.
 */
export function NumberField({
  label,
  hint,
  unit,
  value,
  problem,
  onChange,
}: {
  label: string;
  hint?: string;
  unit?: string;
  value: string;
  problem: string | undefined;
  onChange: (text: string) => void;
}) {
  const id = useId();
  const described = [hint === undefined ? null : `${id}-hint`, problem === undefined ? null : `${id}-error`].filter((part) => part !== null).join(' ');
  return (
    <div className="pc-field pc-kpi-form__number">
      <label className="pc-field__label" htmlFor={id}>
        {label}
      </label>
      <span className="pc-kpi-form__with-unit">
        <input
          id={id}
          className="pc-input"
          type="text"
          inputMode="decimal"
          autoComplete="off"
          value={value}
          aria-invalid={problem !== undefined}
          aria-describedby={described === '' ? undefined : described}
          onChange={(change) => onChange(change.target.value)}
        />
        {unit !== undefined && unit.trim() !== '' && <span className="pc-kpi-form__unit">{unit}</span>}
      </span>
      {hint !== undefined && (
        <p id={`${id}-hint`} className="pc-field__hint">
          {hint}
        </p>
      )}
      {problem !== undefined && (
        <p id={`${id}-error`} className="pc-field__error">
          {problem}
        </p>
      )}
    </div>
  );
}
