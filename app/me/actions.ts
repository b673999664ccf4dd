"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { SESSION_COOKIES } from "@/lib/auth/get-actor.ts";
import { runFormAction, type ActionResult } from "@/lib/http/server-action.ts";
import { deleteAccount } from "@/lib/users/delete-account.ts";
import { deleteAccountSchema, profileFormSchema } from "@/lib/users/schemas.ts";
import { updateProfile } from "@/lib/users/update-profile.ts";

export async function updateProfileAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return runFormAction(form, profileFormSchema, updateProfile, "Saved.");
}

export async function deleteAccountAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  const result = await runFormAction(form, deleteAccountSchema, deleteAccount);
  if (!result.ok) return result;
  const store = await cookies();
  for (const name of SESSION_COOKIES) store.delete(name);
  redirect("/?account=deleted");
}
