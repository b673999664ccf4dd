import { z } from "zod";
import { apiRoute } from "@/lib/http/api-route.ts";
import { addReadingSchema, addSuggestionReadingSchema, sessionIdField } from "@/lib/schedule/edit-schemas.ts";
import { addReading, addSuggestionReading } from "@/lib/schedule/edit-readings.ts";

const body = z.union([addSuggestionReadingSchema.omit({ sessionId: true }).strict(), addReadingSchema.omit({ sessionId: true }).strict()], {
  error: 'Send {"reference"} (an arXiv id or link, a DOI, or a link) or {"suggestionId"}.',
});

// POST /api/v1/sessions/{id}/readings — add a reading {"reference","title","authors"} or {"suggestionId"}; 201
export const POST = apiRoute({
  params: z.object({ id: sessionIdField }),
  body,
  status: 201,
  handler: ({ actor, params, body }) =>
    "suggestionId" in body ? addSuggestionReading(actor, { sessionId: params.id, ...body }) : addReading(actor, { sessionId: params.id, ...body }),
});
