import { z } from "zod";
import { apiRoute } from "@/lib/http/api-route.ts";
import { listAttendees } from "@/lib/rsvps/list-attendees.ts";
import { addAttendee } from "@/lib/rsvps/manage-attendees.ts";
import { addAttendeeSchema } from "@/lib/rsvps/schemas.ts";
import { sessionIdSchema } from "@/lib/schedule/schemas.ts";

const params = z.object({ id: sessionIdSchema });

// GET /api/v1/sessions/{id}/rsvps — who comes: counts, confirmed, waitlist in order, remote, no-shows (organizers)
export const GET = apiRoute({
  params,
  handler: ({ actor, params }) => listAttendees(actor, { sessionId: params.id }),
});

// POST /api/v1/sessions/{id}/rsvps — add a person {"email","mode"} (organizers; also after the start)
export const POST = apiRoute({
  params,
  body: addAttendeeSchema.pick({ email: true, mode: true }),
  status: 201,
  handler: ({ actor, params, body }) => addAttendee(actor, { sessionId: params.id, ...body }),
});
