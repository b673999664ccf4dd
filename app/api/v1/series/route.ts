import { apiRoute } from "@/lib/http/api-route.ts";
import { createSeries } from "@/lib/series/edit-series.ts";
import { createSeriesSchema } from "@/lib/series/schemas.ts";

// POST /api/v1/series — create a series {"slug","name","timeZone","defaultWeekday","defaultStartTime",…}; 201
export const POST = apiRoute({
  body: createSeriesSchema,
  status: 201,
  handler: ({ actor, body }) => createSeries(actor, body),
});
