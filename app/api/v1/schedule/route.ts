import { NextResponse, type NextRequest } from "next/server";
import { validationError } from "@/lib/errors.ts";
import { jsonError } from "@/lib/http/json-error.ts";
import { listSchedule } from "@/lib/schedule/list-schedule.ts";
import { filterFromSearchParams } from "@/lib/schedule/schemas.ts";

// GET /api/v1/schedule?series=&track=&mode= — the published schedule as JSON
export async function GET(request: NextRequest) {
  try {
    const filter = filterFromSearchParams(request.nextUrl.searchParams);
    if (!filter.success) throw validationError(filter.error.issues, "That filter is not valid.");
    const sessions = await listSchedule(null, filter.data);
    return NextResponse.json({ filter: filter.data, count: sessions.length, sessions });
  } catch (error) {
    return jsonError(error);
  }
}
