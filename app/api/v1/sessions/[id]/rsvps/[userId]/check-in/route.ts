import { z } from "zod";
import { apiRoute } from "@/lib/http/api-route.ts";
import { setCheckedIn } from "@/lib/rsvps/manage-attendees.ts";
import { attendeeRefSchema } from "@/lib/rsvps/schemas.ts";
import { sessionIdSchema } from "@/lib/schedule/schemas.ts";

const params = z.object({ id: sessionIdSchema, userId: attendeeRefSchema.shape.userId });

// PUT /api/v1/sessions/{id}/rsvps/{userId}/check-in — the person arrived (organizers); answers the live count
export const PUT = apiRoute({
  params,
  handler: ({ actor, params }) => setCheckedIn(actor, { sessionId: params.id, userId: params.userId, checkedIn: true }),
});

// DELETE /api/v1/sessions/{id}/rsvps/{userId}/check-in — undo a check-in (organizers)
export const DELETE = apiRoute({
  params,
  handler: ({ actor, params }) => setCheckedIn(actor, { sessionId: params.id, userId: params.userId, checkedIn: false }),
});
