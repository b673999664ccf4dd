import { apiRoute } from "@/lib/http/api-route.ts";
import { cancelRsvp, rsvpToSession } from "@/lib/rsvps/rsvp.ts";
import { rsvpRouteBody, rsvpRouteParams } from "@/lib/rsvps/schemas.ts";

// POST /api/v1/sessions/{id}/rsvp — RSVP {"mode":"in_person"|"remote"}; the same call again changes nothing,
// another mode changes the RSVP. Answers {"status":"confirmed"|"waitlisted","mode",("position" while waitlisted)}.
// Behind the front of `npm start` the front answers these itself, with the same checks and domain
// function (lib/front/front-rsvp.ts, decision 029); this route answers the rest (`npm run dev`).
export const POST = apiRoute({
  params: rsvpRouteParams,
  body: rsvpRouteBody,
  handler: async ({ actor, params, body }) => {
    const { sessionId: _sessionId, ...rsvp } = await rsvpToSession(actor, { sessionId: params.id, mode: body.mode });
    return rsvp;
  },
});

// DELETE /api/v1/sessions/{id}/rsvp — cancel one's RSVP (a seat held goes to the next person in line)
export const DELETE = apiRoute({
  params: rsvpRouteParams,
  handler: ({ actor, params }) => cancelRsvp(actor, { sessionId: params.id }),
});
