"use client";
// The settings of a series: its name and the defaults every new session and season starts from.
import { useActionState } from "react";
import type { updateSeriesAction } from "@/app/organize/series-actions.ts";
import type { SeriesSettingsValues } from "@/lib/series/get-series-settings.ts";
import { WEEKDAYS, zoneChoices } from "./ui/choices.ts";
import { Field, FormMessage, buttonClass, describedBy, inputClass, textFieldsOf } from "./ui/field.tsx";

type Props = { series: string; values: SeriesSettingsValues; timeZones: string[]; action: typeof updateSeriesAction };

type TextName = "name" | "defaultStartTime" | "defaultDurationMinutes" | "venueName" | "venueAddress" | "seats" | "remoteUrl";
type BoxName = "defaultInPerson" | "defaultRemote" | "claimApprovalRequired";

export function SeriesSettingsForm({ series, values, timeZones, action }: Props) {
  const [result, formAction, pending] = useActionState(action, null);
  const fields = result && !result.ok ? (result.fields ?? {}) : {};
  // React resets a form after its action: show what was typed when it failed, else the settings as saved.
  const typed = result && !result.ok ? result.values : undefined;
  const text = (name: keyof SeriesSettingsValues) => typed?.[name] ?? String(values[name] ?? "");
  const ticked = (name: BoxName) => (typed ? typed[name] === "on" : values[name]);

  const input = textFieldsOf<TextName>("series", fields, text);
  const box = (name: BoxName, label: string) => (
    <label className="flex items-center gap-2 text-sm text-slate-800">
      <input type="checkbox" name={name} defaultChecked={ticked(name)} className="h-4 w-4" />
      {label}
    </label>
  );
  const select = (name: "timeZone" | "defaultWeekday", label: string, options: { value: string; label: string }[]) => (
    <Field id={`series-${name}`} label={label} error={fields[name]}>
      <select
        id={`series-${name}`}
        name={name}
        defaultValue={text(name)}
        aria-invalid={fields[name] ? true : undefined}
        aria-describedby={describedBy(`series-${name}`, undefined, fields[name])}
        className={inputClass}
      >
        {options.map((o) => (
          <option key={o.value} value={o.value}>
            {o.label}
          </option>
        ))}
      </select>
    </Field>
  );

  return (
    <form action={formAction} className="space-y-5" noValidate>
      <input type="hidden" name="series" value={series} />
      <FormMessage result={result} />
      <div key={JSON.stringify(typed ?? values)} className="space-y-5">
        {input("name", "Name")}
        <Field id="series-description" label="Description" hint="Optional: shown on the schedule." error={fields.description}>
          <textarea
            id="series-description"
            name="description"
            rows={3}
            defaultValue={text("description")}
            aria-invalid={fields.description ? true : undefined}
            aria-describedby={describedBy("series-description", "hint", fields.description)}
            className={inputClass}
          />
        </Field>
        {select(
          "timeZone",
          "Time zone",
          zoneChoices(timeZones, values.timeZone).map((z) => ({ value: z, label: z.replaceAll("_", " ") })),
        )}
        <div className="grid gap-4 sm:grid-cols-3">
          {select(
            "defaultWeekday",
            "Usual weekday",
            WEEKDAYS.map((day, i) => ({ value: String(i), label: day })),
          )}
          {input("defaultStartTime", "Usual start time", { type: "time" })}
          {input("defaultDurationMinutes", "Usual duration in minutes", { inputMode: "numeric" })}
        </div>
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium text-slate-800">New sessions are</legend>
          {box("defaultInPerson", "In person")}
          {box("defaultRemote", "Remote (Zoom)")}
        </fieldset>
        <div className="grid gap-4 sm:grid-cols-2">
          {input("venueName", "Venue", { hint: "For in-person sessions." })}
          {input("venueAddress", "Address", { hint: "Optional." })}
          {input("seats", "Seats", { inputMode: "numeric", hint: "How many people the venue holds, for new in-person sessions." })}
          {input("remoteUrl", "Default Zoom link", { type: "url", inputMode: "url", hint: "Only people who RSVP see it." })}
        </div>
        {box("claimApprovalRequired", "Volunteers to present need an organizer's approval")}
      </div>
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Saving…" : "Save settings"}
      </button>
    </form>
  );
}
