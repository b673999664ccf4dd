"use client";
// Cancel a session of the draft with a reason (or put it back on), or remove it from the schedule.
import { useActionState } from "react";
import type { cancelSessionAction, removeSessionAction, restoreSessionAction } from "@/app/organize/actions.ts";
import { dangerButtonClass, smallButtonClass } from "./ui/button-classes.ts";
import { Field, FormMessage, describedBy, inputClass } from "./ui/field.tsx";

type Props = {
  sessionId: string;
  series: string;
  cancelled: boolean;
  cancelReason: string | null;
  cancelAction: typeof cancelSessionAction;
  restoreAction: typeof restoreSessionAction;
  removeAction: typeof removeSessionAction;
};

type Result = Awaited<ReturnType<typeof cancelSessionAction>>;

export function SessionStatusForms({ sessionId, series, cancelled, cancelReason, cancelAction, restoreAction, removeAction }: Props) {
  // One state for cancel and restore: the form shown changes with the status, the message stays.
  const [result, statusFormAction, changing] = useActionState(
    (prev: Result | null, form: FormData) => (form.get("op") === "restore" ? restoreAction(prev, form) : cancelAction(prev, form)),
    null,
  );
  const [removeResult, removeFormAction, removing] = useActionState(removeAction, null);
  const reasonError = result && !result.ok ? result.fields?.reason : undefined;
  const typedReason = result && !result.ok ? result.values?.reason : undefined;
  const confirmError = removeResult && !removeResult.ok ? removeResult.fields?.confirm : undefined;

  return (
    <div className="grid gap-4 lg:grid-cols-2">
      {cancelled ? (
        <form action={statusFormAction} className="space-y-3 card p-4">
          <h3 className="font-semibold">Cancelled</h3>
          <FormMessage result={result} />
          <input type="hidden" name="op" value="restore" />
          {cancelReason ? <p className="text-sm text-slate-800">Reason given: {cancelReason}</p> : null}
          <input type="hidden" name="sessionId" value={sessionId} />
          <button type="submit" disabled={changing} className={smallButtonClass}>
            {changing ? "Restoring…" : "Restore the session"}
          </button>
        </form>
      ) : (
        <form action={statusFormAction} className="space-y-3 card p-4" noValidate>
          <h3 className="font-semibold">Cancel the session</h3>
          <FormMessage result={result} />
          <input type="hidden" name="sessionId" value={sessionId} />
          <Field id="cancel-reason" label="Reason" hint="Required: attendees see it in the schedule and the emails." error={reasonError}>
            <textarea
              key={typedReason ?? ""}
              id="cancel-reason"
              name="reason"
              rows={2}
              required
              maxLength={500}
              defaultValue={typedReason ?? ""}
              aria-invalid={reasonError ? true : undefined}
              aria-describedby={describedBy("cancel-reason", "hint", reasonError)}
              className={inputClass}
            />
          </Field>
          <button type="submit" disabled={changing} className={dangerButtonClass}>
            {changing ? "Cancelling…" : "Cancel the session"}
          </button>
        </form>
      )}
      <form action={removeFormAction} className="space-y-3 card p-4" noValidate>
        <h3 className="font-semibold">Remove the session</h3>
        <FormMessage result={removeResult} />
        <p className="text-sm text-slate-700">
          It leaves the schedule at the next publication. A session never published goes away at once. Cancel instead if attendees should be told why.
        </p>
        <input type="hidden" name="sessionId" value={sessionId} />
        <input type="hidden" name="series" value={series} />
        <div>
          <label className="flex items-center gap-2 text-sm text-slate-800">
            <input
              type="checkbox"
              name="confirm"
              required
              aria-invalid={confirmError ? true : undefined}
              aria-describedby={confirmError ? "remove-confirm-error" : undefined}
              className="h-4 w-4"
            />
            Yes, remove this session
          </label>
          {confirmError ? (
            <p id="remove-confirm-error" className="mt-1 text-sm font-medium text-red-700">
              {confirmError}
            </p>
          ) : null}
        </div>
        <button type="submit" disabled={removing} className={dangerButtonClass}>
          {removing ? "Removing…" : "Remove the session"}
        </button>
      </form>
    </div>
  );
}
