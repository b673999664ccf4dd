"use server";
import { runFormAction, type ActionResult } from "@/lib/http/server-action.ts";
import { changeRole } from "@/lib/users/change-role.ts";
import { changeRoleSchema } from "@/lib/users/schemas.ts";

export async function changeRoleAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return runFormAction(form, changeRoleSchema, changeRole, "Role saved.");
}
