import { lengthCounterText, showsCounter } from '@shared/validation/lengthLimits';
import type { ReactNode } from 'react';

interface FieldFrameProps {
  id: string;
  /** May hold visually hidden words that make the name unique ("Amount of fixed cost 2"). */
  label: ReactNode;
  error?: string;
  hint?: ReactNode;
  children: (describedBy: string | undefined) => ReactNode;
  className?: string;
  /** The field's length limit and current length: a counter shows as the text nears it. */
  length?: { value: number; max: number };
}

/** A label, the control, a hint and an error message tied to the control for screen readers. */
export function FieldFrame({ id, label, error, hint, children, className, length }: FieldFrameProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  const errorId = error ? `${id}-error` : undefined;
  const counter = length && showsCounter(length.value, length.max);
  const counterId = counter ? `${id}-counter` : undefined;
  const describedBy = [errorId, hintId, counterId].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field${error ? ' field--invalid' : ''}${className ? ` ${className}` : ''}`}>
      <label htmlFor={id}>{label}</label>
      {children(describedBy)}
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
      {counter && (
        <p
          className={`field__counter${length.value > length.max ? ' field__counter--over' : ''}`}
          id={counterId}
        >
          {lengthCounterText(length.value, length.max)}
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

interface TextFieldProps {
  id: string;
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: ReactNode;
  type?: 'text' | 'email' | 'tel' | 'url' | 'date' | 'number' | 'search';
  required?: boolean;
  autoComplete?: string;
  inputMode?: 'text' | 'decimal' | 'numeric' | 'email' | 'tel' | 'url';
  placeholder?: string;
  className?: string;
  list?: string;
  min?: string;
  max?: string;
  /** Not the HTML attribute: a paste over the limit is kept and shown as an error, never cut. */
  maxLength?: number;
}

export function TextField({
  id,
  label,
  value,
  onChange,
  error,
  hint,
  className,
  maxLength,
  ...input
}: TextFieldProps) {
  return (
    <FieldFrame
      id={id}
      label={label}
      error={error}
      hint={hint}
      className={className}
      length={maxLength ? { value: value.length, max: maxLength } : undefined}
    >
      {(describedBy) => (
        <input
          id={id}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
          {...input}
          type={input.type ?? 'text'}
        />
      )}
    </FieldFrame>
  );
}

interface TextAreaFieldProps {
  id: string;
  label: string;
  value: string;
  onChange: (value: string) => void;
  error?: string;
  hint?: string;
  rows?: number;
  maxLength?: number;
}

export function TextAreaField({
  id,
  label,
  value,
  onChange,
  error,
  hint,
  rows = 4,
  maxLength,
}: TextAreaFieldProps) {
  return (
    <FieldFrame
      id={id}
      label={label}
      error={error}
      hint={hint}
      length={maxLength ? { value: value.length, max: maxLength } : undefined}
    >
      {(describedBy) => (
        <textarea
          id={id}
          rows={rows}
          value={value}
          onChange={(event) => onChange(event.target.value)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
        />
      )}
    </FieldFrame>
  );
}

interface SelectFieldProps<T extends string> {
  id: string;
  label: string;
  value: T;
  onChange: (value: T) => void;
  options: readonly { value: T; label: string }[];
  error?: string;
  hint?: string;
  className?: string;
}

export function SelectField<T extends string>({
  id,
  label,
  value,
  onChange,
  options,
  error,
  hint,
  className,
}: SelectFieldProps<T>) {
  return (
    <FieldFrame id={id} label={label} error={error} hint={hint} className={className}>
      {(describedBy) => (
        <select
          id={id}
          value={value}
          onChange={(event) => onChange(event.target.value as T)}
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy}
        >
          {options.map((option) => (
            <option key={option.value} value={option.value}>
              {option.label}
            </option>
          ))}
        </select>
      )}
    </FieldFrame>
  );
}

interface CheckboxFieldProps {
  id: string;
  label: string;
  checked: boolean;
  onChange: (checked: boolean) => void;
  hint?: string;
}

export function CheckboxField({ id, label, checked, onChange, hint }: CheckboxFieldProps) {
  const hintId = hint ? `${id}-hint` : undefined;
  return (
    <div className="checkbox-field">
      <input
        id={id}
        type="checkbox"
        checked={checked}
        onChange={(event) => onChange(event.target.checked)}
        aria-describedby={hintId}
      />
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p className="field__hint" id={hintId}>
          {hint}
        </p>
      )}
    </div>
  );
}
