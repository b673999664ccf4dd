import { NextResponse } from "next/server";
import { getActor } from "@/lib/auth/get-actor.ts";
import { jsonError } from "@/lib/http/json-error.ts";
import { voteForSuggestion, withdrawVote } from "@/lib/suggestions/vote.ts";

type Context = { params: Promise<{ id: string }> };

// POST /api/v1/suggestions/{id}/vote — upvote (again is a no-op)
export async function POST(_request: Request, context: Context) {
  try {
    const { id } = await context.params;
    return NextResponse.json(await voteForSuggestion(await getActor(), { suggestionId: id }));
  } catch (error) {
    return jsonError(error);
  }
}

// DELETE /api/v1/suggestions/{id}/vote — take the vote back (again is a no-op)
export async function DELETE(_request: Request, context: Context) {
  try {
    const { id } = await context.params;
    return NextResponse.json(await withdrawVote(await getActor(), { suggestionId: id }));
  } catch (error) {
    return jsonError(error);
  }
}
