"use client";
// The form of a season (its weekly dates, time and dates to skip): creates one in a series, or changes one.
import { useActionState } from "react";
import type { updateSeasonAction } from "@/app/organize/series-actions.ts";
import type { SeasonFormValues } from "@/lib/series/get-season.ts";
import { WEEKDAYS, zoneChoices } from "./ui/choices.ts";
import { Field, FormMessage, buttonClass, describedBy, inputClass, textFieldsOf } from "./ui/field.tsx";

type Props = {
  /** Which series a new season goes in, or which season is changed. */
  target: { series: string } | { seasonId: string };
  values: SeasonFormValues;
  timeZones: string[];
  action: typeof updateSeasonAction;
};

type TextName = "slug" | "name" | "firstDate" | "lastDate" | "startTime" | "durationMinutes";

/** The error of the dates to skip: the schema names the bad date by its place ("skipDates.2"), so say which one it is. */
function skipDatesError(fields: Record<string, string>, typed: string | undefined): string | undefined {
  if (fields.skipDates) return fields.skipDates;
  const entry = Object.entries(fields).find(([key]) => key.startsWith("skipDates."));
  if (!entry) return undefined;
  const dates = (typed ?? "").split(/[\s,]+/).filter(Boolean);
  const bad = dates[Number(entry[0].split(".")[1])];
  return bad ? `“${bad}”: ${entry[1]}` : entry[1];
}

export function SeasonForm({ target, values, timeZones, action }: Props) {
  const [result, formAction, pending] = useActionState(action, null);
  const fields = result && !result.ok ? (result.fields ?? {}) : {};
  // React resets a form after its action: show what was typed when it failed, else the season as saved.
  const typed = result && !result.ok ? result.values : undefined;
  const text = (name: keyof SeasonFormValues | "slug") => typed?.[name] ?? (name === "slug" ? "" : String(values[name]));
  const isNew = "series" in target;
  const skipError = skipDatesError(fields, typed?.skipDates);

  const field = textFieldsOf<TextName>("season", fields, text);
  const input = (name: TextName, label: string, options: Parameters<typeof field>[2] = {}) => field(name, label, { required: true, ...options });

  return (
    <form action={formAction} className="space-y-5" noValidate>
      {"series" in target ? (
        <input type="hidden" name="series" value={target.series} />
      ) : (
        <input type="hidden" name="seasonId" value={target.seasonId} />
      )}
      <FormMessage result={result} />
      <div key={JSON.stringify(typed ?? values)} className="space-y-5">
        <div className="grid gap-4 sm:grid-cols-2">
          {isNew ? input("slug", "Short name", { hint: "Lower-case letters, digits and dashes, e.g. fall-2026." }) : null}
          {input("name", "Name", { hint: isNew ? "E.g. Fall 2026." : undefined })}
        </div>
        <div className="grid gap-4 sm:grid-cols-2">
          {input("firstDate", "First date", { type: "date" })}
          {input("lastDate", "Last date", { type: "date" })}
        </div>
        <div className="grid gap-4 sm:grid-cols-3">
          <Field id="season-weekday" label="Weekday" error={fields.weekday}>
            <select
              id="season-weekday"
              name="weekday"
              defaultValue={text("weekday")}
              aria-invalid={fields.weekday ? true : undefined}
              aria-describedby={describedBy("season-weekday", undefined, fields.weekday)}
              className={inputClass}
            >
              {WEEKDAYS.map((day, i) => (
                <option key={day} value={String(i)}>
                  {day}
                </option>
              ))}
            </select>
          </Field>
          {input("startTime", "Start time", { type: "time" })}
          {input("durationMinutes", "Duration in minutes", { inputMode: "numeric" })}
        </div>
        <Field id="season-timeZone" label="Time zone" hint="The start time is local to this zone." error={fields.timeZone}>
          <select
            id="season-timeZone"
            name="timeZone"
            defaultValue={text("timeZone")}
            aria-invalid={fields.timeZone ? true : undefined}
            aria-describedby={describedBy("season-timeZone", "hint", fields.timeZone)}
            className={inputClass}
          >
            {zoneChoices(timeZones, values.timeZone).map((z) => (
              <option key={z} value={z}>
                {z.replaceAll("_", " ")}
              </option>
            ))}
          </select>
        </Field>
        <Field
          id="season-skipDates"
          label="Dates to skip"
          hint="Optional: one date per line, like 2026-11-25 (holidays, conferences)."
          error={skipError}
        >
          <textarea
            id="season-skipDates"
            name="skipDates"
            rows={4}
            defaultValue={text("skipDates")}
            spellCheck={false}
            aria-invalid={skipError ? true : undefined}
            aria-describedby={describedBy("season-skipDates", "hint", skipError)}
            className={`${inputClass} font-mono`}
          />
        </Field>
      </div>
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Saving…" : isNew ? "Create the season" : "Save the season"}
      </button>
    </form>
  );
}
