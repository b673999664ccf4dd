"use client";
// The form of one session of the draft (when, what, where): creates one in a series, or changes one.
import { useActionState } from "react";
import type { updateSessionAction } from "@/app/organize/actions.ts";
import type { SessionFormValues } from "@/lib/schedule/get-draft-session.ts";
import { Field, FormMessage, buttonClass, describedBy, inputClass, textFieldsOf } from "./ui/field.tsx";
import { SlugOptions } from "@/components/ui/filter-select.tsx";

type Props = {
  /** Which series a new session goes in, or which session is changed. */
  target: { series: string } | { sessionId: string };
  values: SessionFormValues;
  tracks: { slug: string; name: string }[];
  timeZones: string[];
  action: typeof updateSessionAction;
};

type TextName =
  "date" | "startTime" | "durationMinutes" | "title" | "venueName" | "venueAddress" | "seats" | "remoteUrl" | "recordingUrl" | "slidesUrl";

export function SessionForm({ target, values, tracks, timeZones, action }: Props) {
  const [result, formAction, pending] = useActionState(action, null);
  const fields = result && !result.ok ? (result.fields ?? {}) : {};
  // React resets a form after its action: show what was typed when it failed, else the draft as saved.
  const typed = result && !result.ok ? result.values : undefined;
  const text = (name: keyof SessionFormValues) => typed?.[name] ?? String(values[name] ?? "");
  const ticked = (name: "isInPerson" | "isRemote") => (typed ? typed[name] === "on" : values[name]);
  const zones = timeZones.includes(values.timeZone) ? timeZones : [values.timeZone, ...timeZones];
  const isNew = "series" in target;

  const input = textFieldsOf<TextName>("session", fields, text);
  /** Either mode's refusal is said under both boxes. */
  const modeError = fields.isInPerson ?? fields.isRemote;

  return (
    <form action={formAction} className="space-y-5" noValidate>
      {"series" in target ? (
        <input type="hidden" name="series" value={target.series} />
      ) : (
        <input type="hidden" name="sessionId" value={target.sessionId} />
      )}
      <FormMessage result={result} />
      <div key={JSON.stringify(typed ?? values)} className="space-y-5">
        <div className="grid gap-4 sm:grid-cols-3">
          {input("date", "Date", { type: "date", required: true })}
          {input("startTime", "Start time", { type: "time", required: true })}
          {input("durationMinutes", "Duration in minutes", { inputMode: "numeric", required: true })}
        </div>
        <Field id="session-timeZone" label="Time zone" error={fields.timeZone}>
          <select
            id="session-timeZone"
            name="timeZone"
            defaultValue={text("timeZone")}
            aria-describedby={describedBy("session-timeZone", undefined, fields.timeZone)}
            className={inputClass}
          >
            {zones.map((z) => (
              <option key={z} value={z}>
                {z.replaceAll("_", " ")}
              </option>
            ))}
          </select>
        </Field>
        {input("title", "Title", { hint: "Optional: without one, the session is shown under its track or its first reading." })}
        <Field id="session-description" label="Description" hint="Optional." error={fields.description}>
          <textarea
            id="session-description"
            name="description"
            rows={4}
            defaultValue={text("description")}
            aria-invalid={fields.description ? true : undefined}
            aria-describedby={describedBy("session-description", "hint", fields.description)}
            className={inputClass}
          />
        </Field>
        <Field id="session-track" label="Track" error={fields.track}>
          <select
            id="session-track"
            name="track"
            defaultValue={text("track")}
            aria-describedby={describedBy("session-track", undefined, fields.track)}
            className={inputClass}
          >
            <SlugOptions all="No track" items={tracks} />
          </select>
        </Field>
        <fieldset className="space-y-2" aria-describedby={modeError ? "session-mode-error" : undefined}>
          <legend className="text-sm font-medium text-slate-800">Where it happens</legend>
          <label className="flex items-center gap-2 text-sm text-slate-800">
            <input type="checkbox" name="isInPerson" defaultChecked={ticked("isInPerson")} className="h-4 w-4" />
            In person
          </label>
          <label className="flex items-center gap-2 text-sm text-slate-800">
            <input type="checkbox" name="isRemote" defaultChecked={ticked("isRemote")} className="h-4 w-4" />
            Remote (Zoom)
          </label>
          {modeError ? (
            <p id="session-mode-error" className="text-sm font-medium text-red-700">
              {modeError}
            </p>
          ) : null}
        </fieldset>
        <div className="grid gap-4 sm:grid-cols-2">
          {input("venueName", "Venue", { hint: "For an in-person session." })}
          {input("venueAddress", "Address", { hint: "Optional." })}
          {input("seats", "Seats", { inputMode: "numeric", hint: "For an in-person session." })}
          {input("remoteUrl", "Zoom link", { type: "url", inputMode: "url", hint: "Only people who RSVP see it." })}
          {input("recordingUrl", "Recording link", { type: "url", inputMode: "url", hint: "Optional, after the session." })}
          {input("slidesUrl", "Slides link", { type: "url", inputMode: "url", hint: "Optional." })}
        </div>
      </div>
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Saving…" : isNew ? "Create the session" : "Save changes"}
      </button>
    </form>
  );
}
