"use client";
// Organizers' decisions on one suggestion, in place on the board.
import { useActionState } from "react";
import type { triageAction } from "@/app/(public)/papers/triage-actions.ts";
import { inputClass } from "./ui/field.tsx";
import { buttonClasses } from "@/components/ui/button-classes.ts";

type Props = {
  suggestionId: string;
  title: string;
  isPaper: boolean;
  tracks: { slug: string; name: string }[];
  others: { id: string; title: string }[];
  action: typeof triageAction;
};

const small = buttonClasses("secondary", "sm");

export function TriagePanel({ suggestionId, title, isPaper, tracks, others, action }: Props) {
  const [result, formAction, pending] = useActionState(action, null);
  const id = (name: string) => `${name}-${suggestionId}`;
  return (
    <details className="rounded-md border border-slate-200 bg-slate-50 p-3 text-sm">
      <summary className="cursor-pointer font-semibold text-slate-800">
        Triage<span className="sr-only"> {title}</span>
      </summary>
      {result ? (
        <p role={result.ok ? "status" : "alert"} className={`mt-2 ${result.ok ? "text-emerald-800" : "text-red-700"}`}>
          {result.ok ? result.message : (Object.values(result.fields ?? {})[0] ?? result.error)}
        </p>
      ) : null}
      <div className="mt-3 grid gap-3 sm:grid-cols-2">
        <form action={formAction} className="space-y-1">
          <input type="hidden" name="suggestionId" value={suggestionId} />
          <input type="hidden" name="decision" value="accept" />
          <label htmlFor={id("track")} className="block font-medium">
            Accept into track
          </label>
          <select id={id("track")} name="track" className={inputClass + " mt-0"} defaultValue="">
            <option value="">Keep its track</option>
            {tracks.map((t) => (
              <option key={t.slug} value={t.slug}>
                {t.name}
              </option>
            ))}
          </select>
          <button type="submit" disabled={pending} className={small}>
            Accept
          </button>
        </form>
        <form action={formAction} className="space-y-1">
          <input type="hidden" name="suggestionId" value={suggestionId} />
          <input type="hidden" name="decision" value="decline" />
          <label htmlFor={id("reason")} className="block font-medium">
            Decline, with a reason the member sees
          </label>
          <input id={id("reason")} name="reason" maxLength={500} className={inputClass + " mt-0"} />
          <button type="submit" disabled={pending} className={small}>
            Decline
          </button>
        </form>
        <form action={formAction} className="space-y-1">
          <input type="hidden" name="suggestionId" value={suggestionId} />
          <input type="hidden" name="decision" value="merge" />
          <label htmlFor={id("into")} className="block font-medium">
            Merge this duplicate into
          </label>
          <select id={id("into")} name="intoId" className={inputClass + " mt-0"} defaultValue="">
            <option value="" disabled>
              Choose a suggestion
            </option>
            {others.map((o) => (
              <option key={o.id} value={o.id}>
                {o.title}
              </option>
            ))}
          </select>
          <button type="submit" disabled={pending} className={small}>
            Merge
          </button>
        </form>
        {isPaper ? (
          <form action={formAction} className="space-y-1">
            <input type="hidden" name="suggestionId" value={suggestionId} />
            <input type="hidden" name="decision" value="schedule" />
            <p className="font-medium">Placed in a session?</p>
            <button type="submit" disabled={pending} className={small}>
              Mark scheduled
            </button>
          </form>
        ) : null}
        {isPaper ? (
          <form action={formAction} className="space-y-1">
            <input type="hidden" name="suggestionId" value={suggestionId} />
            <input type="hidden" name="decision" value="weekly" />
            <p className="font-medium">For the weekly Paper Club?</p>
            <button type="submit" disabled={pending} className={small}>
              Schedule for next Wednesday
            </button>
          </form>
        ) : null}
      </div>
    </details>
  );
}
