// A labelled form field with its error shown in place and tied to the input for screen readers.
// Inputs, selects and text areas carry `.field-input` (app/globals.css).
import { Alert } from "./alert.tsx";
import { Toast } from "./toast.tsx";

export const inputClass = "field-input";

export function Field({ id, label, hint, error, children }: { id: string; label: string; hint?: string; error?: string; children: React.ReactNode }) {
  return (
    <div>
      <label htmlFor={id} className="block text-sm font-medium text-ink">
        {label}
      </label>
      {hint ? (
        <p id={`${id}-hint`} className="text-sm text-ink-muted">
          {hint}
        </p>
      ) : null}
      {children}
      {error ? (
        <p id={`${id}-error`} className="mt-1 text-sm font-medium text-red-700">
          {error}
        </p>
      ) : null}
    </div>
  );
}

export function describedBy(id: string, hint?: string, error?: string) {
  return [hint ? `${id}-hint` : null, error ? `${id}-error` : null].filter(Boolean).join(" ") || undefined;
}

export function FormMessage({ result }: { result: { ok: boolean; message?: string; error?: string } | null }) {
  if (!result) return null;
  if (result.ok) {
    return result.message ? <Toast of={result}>{result.message}</Toast> : null;
  }
  return (
    <Alert tone="danger" live="alert">
      {result.error}
    </Alert>
  );
}

export { buttonClass } from "./button-classes.ts";

/** A labelled one-line text input with its hint and error, as every editor form uses it. */
export function TextField(props: {
  id: string;
  name: string;
  label: string;
  defaultValue: string;
  hint?: string;
  error?: string;
  type?: string;
  inputMode?: "numeric" | "url";
  required?: boolean;
}) {
  const { id, name, label, defaultValue, hint, error, type = "text", inputMode, required } = props;
  return (
    <Field id={id} label={label} hint={hint} error={error}>
      <input
        id={id}
        name={name}
        type={type}
        inputMode={inputMode}
        defaultValue={defaultValue}
        required={required}
        aria-invalid={error ? true : undefined}
        aria-describedby={describedBy(id, hint, error)}
        className={inputClass}
      />
    </Field>
  );
}

/** The text inputs of one form: ids prefixed, errors from the action's result, values from `value`. */
export function textFieldsOf<N extends string>(prefix: string, fields: Record<string, string>, value: (name: N) => string) {
  return function input(name: N, label: string, options: { type?: string; hint?: string; inputMode?: "numeric" | "url"; required?: boolean } = {}) {
    return <TextField id={`${prefix}-${name}`} name={name} label={label} error={fields[name]} defaultValue={value(name)} {...options} />;
  };
}
