import { NextResponse } from "next/server";
import { getActor } from "@/lib/auth/get-actor.ts";
import { AppError } from "@/lib/errors.ts";
import { jsonError } from "@/lib/http/json-error.ts";
import { asObject, readJson } from "@/lib/http/read-json.ts";
import { deleteAccount } from "@/lib/users/delete-account.ts";
import { getProfile } from "@/lib/users/get-profile.ts";
import { updateProfile } from "@/lib/users/update-profile.ts";
import type { ProfileInput } from "@/lib/users/schemas.ts";

export const dynamic = "force-dynamic";

// GET /api/v1/me — the signed-in person's profile and preferences
export async function GET() {
  try {
    const actor = await getActor();
    if (!actor) throw new AppError("unauthenticated", "Please sign in first.");
    return NextResponse.json(await getProfile(actor, { userId: actor.id }));
  } catch (error) {
    return jsonError(error);
  }
}

// PATCH /api/v1/me — change one's profile and preferences (fields not sent stay as they are)
export async function PATCH(request: Request) {
  try {
    const actor = await getActor();
    if (!actor) throw new AppError("unauthenticated", "Please sign in first.");
    const body = asObject(await readJson(request));
    const current = await getProfile(actor, { userId: actor.id });
    const { id: _id, email: _email, role: _role, ...editable } = current;
    return NextResponse.json(await updateProfile(actor, { ...editable, ...(body as Partial<ProfileInput>) }));
  } catch (error) {
    return jsonError(error);
  }
}

// DELETE /api/v1/me — delete one's account; body {"confirm":"DELETE"}
export async function DELETE(request: Request) {
  try {
    const actor = await getActor();
    const body = asObject(await readJson(request));
    return NextResponse.json(await deleteAccount(actor, { confirm: String(body.confirm ?? "") }));
  } catch (error) {
    return jsonError(error);
  }
}
