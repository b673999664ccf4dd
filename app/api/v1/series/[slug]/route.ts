import { z } from "zod";
import { apiRoute } from "@/lib/http/api-route.ts";
import { patchSeries } from "@/lib/series/edit-series.ts";
import { seriesFields } from "@/lib/series/schemas.ts";
import { slug } from "@/lib/validation/fields.ts";
import { patchOf } from "@/lib/validation/patch.ts";

// PATCH /api/v1/series/{slug} — change a series' settings (any of its fields)
export const PATCH = apiRoute({
  params: z.object({ slug }),
  body: patchOf(Object.keys(seriesFields)),
  handler: ({ actor, params, body }) => patchSeries(actor, { series: params.slug, changes: body }),
});
