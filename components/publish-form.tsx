"use client";
// Publishes a series' draft as a new version, with an optional note for the change log and the emails.
import { useActionState } from "react";
import type { publishAction } from "@/app/organize/actions.ts";
import { Field, FormMessage, buttonClass, describedBy, inputClass } from "./ui/field.tsx";

export function PublishForm({ series, action }: { series: string; action: typeof publishAction }) {
  const [result, formAction, pending] = useActionState(action, null);
  const fields = result && !result.ok ? (result.fields ?? {}) : {};
  const typed = result && !result.ok ? result.values : undefined;
  return (
    <form action={formAction} className="space-y-4">
      <input type="hidden" name="series" value={series} />
      <FormMessage result={result} />
      <Field id="publish-note" label="Note" hint="Optional: a sentence for the change log, the emails and Discord." error={fields.note}>
        <textarea
          key={typed?.note ?? ""}
          id="publish-note"
          name="note"
          rows={2}
          maxLength={2000}
          defaultValue={typed?.note ?? ""}
          aria-invalid={fields.note ? true : undefined}
          aria-describedby={describedBy("publish-note", "hint", fields.note)}
          className={inputClass}
        />
      </Field>
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Publishing…" : "Publish"}
      </button>
    </form>
  );
}
