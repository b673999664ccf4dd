import { apiRoute } from "@/lib/http/api-route.ts";
import { setTrackLead, trackLeadSchema } from "@/lib/tracks/track-leads.ts";

// PUT /api/v1/tracks/{slug}/leads/{userId} — an organizer makes a person a lead of the track (idempotent).
export const PUT = apiRoute({
  params: trackLeadSchema.pick({ userId: true }).extend({ slug: trackLeadSchema.shape.track }),
  handler: ({ actor, params }) => setTrackLead(actor, { track: params.slug, userId: params.userId }, true),
});

// DELETE /api/v1/tracks/{slug}/leads/{userId} — an organizer removes a lead (idempotent).
export const DELETE = apiRoute({
  params: trackLeadSchema.pick({ userId: true }).extend({ slug: trackLeadSchema.shape.track }),
  handler: ({ actor, params }) => setTrackLead(actor, { track: params.slug, userId: params.userId }, false),
});
