import { NextResponse, type NextRequest } from "next/server";
import { getActor } from "@/lib/auth/get-actor.ts";
import { jsonError } from "@/lib/http/json-error.ts";
import { previewPaper } from "@/lib/suggestions/preview-paper.ts";

export const dynamic = "force-dynamic";

// GET /api/v1/papers/lookup?input=<arXiv link or id, DOI, URL> — canonical identity, title and authors, and whether it was already suggested or covered
export async function GET(request: NextRequest) {
  try {
    return NextResponse.json(await previewPaper(await getActor(), { input: request.nextUrl.searchParams.get("input") ?? "" }));
  } catch (error) {
    return jsonError(error);
  }
}
