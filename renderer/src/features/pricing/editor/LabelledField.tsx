import type { ReactNode } from 'react';

interface LabelledFieldProps {
  id: string;
  /** May hold visually hidden words that make the name unique ("Amount of fixed cost 2"). */
  label: ReactNode;
  error?: string;
  hint?: ReactNode;
  className?: string;
  children: (describedBy: string | undefined) => ReactNode;
}

/** A label, the control, a hint and an error tied to the control, like ui/Field's FieldFrame. */
export function LabelledField({ id, label, error, hint, className, children }: LabelledFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const describedBy = [errorId, hintId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field--invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children(describedBy)}
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {error && (
        <p className="field__error" id={errorId}>
          {error}
        </p>
      )}
    </div>
  );
}

interface NumberTextFieldProps {
  id: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: ReactNode;
  className?: string;
  inputMode?: 'text' | 'decimal' | 'numeric';
  placeholder?: string;
}

/** A text input for a number as people type it ("1,200.00"), read by the shared parsers. */
export function NumberTextField({
  id,
  label,
  value,
  onChange,
  error,
  hint,
  className,
  inputMode = 'decimal',
  placeholder,
}: NumberTextFieldProps) {
  return (
    <LabelledField id={id} label={label} error={error} hint={hint} className={className}>
      {(describedBy) => (
        <input
          id={id}
          type="text"
          inputMode={inputMode}
          autoComplete="off"
          placeholder={placeholder}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
        />
      )}
    </LabelledField>
  );
}
