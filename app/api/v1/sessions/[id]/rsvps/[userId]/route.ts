import { z } from "zod";
import { apiRoute } from "@/lib/http/api-route.ts";
import { removeAttendee } from "@/lib/rsvps/manage-attendees.ts";
import { attendeeRefSchema } from "@/lib/rsvps/schemas.ts";
import { sessionIdSchema } from "@/lib/schedule/schemas.ts";

// DELETE /api/v1/sessions/{id}/rsvps/{userId} — remove a person's RSVP (organizers)
export const DELETE = apiRoute({
  params: z.object({ id: sessionIdSchema, userId: attendeeRefSchema.shape.userId }),
  handler: ({ actor, params }) => removeAttendee(actor, { sessionId: params.id, userId: params.userId }),
});
