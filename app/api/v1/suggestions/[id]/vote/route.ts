import { z } from "zod";
import { apiRoute } from "@/lib/http/api-route.ts";
import { suggestionIdSchema } from "@/lib/suggestions/schemas.ts";
import { voteForSuggestion, withdrawVote } from "@/lib/suggestions/vote.ts";

const params = z.object({ id: suggestionIdSchema });

// POST /api/v1/suggestions/{id}/vote — upvote (again is a no-op)
export const POST = apiRoute({
  params,
  handler: ({ actor, params }) => voteForSuggestion(actor, { suggestionId: params.id }),
});

// DELETE /api/v1/suggestions/{id}/vote — take the vote back (again is a no-op)
export const DELETE = apiRoute({
  params,
  handler: ({ actor, params }) => withdrawVote(actor, { suggestionId: params.id }),
});
