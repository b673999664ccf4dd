"use client";
import { useActionState } from "react";
import type { acceptInvitationAction } from "@/app/(public)/speak/actions.ts";
import { FormMessage, buttonClass } from "./ui/field.tsx";

export function AcceptInvitationForm({ token, action }: { token: string; action: typeof acceptInvitationAction }) {
  const [result, formAction, pending] = useActionState(action, null);
  return (
    <form action={formAction} className="space-y-3">
      <FormMessage result={result} />
      <input type="hidden" name="token" value={token} />
      <button type="submit" disabled={pending} className={buttonClass}>
        Accept and present this paper
      </button>
    </form>
  );
}
