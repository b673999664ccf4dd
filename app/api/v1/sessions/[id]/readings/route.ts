import { z } from "zod";
import { apiRoute } from "@/lib/http/api-route.ts";
import { addReadingSchema, addSuggestionReadingSchema, sessionIdField } from "@/lib/schedule/edit-schemas.ts";
import { addReading, addSuggestionReading } from "@/lib/schedule/edit-readings.ts";

const body = z
  .object({
    reference: addReadingSchema.shape.reference.optional(),
    title: addReadingSchema.shape.title,
    authors: addReadingSchema.shape.authors,
    suggestionId: addSuggestionReadingSchema.shape.suggestionId.optional(),
  })
  .refine((b) => (b.reference === undefined) !== (b.suggestionId === undefined), {
    path: ["reference"],
    message: 'Send "reference" (an arXiv id or link, a DOI, or a link) or "suggestionId", not both.',
  });

// POST /api/v1/sessions/{id}/readings — add a reading {"reference","title","authors"} or {"suggestionId"}; 201
export const POST = apiRoute({
  params: z.object({ id: sessionIdField }),
  body,
  status: 201,
  handler: ({ actor, params, body }) =>
    body.suggestionId
      ? addSuggestionReading(actor, { sessionId: params.id, suggestionId: body.suggestionId })
      : addReading(actor, { sessionId: params.id, reference: body.reference ?? "", title: body.title, authors: body.authors }),
});
