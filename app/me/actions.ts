"use server";
import { cookies } from "next/headers";
import { redirect } from "next/navigation";
import { SESSION_COOKIES } from "@/lib/auth/auth-cookies.ts";
import { z } from "zod";
import { regenerateCalendarToken } from "@/lib/calendar/personal-feed.ts";
import { refreshed } from "@/lib/http/refreshed.ts";
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

export async function regenerateCalendarAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return refreshed(runFormAction(form, z.object({}), (actor) => regenerateCalendarToken(actor), "Done: the old address no longer works."));
}
