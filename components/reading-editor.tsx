"use client";
// The readings of a session in the draft, in order: move up or down, into another session, or remove.
import { useActionState } from "react";
import type { moveReadingAction, removeReadingAction } from "@/app/organize/actions.ts";
import type { DraftReadingDto } from "@/lib/schedule/get-draft-session.ts";
import { formatDate } from "@/lib/time/format.ts";
import { smallButtonClass } from "./ui/button-classes.ts";
import { ExternalLink } from "./ui/external-link.tsx";
import { FormMessage, inputClass } from "./ui/field.tsx";

type Props = {
  readings: DraftReadingDto[];
  otherSessions: { id: string; title: string; startsAt: string; timeZone: string }[];
  moveAction: typeof moveReadingAction;
  removeAction: typeof removeReadingAction;
};

type Result = Awaited<ReturnType<typeof moveReadingAction>>;

function presenterLine(r: DraftReadingDto): string {
  if (r.presenter) return `Presented by ${r.presenter.name}${r.presenter.affiliation ? ` (${r.presenter.affiliation})` : ""}`;
  return r.speakerStatus === "pending" ? "A speaker claim is waiting for approval" : "Needs a speaker";
}

export function ReadingEditor({ readings, otherSessions, moveAction, removeAction }: Props) {
  // One state for every button of the list, so one message says what the last one did.
  const [result, formAction, pending] = useActionState(
    (prev: Result | null, form: FormData) => (form.get("op") === "remove" ? removeAction(prev, form) : moveAction(prev, form)),
    null,
  );
  const failedSlot = result && !result.ok ? result.values?.slotId : undefined;
  // The message stays when the last reading moved away or was removed.
  if (readings.length === 0)
    return (
      <div className="space-y-3">
        {result?.ok ? <FormMessage result={result} /> : null}
        <p className="text-slate-700">No readings yet: add one below.</p>
      </div>
    );
  return (
    <div className="space-y-3">
      {result?.ok ? <FormMessage result={result} /> : null}
      <ol className="card-list">
        {readings.map((r, i) => (
          <li key={r.slotId} className="space-y-2 p-4" data-testid="draft-reading">
            <div>
              <p className="font-semibold text-slate-900">
                <span className="text-slate-600">{i + 1}. </span>
                <ExternalLink href={r.url}>{r.title}</ExternalLink>
              </p>
              <p className="text-sm text-slate-700">{presenterLine(r)}</p>
            </div>
            <div className="flex flex-wrap items-end gap-2">
              {(["up", "down"] as const).map((direction) => (
                <form key={direction} action={formAction}>
                  <input type="hidden" name="slotId" value={r.slotId} />
                  <input type="hidden" name="direction" value={direction} />
                  <button
                    type="submit"
                    disabled={pending || (direction === "up" ? i === 0 : i === readings.length - 1)}
                    aria-label={`Move “${r.title}” ${direction}`}
                    className={smallButtonClass}
                  >
                    {direction === "up" ? "Up" : "Down"}
                  </button>
                </form>
              ))}
              <form action={formAction}>
                <input type="hidden" name="op" value="remove" />
                <input type="hidden" name="slotId" value={r.slotId} />
                <button type="submit" disabled={pending} aria-label={`Remove “${r.title}”`} className={smallButtonClass}>
                  Remove
                </button>
              </form>
              {otherSessions.length > 0 ? (
                <form action={formAction} className="flex flex-wrap items-end gap-2">
                  <input type="hidden" name="slotId" value={r.slotId} />
                  <label htmlFor={`move-${r.slotId}`} className="sr-only">
                    Move “{r.title}” to
                  </label>
                  <select id={`move-${r.slotId}`} name="toSessionId" defaultValue="" className={inputClass + " mt-0 w-auto max-w-full sm:max-w-xs"}>
                    <option value="" disabled>
                      Move to…
                    </option>
                    {otherSessions.map((s) => (
                      <option key={s.id} value={s.id}>
                        {formatDate(s.startsAt, s.timeZone)} · {s.title}
                      </option>
                    ))}
                  </select>
                  <button type="submit" disabled={pending} aria-label={`Move “${r.title}” to the chosen session`} className={smallButtonClass}>
                    Move
                  </button>
                </form>
              ) : null}
            </div>
            {failedSlot === r.slotId && result && !result.ok ? (
              <p role="alert" className="text-sm font-medium text-red-700">
                {Object.values(result.fields ?? {})[0] ?? result.error}
              </p>
            ) : null}
          </li>
        ))}
      </ol>
    </div>
  );
}
