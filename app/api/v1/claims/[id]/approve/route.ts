import { NextResponse } from "next/server";
import { getActor } from "@/lib/auth/get-actor.ts";
import { jsonError } from "@/lib/http/json-error.ts";
import { approveClaim } from "@/lib/speakers/claims.ts";

// POST /api/v1/claims/{id}/approve — an organizer approves a pending speaker claim
export async function POST(_request: Request, context: { params: Promise<{ id: string }> }) {
  try {
    const { id } = await context.params;
    return NextResponse.json(await approveClaim(await getActor(), { claimId: id }));
  } catch (error) {
    return jsonError(error);
  }
}
