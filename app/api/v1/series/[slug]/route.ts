import { z } from "zod";
import { apiRoute } from "@/lib/http/api-route.ts";
import { deleteSeries, patchSeries } from "@/lib/series/edit-series.ts";
import { seriesFields } from "@/lib/series/schemas.ts";
import { slug } from "@/lib/validation/fields.ts";
import { patchOf } from "@/lib/validation/patch.ts";

const params = z.object({ slug });

// PATCH /api/v1/series/{slug} — change a series' settings (any of its fields)
export const PATCH = apiRoute({
  params,
  body: patchOf(Object.keys(seriesFields)),
  handler: ({ actor, params, body }) => patchSeries(actor, { series: params.slug, changes: body }),
});

// DELETE /api/v1/series/{slug} — delete a series created by mistake (409 once it has sessions or publications)
export const DELETE = apiRoute({
  params,
  handler: ({ actor, params }) => deleteSeries(actor, { series: params.slug }),
});
