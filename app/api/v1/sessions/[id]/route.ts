import { z } from "zod";
import { apiRoute } from "@/lib/http/api-route.ts";
import { sessionFields, sessionIdField } from "@/lib/schedule/edit-schemas.ts";
import { patchSession, removeSession } from "@/lib/schedule/edit-session.ts";
import { patchOf } from "@/lib/validation/patch.ts";

const params = z.object({ id: sessionIdField });

// PATCH /api/v1/sessions/{id} — change a session in the draft (any of its fields)
export const PATCH = apiRoute({
  params,
  body: patchOf(Object.keys(sessionFields)),
  handler: ({ actor, params, body }) => patchSession(actor, { sessionId: params.id, changes: body }),
});

// DELETE /api/v1/sessions/{id} — remove a session from the draft (it leaves the schedule at the next publication)
export const DELETE = apiRoute({
  params,
  handler: ({ actor, params }) => removeSession(actor, { sessionId: params.id }),
});
