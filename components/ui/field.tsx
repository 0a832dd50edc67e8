import { useId } from "react";

export const inputClass =
  "w-full rounded-lg border border-control bg-surface px-3 py-2 text-ink placeholder:text-muted aria-[invalid=true]:border-danger";

interface FieldFrameProps {
  label: string;
  error?: string;
  hint?: string;
}

/** Label, hint and error around one control, wired so the control announces them. */
function FieldFrame({
  label,
  error,
  hint,
  children,
}: FieldFrameProps & { children: (control: { id: string; describedBy?: string; invalid?: true }) => React.ReactNode }) {
  const id = useId();
  const describedBy = [hint && `${id}-hint`, error && `${id}-error`].filter(Boolean).join(" ") || undefined;
  return (
    <div className="space-y-1">
      <label htmlFor={id} className="block text-sm font-medium">
        {label}
      </label>
      {children({ id, describedBy, invalid: error ? true : undefined })}
      {hint && (
        <p id={`${id}-hint`} className="text-xs text-muted">
          {hint}
        </p>
      )}
      {error && (
        <p id={`${id}-error`} className="text-sm text-danger-ink">
          {error}
        </p>
      )}
    </div>
  );
}

/** A labelled input whose error and hint are announced with it. */
export function Field({ label, error, hint, className = "", ...input }: FieldFrameProps & React.ComponentProps<"input">) {
  return (
    <FieldFrame label={label} error={error} hint={hint}>
      {({ id, describedBy, invalid }) => (
        <input id={id} aria-invalid={invalid} aria-describedby={describedBy} className={`${inputClass} ${className}`} {...input} />
      )}
    </FieldFrame>
  );
}

export function SelectField({
  label,
  error,
  hint,
  className = "",
  children,
  ...select
}: FieldFrameProps & React.SelectHTMLAttributes<HTMLSelectElement>) {
  return (
    <FieldFrame label={label} error={error} hint={hint}>
      {({ id, describedBy, invalid }) => (
        <select id={id} aria-invalid={invalid} aria-describedby={describedBy} className={`${inputClass} ${className}`} {...select}>
          {children}
        </select>
      )}
    </FieldFrame>
  );
}

export function FormMessage({ tone, children }: { tone: "error" | "success"; children: React.ReactNode }) {
  const colours =
    tone === "error" ? "border-danger-ink/40 bg-danger-soft text-danger-ink" : "border-success-ink/40 bg-success-soft text-success-ink";
  return (
    <p role={tone === "error" ? "alert" : "status"} className={`rounded-lg border p-3 text-sm ${colours}`}>
      {children}
    </p>
  );
}

/** A standing notice (stale ratings, a warning before an action): not an error, not announced as one. */
export function Notice({ tone = "warning", children }: { tone?: "warning" | "info"; children: React.ReactNode }) {
  const colours =
    tone === "warning" ? "border-warning-ink/40 bg-warning-soft text-warning-ink" : "border-accent-ink/40 bg-accent-soft text-ink";
  return (
    <div role="note" className={`rounded-lg border p-3 text-sm ${colours}`}>
      {children}
    </div>
  );
}
