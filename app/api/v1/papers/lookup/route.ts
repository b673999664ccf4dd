import { apiRoute } from "@/lib/http/api-route.ts";
import { previewPaper } from "@/lib/suggestions/preview-paper.ts";
import { paperLookupSchema } from "@/lib/suggestions/schemas.ts";

export const dynamic = "force-dynamic";

// GET /api/v1/papers/lookup?input=<arXiv link or id, DOI, URL> — canonical identity, title and authors, and whether it was already suggested or covered
export const GET = apiRoute({
  query: paperLookupSchema,
  handler: ({ actor, query }) => previewPaper(actor, query),
});
