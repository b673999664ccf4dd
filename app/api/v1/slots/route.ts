import { NextResponse, type NextRequest } from "next/server";
import { getActor } from "@/lib/auth/get-actor.ts";
import { AppError } from "@/lib/errors.ts";
import { jsonError } from "@/lib/http/json-error.ts";
import { listOpenSlots } from "@/lib/speakers/list-open-slots.ts";

export const dynamic = "force-dynamic";

// GET /api/v1/slots?status=open&track=&series= — slots of upcoming published sessions that need a speaker
export async function GET(request: NextRequest) {
  try {
    const p = request.nextUrl.searchParams;
    const status = p.get("status") ?? "open";
    if (status !== "open") throw new AppError("validation", 'Only status=open is supported.', { status: 'Use "open".' });
    const { slots } = await listOpenSlots(await getActor(), { track: p.get("track") ?? undefined, series: p.get("series") ?? undefined });
    return NextResponse.json({ slots });
  } catch (error) {
    return jsonError(error);
  }
}
