"use client";
// The button that runs the season planner: creates the planned draft sessions and moves the ones whose date changed.
import { useActionState } from "react";
import type { applyPlanAction } from "@/app/organize/series-actions.ts";
import { FormMessage, buttonClass } from "./ui/field.tsx";

type Props = { seasonId: string; creates: number; moves: number; action: typeof applyPlanAction };

export function ApplyPlanForm({ seasonId, creates, moves, action }: Props) {
  const [result, formAction, pending] = useActionState(action, null);
  const nothingToDo = creates + moves === 0;
  return (
    <form action={formAction} className="space-y-3">
      <input type="hidden" name="seasonId" value={seasonId} />
      <FormMessage result={result} />
      <button type="submit" disabled={pending || nothingToDo} aria-describedby={nothingToDo ? "apply-plan-none" : undefined} className={buttonClass}>
        {pending ? "Planning…" : `Create ${creates} draft ${creates === 1 ? "session" : "sessions"} and move ${moves}`}
      </button>
      {nothingToDo ? (
        <p id="apply-plan-none" className="text-sm text-slate-700">
          Nothing to create or move.
        </p>
      ) : null}
    </form>
  );
}
