"use client";
import { useActionState } from "react";
import type { updateProfileAction } from "@/app/me/actions.ts";
import type { ProfileDto } from "@/lib/users/get-profile.ts";
import { Field, FormMessage, buttonClass, describedBy, inputClass } from "./ui/field.tsx";

const PREFERENCES = [
  ["notifyDayBefore", "A reminder the day before a session I RSVPed to"],
  ["notifyHourBefore", "A reminder an hour before"],
  ["notifyPreReading", "The papers to read, a few days before"],
  ["notifyScheduleChanges", "Changes to sessions I RSVPed to or present at"],
  ["notifySpeakerReminders", "Reminders for talks I present: confirm, bring slides"],
] as const;

export function ProfileForm({ profile, action, timeZones }: { profile: ProfileDto; action: typeof updateProfileAction; timeZones: string[] }) {
  const [result, formAction, pending] = useActionState(action, null);
  const fields = result && !result.ok ? (result.fields ?? {}) : {};
  // React resets a form after its action: show what was saved, or what was typed when it failed.
  const saved = result?.ok ? (result.data as ProfileDto) : profile;
  const typed = result && !result.ok ? result.values : undefined;
  const value = (name: "name" | "affiliation" | "timeZone") => typed?.[name] ?? saved[name];
  // Remount the fields when what they show changes, so the form reset keeps it.
  const version = JSON.stringify(typed ?? saved);
  const linkError = Object.entries(fields).find(([k]) => k.startsWith("links"))?.[1];
  return (
    <form action={formAction} className="space-y-5" noValidate>
      <FormMessage result={result} />
      <div key={version} className="space-y-5">
        <Field id="name" label="Display name" error={fields.name}>
          <input
            id="name"
            name="name"
            defaultValue={value("name")}
            required
            maxLength={80}
            autoComplete="name"
            aria-invalid={fields.name ? true : undefined}
            aria-describedby={describedBy("name", undefined, fields.name)}
            className={inputClass}
          />
        </Field>
        <Field id="affiliation" label="Affiliation" hint="Optional: where you work or study." error={fields.affiliation}>
          <input
            id="affiliation"
            name="affiliation"
            defaultValue={value("affiliation")}
            maxLength={120}
            autoComplete="organization"
            aria-describedby={describedBy("affiliation", "hint", fields.affiliation)}
            className={inputClass}
          />
        </Field>
        <Field id="links" label="Links" hint="One per line, up to 5, starting with https:// (your site, GitHub, Scholar…)." error={linkError}>
          <textarea
            id="links"
            name="links"
            rows={3}
            defaultValue={typed?.links ?? saved.links.join("\n")}
            aria-invalid={linkError ? true : undefined}
            aria-describedby={describedBy("links", "hint", linkError)}
            className={inputClass}
          />
        </Field>
        <Field id="timeZone" label="Time zone" hint="Times are shown in this zone. Leave on automatic to use your device's." error={fields.timeZone}>
          <select
            id="timeZone"
            name="timeZone"
            defaultValue={value("timeZone")}
            aria-describedby={describedBy("timeZone", "hint", fields.timeZone)}
            className={inputClass}
          >
            <option value="">Automatic (this device)</option>
            {timeZones.map((z) => (
              <option key={z} value={z}>
                {z.replaceAll("_", " ")}
              </option>
            ))}
          </select>
        </Field>
        <fieldset className="space-y-2">
          <legend className="text-sm font-medium text-slate-800">Email me</legend>
          {PREFERENCES.map(([name, label]) => (
            <label key={name} className="flex items-start gap-2 text-sm text-slate-800">
              <input type="checkbox" name={name} defaultChecked={typed ? typed[name] === "on" : saved[name]} className="mt-0.5 h-4 w-4" />
              {label}
            </label>
          ))}
        </fieldset>
      </div>
      <button type="submit" disabled={pending} className={buttonClass}>
        {pending ? "Saving…" : "Save profile"}
      </button>
    </form>
  );
}
