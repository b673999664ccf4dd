"use server";
import { runAction, type ActionResult } from "@/lib/http/server-action.ts";
import { changeRole } from "@/lib/users/change-role.ts";

export async function changeRoleAction(_prev: ActionResult | null, form: FormData): Promise<ActionResult> {
  return runAction(
    (actor) => changeRole(actor, { userId: String(form.get("userId") ?? ""), role: String(form.get("role") ?? "") }),
    "Role saved.",
  );
}
