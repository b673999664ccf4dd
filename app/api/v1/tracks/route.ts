import { apiRoute } from "@/lib/http/api-route.ts";
import { createTrack } from "@/lib/series/edit-series.ts";
import { createTrackSchema } from "@/lib/series/schemas.ts";

// POST /api/v1/tracks — add a track to a season {"seasonId","slug","name","description","plannedWeeks"}; 201
export const POST = apiRoute({
  body: createTrackSchema,
  status: 201,
  handler: ({ actor, body }) => createTrack(actor, body),
});
