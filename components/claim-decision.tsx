"use client";
import { useActionState } from "react";
import type { decideClaimAction } from "@/app/(public)/speak/actions.ts";
import { inputClass } from "./ui/field.tsx";
import { buttonClasses } from "@/components/ui/button-classes.ts";

export function ClaimDecision({ claimId, label, action }: { claimId: string; label: string; action: typeof decideClaimAction }) {
  const [result, formAction, pending] = useActionState(action, null);
  if (result?.ok)
    return (
      <p role="status" className="text-sm font-medium text-emerald-800">
        {result.message}
      </p>
    );
  const reasonError = result && !result.ok ? result.fields?.reason : undefined;
  return (
    <div className="flex flex-wrap items-end gap-3 text-sm">
      {result && !result.ok && !reasonError ? (
        <p role="alert" className="w-full text-red-700">
          {result.error}
        </p>
      ) : null}
      <form action={formAction}>
        <input type="hidden" name="claimId" value={claimId} />
        <input type="hidden" name="decision" value="approve" />
        <button type="submit" disabled={pending} className={buttonClasses("success", "sm")}>
          Approve<span className="sr-only"> {label}</span>
        </button>
      </form>
      <form action={formAction} className="flex flex-wrap items-end gap-2">
        <input type="hidden" name="claimId" value={claimId} />
        <input type="hidden" name="decision" value="decline" />
        <div>
          <label htmlFor={`reason-${claimId}`} className="block font-medium text-slate-800">
            Reason to decline
          </label>
          <input
            id={`reason-${claimId}`}
            name="reason"
            maxLength={500}
            className={inputClass + " mt-0"}
            aria-invalid={reasonError ? true : undefined}
          />
          {reasonError ? <p className="text-red-700">{reasonError}</p> : null}
        </div>
        <button type="submit" disabled={pending} className={buttonClasses("danger", "sm")}>
          Decline<span className="sr-only"> {label}</span>
        </button>
      </form>
    </div>
  );
}
