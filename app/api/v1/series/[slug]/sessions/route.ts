import { z } from "zod";
import { apiRoute } from "@/lib/http/api-route.ts";
import { createSession } from "@/lib/schedule/edit-session.ts";
import { sessionFields } from "@/lib/schedule/edit-schemas.ts";
import { slug } from "@/lib/validation/fields.ts";

// POST /api/v1/series/{slug}/sessions — add a draft session {"date","startTime","durationMinutes",…}; 201
export const POST = apiRoute({
  params: z.object({ slug }),
  body: z.object(sessionFields).partial(),
  status: 201,
  handler: ({ actor, params, body }) => createSession(actor, { ...body, series: params.slug } as Parameters<typeof createSession>[1]),
});
