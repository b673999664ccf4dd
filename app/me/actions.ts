"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { SESSION_COOKIES } from "@/lib/auth/get-actor.ts";
import { formValues, runAction, type ActionResult } from "@/lib/http/server-action.ts";
import { deleteAccount } from "@/lib/users/delete-account.ts";
import { profileFromForm } from "@/lib/users/schemas.ts";
import { updateProfile } from "@/lib/users/update-profile.ts";

export async function updateProfileAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await runAction((actor) => updateProfile(actor, profileFromForm(form)), "Saved.");
  return result.ok ? result : { ...result, values: formValues(form) };
}

export async function deleteAccountAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await runAction((actor) => deleteAccount(actor, { confirm: String(form.get("confirm") ?? "") }));
  if (!result.ok) return result;
  const store = await cookies();
  for (const name of SESSION_COOKIES) store.delete(name);
  redirect("/?account=deleted");
}
