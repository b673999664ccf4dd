import { NextResponse } from "next/server";
import { getActor } from "@/lib/auth/get-actor.ts";
import { jsonError } from "@/lib/http/json-error.ts";
import { asObject, readJson } from "@/lib/http/read-json.ts";
import { declineClaim } from "@/lib/speakers/claims.ts";

// POST /api/v1/claims/{id}/decline — an organizer declines a pending claim {"reason"}; the slot reopens
export async function POST(request: Request, context: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await context.params;
    const body = asObject(await readJson(request));
    return NextResponse.json(await declineClaim(await getActor(), { claimId: id, reason: String(body.reason ?? "") }));
  } catch (error) {
    return jsonError(error);
  }
}
