"use client";
import { useActionState } from "react";
import type { deleteAccountAction } from "@/app/me/actions.ts";
import { Button } from "./ui/button.tsx";
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
      <Button type="submit" variant="danger" pending={pending}>
        Delete my account
      </Button>
    </form>
  );
}
