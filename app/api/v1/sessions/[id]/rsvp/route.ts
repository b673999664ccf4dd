import { z } from "zod";
import { apiRoute } from "@/lib/http/api-route.ts";
import { cancelRsvp, rsvpToSession } from "@/lib/rsvps/rsvp.ts";
import { rsvpSchema } from "@/lib/rsvps/schemas.ts";
import { sessionIdSchema } from "@/lib/schedule/schemas.ts";

const params = z.object({ id: sessionIdSchema });

// POST /api/v1/sessions/{id}/rsvp — RSVP {"mode":"in_person"|"remote"}; the same call again changes nothing,
// another mode changes the RSVP. Answers {"status":"confirmed"|"waitlisted","mode",("position" while waitlisted)}.
export const POST = apiRoute({
  params,
  body: rsvpSchema.pick({ mode: true }),
  handler: async ({ actor, params, body }) => {
    const { sessionId: _sessionId, ...rsvp } = await rsvpToSession(actor, { sessionId: params.id, mode: body.mode });
    return rsvp;
  },
});

// DELETE /api/v1/sessions/{id}/rsvp — cancel one's RSVP (a seat held goes to the next person in line)
export const DELETE = apiRoute({
  params,
  handler: ({ actor, params }) => cancelRsvp(actor, { sessionId: params.id }),
});
