"use client";
// Adds a person to a session by email, in person or remote. A full room puts them on the
// waitlist like anyone; someone without an account gets one and signs in by email.
import { useActionState } from "react";
import type { addAttendeeAction } from "@/app/organize/attendee-actions.ts";
import { smallButtonClass } from "./ui/button-classes.ts";
import { Field, FormMessage, describedBy, inputClass } from "./ui/field.tsx";

type Props = { sessionId: string; isInPerson: boolean; isRemote: boolean; action: typeof addAttendeeAction };

export function AddAttendeeForm({ sessionId, isInPerson, isRemote, action }: Props) {
  const [result, formAction, adding] = useActionState(action, null);
  const fields = result && !result.ok ? (result.fields ?? {}) : {};
  const typed = result && !result.ok ? result.values : undefined;
  const modes = [...(isInPerson ? [["in_person", "In person"]] : []), ...(isRemote ? [["remote", "Remote"]] : [])];

  return (
    <form action={formAction} className="space-y-3 card p-4" noValidate>
      <h2 className="text-lg font-semibold">Add a person</h2>
      <FormMessage result={result} />
      <input type="hidden" name="sessionId" value={sessionId} />
      <div key={JSON.stringify(typed ?? {})} className="grid gap-3 sm:grid-cols-[1fr_auto]">
        <Field id="attendee-email" label="Email" error={fields.email}>
          <input
            id="attendee-email"
            name="email"
            type="email"
            autoComplete="off"
            required
            defaultValue={typed?.email ?? ""}
            aria-invalid={fields.email ? true : undefined}
            aria-describedby={describedBy("attendee-email", undefined, fields.email)}
            className={inputClass}
          />
        </Field>
        <Field id="attendee-mode" label="Attends" error={fields.mode}>
          <select
            id="attendee-mode"
            name="mode"
            defaultValue={typed?.mode ?? modes[0]?.[0]}
            aria-invalid={fields.mode ? true : undefined}
            aria-describedby={describedBy("attendee-mode", undefined, fields.mode)}
            className={inputClass}
          >
            {modes.map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </select>
        </Field>
      </div>
      <button type="submit" disabled={adding} className={smallButtonClass}>
        {adding ? "Adding…" : "Add"}
      </button>
    </form>
  );
}
