import { z } from "zod";
import { apiRoute } from "@/lib/http/api-route.ts";
import { listSuggestions } from "@/lib/suggestions/list-suggestions.ts";
import { boardQuerySchema, suggestPaperSchema, suggestTopicSchema } from "@/lib/suggestions/schemas.ts";
import { suggestPaper } from "@/lib/suggestions/suggest-paper.ts";
import { suggestTopic } from "@/lib/suggestions/suggest-topic.ts";

export const dynamic = "force-dynamic";

// GET /api/v1/suggestions?sort=votes|newest&track=&status=open|accepted|declined|scheduled|all&page= — the public board
export const GET = apiRoute({
  query: boardQuerySchema,
  handler: ({ actor, query }) => listSuggestions(actor, query),
});

const suggestionBody = z.discriminatedUnion(
  "kind",
  [suggestPaperSchema.extend({ kind: z.literal("paper") }), suggestTopicSchema.extend({ kind: z.literal("topic") })],
  { error: 'Use "kind": "paper" (the default) or "topic".' },
);

// POST /api/v1/suggestions — suggest a paper {"url","reason","track"} (or a topic {"kind":"topic","title","reason"}); 201, or 409 with the existing suggestion's id
export const POST = apiRoute({
  body: z.preprocess((v) => (v && typeof v === "object" && !("kind" in v) ? { ...v, kind: "paper" } : v), suggestionBody),
  status: 201,
  handler: ({ actor, body }) => (body.kind === "topic" ? suggestTopic(actor, body) : suggestPaper(actor, body)),
});
