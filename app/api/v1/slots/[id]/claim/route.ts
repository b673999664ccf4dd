import { NextResponse } from "next/server";
import { getActor } from "@/lib/auth/get-actor.ts";
import { jsonError } from "@/lib/http/json-error.ts";
import { asObject, readJson } from "@/lib/http/read-json.ts";
import { claimSlot, withdrawClaim } from "@/lib/speakers/claims.ts";

type Context = { params: Promise<{ id: string }> };

// POST /api/v1/slots/{id}/claim — volunteer to present this slot {"coPresenter","note"}; 201, or 409 when taken
export async function POST(request: Request, context: Context) {
  try {
    const { id } = await context.params;
    const body = asObject(await readJson(request));
    const claim = await claimSlot(await getActor(), { slotId: id, coPresenter: body.coPresenter as string, note: body.note as string });
    return NextResponse.json(claim, { status: 201 });
  } catch (error) {
    return jsonError(error);
  }
}

// DELETE /api/v1/slots/{id}/claim — withdraw one's own claim; the slot reopens
export async function DELETE(_request: Request, context: Context) {
  try {
    const { id } = await context.params;
    return NextResponse.json(await withdrawClaim(await getActor(), { slotId: id }));
  } catch (error) {
    return jsonError(error);
  }
}
