import { NextResponse } from "next/server";
import { checkDatabase } from "@/lib/db/check-health.ts";

export const dynamic = "force-dynamic";

// GET /api/health — 200 when the database answers, 503 when it does not
export async function GET() {
  const ok = await checkDatabase();
  return NextResponse.json(
    { status: ok ? "ok" : "degraded", db: ok ? "ok" : "unreachable" },
    { status: ok ? 200 : 503, headers: { "Cache-Control": "no-store" } },
  );
}
