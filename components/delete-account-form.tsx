"use client";
import { useActionState } from "react";
import type { deleteAccountAction } from "@/app/me/actions.ts";
import { Field, FormMessage, describedBy, inputClass } from "./ui/field.tsx";

export function DeleteAccountForm({ action }: { action: typeof deleteAccountAction }) {
  const [result, formAction, pending] = useActionState(action, null);
  const error = result && !result.ok ? (result.fields?.confirm ?? undefined) : undefined;
  return (
    <form action={formAction} className="space-y-3">
      {result && !result.ok && !error ? <FormMessage result={result} /> : null}
      <Field id="confirm" label="Type DELETE to confirm" error={error}>
        <input
          id="confirm"
          name="confirm"
          autoComplete="off"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy("confirm", undefined, error)}
          className={inputClass}
        />
      </Field>
      <button
        type="submit"
        disabled={pending}
        className="rounded-md bg-red-700 px-4 py-2 text-sm font-semibold text-white hover:bg-red-800 disabled:opacity-60"
      >
        Delete my account
      </button>
    </form>
  );
}
