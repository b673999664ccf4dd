import { z } from "zod";
import { apiRoute } from "@/lib/http/api-route.ts";
import { deleteTrack, patchTrack } from "@/lib/series/edit-series.ts";
import { trackFields } from "@/lib/series/schemas.ts";
import { slug } from "@/lib/validation/fields.ts";
import { patchOf } from "@/lib/validation/patch.ts";

const params = z.object({ slug });

// PATCH /api/v1/tracks/{slug} — change a track {"name","description","plannedWeeks"}
export const PATCH = apiRoute({
  params,
  body: patchOf(Object.keys(trackFields)),
  handler: ({ actor, params, body }) => patchTrack(actor, { track: params.slug, changes: body }),
});

// DELETE /api/v1/tracks/{slug} — remove a track (its sessions stay, without a track)
export const DELETE = apiRoute({
  params,
  handler: ({ actor, params }) => deleteTrack(actor, { track: params.slug }),
});
