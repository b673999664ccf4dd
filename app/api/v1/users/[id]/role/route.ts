import { NextResponse } from "next/server";
import { getActor } from "@/lib/auth/get-actor.ts";
import { jsonError } from "@/lib/http/json-error.ts";
import { asObject, readJson } from "@/lib/http/read-json.ts";
import { changeRole } from "@/lib/users/change-role.ts";

// PUT /api/v1/users/{id}/role — an admin sets a person's role; body {"role":"MEMBER"|"ORGANIZER"|"ADMIN"}
export async function PUT(request: Request, context: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await context.params;
    const body = asObject(await readJson(request));
    return NextResponse.json(await changeRole(await getActor(), { userId: id, role: String(body.role ?? "") }));
  } catch (error) {
    return jsonError(error);
  }
}
