import type { InputHTMLAttributes, ReactNode, SelectHTMLAttributes } from 'react';
import { cn } from './cn';

const CONTROL = 'w-full rounded-lg border bg-surface-2 px-3 py-2 text-sm outline-none transition focus:border-accent';

/** The label and error line every form control shares, wired for screen readers. */
function FieldFrame({
  label,
  error,
  id,
  children,
}: {
  label: string;
  error?: string;
  id: string;
  children: ReactNode;
}) {
  return (
    <div className="space-y-1.5">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {children}
      {error ? (
        <p id={`${id}-error`} className="text-xs text-bad">
          {error}
        </p>
      ) : null}
    </div>
  );
}

const describedBy = (id: string, error?: string) => ({
  'aria-invalid': error ? true : undefined,
  'aria-describedby': error ? `${id}-error` : undefined,
});

/** A labelled input with its own error line. */
export function Field({
  label,
  error,
  id,
  className,
  ...props
}: InputHTMLAttributes<HTMLInputElement> & { label: string; id: string; error?: string }) {
  return (
    <FieldFrame label={label} error={error} id={id}>
      <input
        id={id}
        {...describedBy(id, error)}
        className={cn(CONTROL, 'placeholder:text-muted', error ? 'border-bad' : 'border-border', className)}
        {...props}
      />
    </FieldFrame>
  );
}

/** A labelled select of plain string options with its own error line. */
export function SelectField({
  label,
  error,
  id,
  options,
  className,
  ...props
}: SelectHTMLAttributes<HTMLSelectElement> & {
  label: string;
  id: string;
  error?: string;
  options: readonly string[];
}) {
  return (
    <FieldFrame label={label} error={error} id={id}>
      <select
        id={id}
        {...describedBy(id, error)}
        className={cn(CONTROL, error ? 'border-bad' : 'border-border', className)}
        {...props}
      >
        {options.map((o) => (
          <option key={o} value={o}>
            {o}
          </option>
        ))}
      </select>
    </FieldFrame>
  );
}
