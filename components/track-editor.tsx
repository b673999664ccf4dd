"use client";
// The tracks of a season in the planner's order: move up or down, remove (after a confirmation), or edit one.
import { useActionState, useState } from "react";
import type { deleteTrackAction, moveTrackAction, updateTrackAction } from "@/app/organize/series-actions.ts";
import type { SeasonTrackDto } from "@/lib/series/get-season.ts";
import { TrackForm } from "./track-form.tsx";
import { dangerButtonClass, smallButtonClass } from "./ui/button-classes.ts";
import { FormMessage } from "./ui/field.tsx";

type Props = {
  tracks: SeasonTrackDto[];
  moveAction: typeof moveTrackAction;
  deleteAction: typeof deleteTrackAction;
  updateAction: typeof updateTrackAction;
};

type Result = Awaited<ReturnType<typeof moveTrackAction>>;

function plural(n: number, one: string, many = `${one}s`) {
  return `${n} ${n === 1 ? one : many}`;
}

export function TrackEditor({ tracks, moveAction, deleteAction, updateAction }: Props) {
  // One state for every move and remove button, so one message says what the last one did.
  const [result, formAction, pending] = useActionState(
    (prev: Result | null, form: FormData) => (form.get("op") === "remove" ? deleteAction(prev, form) : moveAction(prev, form)),
    null,
  );
  const [confirming, setConfirming] = useState<string | null>(null);
  const failedTrack = result && !result.ok ? result.values?.track : undefined;
  if (tracks.length === 0) return <p className="text-slate-700">No tracks yet: add the first one below.</p>;
  return (
    <div className="space-y-3">
      {result?.ok ? <FormMessage result={result} /> : null}
      <ol className="card-list">
        {tracks.map((t, i) => (
          <li key={t.slug} className="space-y-3 p-4" data-testid="season-track">
            <div>
              <p className="font-semibold text-slate-900">
                <span className="text-slate-600">{i + 1}. </span>
                {t.name}
              </p>
              <p className="text-sm text-slate-700">
                {plural(t.plannedWeeks, "planned week")} · {plural(t.sessionCount, "session")} in the draft · /tracks/{t.slug}
              </p>
              {t.description ? <p className="mt-1 text-sm whitespace-pre-line text-slate-700">{t.description}</p> : null}
            </div>
            <div className="flex flex-wrap items-center gap-2">
              {(["up", "down"] as const).map((direction) => (
                <form key={direction} action={formAction}>
                  <input type="hidden" name="track" value={t.slug} />
                  <input type="hidden" name="direction" value={direction} />
                  <button
                    type="submit"
                    disabled={pending || (direction === "up" ? i === 0 : i === tracks.length - 1)}
                    aria-label={`Move track “${t.name}” ${direction}`}
                    className={smallButtonClass}
                  >
                    {direction === "up" ? "Up" : "Down"}
                  </button>
                </form>
              ))}
              {confirming === t.slug ? null : (
                <button type="button" onClick={() => setConfirming(t.slug)} aria-label={`Remove track “${t.name}”`} className={smallButtonClass}>
                  Remove
                </button>
              )}
            </div>
            {confirming === t.slug ? (
              <form action={formAction} data-tone="danger" className="alert space-y-2">
                <p className="text-sm text-red-900">
                  Remove “{t.name}”? {t.sessionCount > 0 ? `Its ${plural(t.sessionCount, "session")} stay in the draft, without a track.` : ""}
                </p>
                <input type="hidden" name="op" value="remove" />
                <input type="hidden" name="track" value={t.slug} />
                <div className="flex flex-wrap gap-2">
                  <button type="submit" disabled={pending} autoFocus className={dangerButtonClass}>
                    Remove “{t.name}”
                  </button>
                  <button type="button" onClick={() => setConfirming(null)} className={smallButtonClass}>
                    Keep it
                  </button>
                </div>
              </form>
            ) : null}
            {failedTrack === t.slug && result && !result.ok ? (
              <p role="alert" className="text-sm font-medium text-red-700">
                {Object.values(result.fields ?? {})[0] ?? result.error}
              </p>
            ) : null}
            <details className="rounded-md border border-slate-200">
              <summary className="cursor-pointer px-3 py-2 text-sm font-semibold text-brand-700">Edit “{t.name}”</summary>
              <div className="border-t border-slate-200 p-3">
                <TrackForm
                  target={{ track: t.slug }}
                  values={{ name: t.name, description: t.description, plannedWeeks: t.plannedWeeks }}
                  action={updateAction}
                />
              </div>
            </details>
          </li>
        ))}
      </ol>
    </div>
  );
}
