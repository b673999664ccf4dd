import { z } from "zod";
import { apiRoute } from "@/lib/http/api-route.ts";
import { cancelSessionSchema, sessionIdField } from "@/lib/schedule/edit-schemas.ts";
import { cancelSession, restoreSession } from "@/lib/schedule/edit-session.ts";

const params = z.object({ id: sessionIdField });

// POST /api/v1/sessions/{id}/cancellation — cancel a session {"reason"} (public at the next publication)
export const POST = apiRoute({
  params,
  body: cancelSessionSchema.pick({ reason: true }),
  handler: ({ actor, params, body }) => cancelSession(actor, { sessionId: params.id, reason: body.reason }),
});

// DELETE /api/v1/sessions/{id}/cancellation — put a cancelled session back on the schedule
export const DELETE = apiRoute({
  params,
  handler: ({ actor, params }) => restoreSession(actor, { sessionId: params.id }),
});
