"use client";
// The form of a track (name, description, planned weeks): adds one to a season, or changes one.
import { useActionState } from "react";
import type { updateTrackAction } from "@/app/organize/series-actions.ts";
import { Field, FormMessage, buttonClass, describedBy, inputClass, textFieldsOf } from "./ui/field.tsx";

export type TrackFormValues = { name: string; description: string; plannedWeeks: number | "" };

type Props = {
  /** Which season a new track goes in, or which track is changed. */
  target: { seasonId: string } | { track: string };
  values: TrackFormValues;
  action: typeof updateTrackAction;
};

export function TrackForm({ target, values, action }: Props) {
  const [result, formAction, pending] = useActionState(action, null);
  const fields = result && !result.ok ? (result.fields ?? {}) : {};
  const typed = result && !result.ok ? result.values : undefined;
  const text = (name: keyof TrackFormValues | "slug") => typed?.[name] ?? (name === "slug" ? "" : String(values[name]));
  const isNew = "seasonId" in target;
  const prefix = isNew ? "track-new" : `track-${target.track}`;

  const field = textFieldsOf<"slug" | "name" | "plannedWeeks">(prefix, fields, text);
  const input = (name: "slug" | "name" | "plannedWeeks", label: string, options: Parameters<typeof field>[2] = {}) =>
    field(name, label, { required: true, ...options });

  return (
    <form action={formAction} className="space-y-4" noValidate>
      {"seasonId" in target ? (
        <input type="hidden" name="seasonId" value={target.seasonId} />
      ) : (
        <input type="hidden" name="track" value={target.track} />
      )}
      <FormMessage result={result} />
      <div key={JSON.stringify(typed ?? values)} className="space-y-4">
        <div className="grid gap-4 sm:grid-cols-3">
          {isNew ? input("slug", "Short name", { hint: "Its address: /tracks/…" }) : null}
          {input("name", "Name", { hint: "Shown in the schedule." })}
          {input("plannedWeeks", "Planned weeks", { inputMode: "numeric", hint: "From 1 to 12." })}
        </div>
        <Field id={`${prefix}-description`} label="Description" hint="Optional." error={fields.description}>
          <textarea
            id={`${prefix}-description`}
            name="description"
            rows={3}
            defaultValue={text("description")}
            aria-invalid={fields.description ? true : undefined}
            aria-describedby={describedBy(`${prefix}-description`, "hint", fields.description)}
            className={inputClass}
          />
        </Field>
      </div>
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Saving…" : isNew ? "Add the track" : "Save the track"}
      </button>
    </form>
  );
}
