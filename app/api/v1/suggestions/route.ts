import { NextResponse, type NextRequest } from "next/server";
import { getActor } from "@/lib/auth/get-actor.ts";
import { jsonError } from "@/lib/http/json-error.ts";
import { asObject, readJson } from "@/lib/http/read-json.ts";
import { listSuggestions } from "@/lib/suggestions/list-suggestions.ts";
import type { SuggestPaperInput, SuggestTopicInput } from "@/lib/suggestions/schemas.ts";
import { suggestPaper } from "@/lib/suggestions/suggest-paper.ts";
import { suggestTopic } from "@/lib/suggestions/suggest-topic.ts";

export const dynamic = "force-dynamic";

// GET /api/v1/suggestions?sort=votes|newest&track=&status=open|accepted|declined|scheduled|all&page= — the public board
export async function GET(request: NextRequest) {
  try {
    const p = request.nextUrl.searchParams;
    const pick = (k: string) => p.get(k) || undefined;
    const board = await listSuggestions(await getActor(), {
      sort: pick("sort") as "votes" | undefined,
      track: pick("track"),
      status: pick("status") as "all" | undefined,
      page: pick("page"),
    });
    return NextResponse.json(board);
  } catch (error) {
    return jsonError(error);
  }
}

// POST /api/v1/suggestions — suggest a paper {"url","reason","track"} (or a topic {"kind":"topic","title","reason"}); 201, or 409 with the existing suggestion's id
export async function POST(request: Request) {
  try {
    const actor = await getActor();
    const body = asObject(await readJson(request));
    const created =
      body.kind === "topic"
        ? await suggestTopic(actor, body as SuggestTopicInput)
        : await suggestPaper(actor, body as SuggestPaperInput);
    return NextResponse.json(created, { status: 201 });
  } catch (error) {
    return jsonError(error);
  }
}
