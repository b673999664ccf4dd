"use client";
import { useActionState } from "react";
import type { claimSlotAction } from "@/app/(public)/speak/actions.ts";
import { inputClass } from "./ui/field.tsx";
import { buttonClasses } from "@/components/ui/button-classes.ts";

export function ClaimForm({ slotId, paperTitle, action }: { slotId: string; paperTitle: string; action: typeof claimSlotAction }) {
  const [result, formAction, pending] = useActionState(action, null);
  if (result?.ok) {
    return (
      <p role="status" className="text-sm font-medium text-emerald-800">
        {result.message}
      </p>
    );
  }
  const typed = result && !result.ok ? result.values : undefined;
  const fields = result && !result.ok ? (result.fields ?? {}) : {};
  return (
    <details className="text-sm" open={Boolean(result)}>
      <summary className={buttonClasses("primary", "sm")}>
        Claim<span className="sr-only"> {paperTitle}</span>
      </summary>
      <form action={formAction} className="mt-3 space-y-2">
        {result && !result.ok ? (
          <p role="alert" className="text-red-700">
            {result.error}
          </p>
        ) : null}
        <input type="hidden" name="slotId" value={slotId} />
        <label htmlFor={`co-${slotId}`} className="block font-medium text-slate-800">
          Co-presenter (optional)
        </label>
        <input id={`co-${slotId}`} name="coPresenter" maxLength={120} defaultValue={typed?.coPresenter ?? ""} className={inputClass + " mt-0"} />
        {fields.coPresenter ? <p className="text-red-700">{fields.coPresenter}</p> : null}
        <label htmlFor={`note-${slotId}`} className="block font-medium text-slate-800">
          Note for the organizers (optional)
        </label>
        <textarea id={`note-${slotId}`} name="note" rows={2} maxLength={1000} defaultValue={typed?.note ?? ""} className={inputClass + " mt-0"} />
        <button type="submit" disabled={pending} className={buttonClasses("primary", "sm")}>
          {pending ? "Claiming…" : "I will present this paper"}
        </button>
      </form>
    </details>
  );
}
