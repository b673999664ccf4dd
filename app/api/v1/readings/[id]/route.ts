import { z } from "zod";
import { apiRoute } from "@/lib/http/api-route.ts";
import { moveReadingSchema } from "@/lib/schedule/edit-schemas.ts";
import { moveReading, removeReading } from "@/lib/schedule/edit-readings.ts";
import { id } from "@/lib/validation/fields.ts";

const params = z.object({ id: id("reading") });

// PATCH /api/v1/readings/{id} — reorder {"direction":"up"|"down"} or move to another session {"toSessionId"} (with its presenter)
export const PATCH = apiRoute({
  params,
  body: moveReadingSchema.omit({ slotId: true }),
  handler: ({ actor, params, body }) => moveReading(actor, { slotId: params.id, ...body }),
});

// DELETE /api/v1/readings/{id} — remove a reading nobody has claimed
export const DELETE = apiRoute({
  params,
  handler: ({ actor, params }) => removeReading(actor, { slotId: params.id }),
});
